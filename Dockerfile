# qawl in a container: a build stage and a slim runtime stage, both on Debian bookworm,
# both installing packages with scripts/install-deps.sh (the same script `make run` and
# `make test` use, so the image and a developer machine get the same set).
#
#   docker build -t qawl .
#   docker run --rm -p 8080:8080 qawl
#   docker run --rm -p 8080:8080 -e QAWL_MAX_BODY=2MiB -e QAWL_THREADS=4 qawl
#   docker run --rm -i qawl annotate - < article.txt
#
# qawl writes no file (logs go to stderr), so the container runs with a read-only root
# filesystem and no capabilities:
#   docker run --rm --read-only --cap-drop=ALL --security-opt=no-new-privileges -p 8080:8080 qawl
# API keys can come from a file mounted read-only (-v "$PWD/keys:/run/secrets/qawl-keys:ro")
# named by the environment variable QAWL_API_KEYS_FILE.
#
# Give it a stop grace period above drain_timeout (10 s by default), e.g.
# `docker stop -t 15` or `stop_grace_period: 15s` in compose.

FROM debian:bookworm-slim AS build
WORKDIR /src
COPY scripts/install-deps.sh scripts/install-deps.sh
RUN sh scripts/install-deps.sh build && rm -rf /var/lib/apt/lists/*
COPY Makefile ./
COPY nlp nlp
COPY server server
COPY handlers handlers
RUN make -j"$(nproc)" && ./build/qawl --version

FROM debian:bookworm-slim AS runtime
COPY scripts/install-deps.sh /tmp/install-deps.sh
RUN sh /tmp/install-deps.sh runtime \
 && rm -rf /var/lib/apt/lists/* /tmp/install-deps.sh \
 && useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin qawl
COPY --from=build /src/build/qawl /usr/local/bin/qawl
COPY config/lexicons /usr/share/qawl/lexicons
COPY config/qawl.conf /etc/qawl/qawl.conf
# Every setting can be overridden with QAWL_<NAME> at `docker run -e`; these place the
# data files and listen on all interfaces inside the container.
ENV QAWL_CONFIG=/etc/qawl/qawl.conf \
    QAWL_LISTEN=0.0.0.0:8080 \
    QAWL_LEXICON_DIR=/usr/share/qawl/lexicons \
    QAWL_WORDLIST=/usr/share/hunspell/ar.dic
USER qawl:qawl
WORKDIR /tmp
EXPOSE 8080
STOPSIGNAL SIGTERM
# `qawl health` GETs /livez on the address in QAWL_LISTEN: no curl needed in the image.
HEALTHCHECK --interval=10s --timeout=5s --start-period=15s --retries=3 CMD ["qawl", "health", "--timeout", "4"]
ENTRYPOINT ["qawl"]
CMD ["serve"]
