/*
 * test_quotes.c — quotations and their speakers: each cue form, direct/indirect/mixed,
 * content boundaries, and each way a speaker is resolved (explicit, surname, role noun,
 * pronoun, elided subject, source, headline), plus topics.
 */
#include "tests/unit/check.h"
#include "tests/unit/nlp_fixture.h"

static void expect(const struct doc *d, const char *content_prefix, const char *speaker, int type, int how)
{
    const struct quote *q = fx_quote(d, content_prefix);
    CHECK(q != NULL);
    if (!q) {
        fprintf(stderr, "  no quote starting with: %s\n", content_prefix);
        return;
    }
    CHECK_STR(q->speaker_name, speaker);
    if (type >= 0)
        CHECK_INT(q->type, type);
    if (how >= 0)
        CHECK_INT(q->resolution, how);
    if ((type >= 0 && q->type != type) || (how >= 0 && q->resolution != how))
        fprintf(stderr, "  (the quote starting with: %s)\n", content_prefix);
}

static void test_article(void)
{
    struct doc *d = fx_annotate(
        "موسكو تلوّح بالرد\n"
        "قال الباحث في الشؤون الآسيوية يفغيني كوستين إن الشراكة مع بيونغ يانغ ستغير ميزان القوى، "
        "مضيفا أن العقوبات الغربية فقدت تأثيرها.\n"
        "ويتابع كوستين أن “الصواريخ الجديدة ليست للبيع”.\n"
        "لكنه يرى أن الحوار مع سول ما زال ممكنا.\n"
        "وأوضح الخبير أن التصديق على المعاهدة سيتم قريبا، حسب تعبيره.\n"
        "وقالت صحيفة إزفستيا إن الوفد الكوري سيصل الأسبوع المقبل.\n"
        "وأضافت الصحيفة: «المحادثات ستتناول التعاون العسكري».\n"
        "وبحسب مصادر دبلوماسية، فإن الجولة المقبلة ستعقد في موسكو.\n"
        "وتستمر التدريبات حتى نهاية الشهر، بحسب مراقبين غربيين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشراكة مع بيونغ يانغ", "يفغيني كوستين", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "العقوبات الغربية فقدت", "يفغيني كوستين", QUOTE_INDIRECT, RESOLVED_ELIDED);
    expect(d, "الصواريخ الجديدة", "يفغيني كوستين", QUOTE_DIRECT, RESOLVED_SURNAME);
    expect(d, "الحوار مع سول", "يفغيني كوستين", QUOTE_INDIRECT, RESOLVED_PRONOUN);
    expect(d, "التصديق على المعاهدة", "يفغيني كوستين", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "الوفد الكوري", "إزفستيا", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "المحادثات ستتناول", "إزفستيا", QUOTE_DIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "الجولة المقبلة", "مصادر دبلوماسية", QUOTE_INDIRECT, RESOLVED_SOURCE);
    expect(d, "وتستمر التدريبات", "مراقبين غربيين", QUOTE_INDIRECT, RESOLVED_SOURCE);
    /* the closing tag is not part of the content */
    const struct quote *q = fx_quote(d, "التصديق على المعاهدة");
    CHECK(q && !strstr(fx_text(d, q->content), "حسب"));
    /* the participle's clause ends the first quotation */
    q = fx_quote(d, "الشراكة مع بيونغ يانغ");
    CHECK(q && !strstr(fx_text(d, q->content), "مضيفا"));
    /* the headline is not a quotation: no colon, no speaker */
    CHECK(fx_quote(d, "موسكو تلوّح") == NULL);
    /* offsets are exact: the cue is the word that introduced the quotation */
    q = fx_quote(d, "الوفد الكوري");
    CHECK(q && !strcmp(fx_text(d, q->cue), "وقالت"));
    /* topics of a quotation */
    const struct lexicon *lx = model_lexicon(fx_model);
    q = fx_quote(d, "المحادثات ستتناول");
    int mil = lexicon_topic_index(lx, "military");
    CHECK(q && mil >= 0 && (q->topics & (1u << mil)));
    CHECK(d->pact_relevance > 0.5);
}

static void test_unnamed_sources(void)
{
    struct doc *d = fx_annotate(
        "وقالت مصادر مطلعة على المداولات إن الاتفاق بات قريبا. "
        "وذكرت مصادر مطلعة على الملف لرويترز أن الصفقة أبرمت. "
        "وأفاد مصدر مقرب من الحكومة بأن الوزير سيستقيل. "
        "وسجل تقرير المرصد أن الأسعار ارتفعت.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* "informed about" keeps its object; the outlet told (لرويترز) is not the source */
    expect(d, "الاتفاق بات", "مصادر مطلعة على المداولات", -1, RESOLVED_EXPLICIT);
    expect(d, "الصفقة أبرمت", "مصادر مطلعة على الملف", -1, RESOLVED_EXPLICIT);
    expect(d, "الوزير سيستقيل", "مصدر مقرب من الحكومة", -1, RESOLVED_EXPLICIT);
    /* a future verb after a title is not a name */
    for (int32_t i = 0; i < d->n_entities; i++)
        CHECK(strcmp(d->entities[i].name, "سيستقيل") != 0);
    /* the head of an organisation's name, definite and alone, names it */
    d = fx_annotate("ارتفعت الصادرات، وفق معطيات نشرها المرصد الوطني للفلاحة. وأفاد المرصد بأن الكميات تضاعفت.");
    CHECK(d != NULL);
    if (d)
        expect(d, "الكميات تضاعفت", "المرصد الوطني للفلاحة", -1, RESOLVED_ROLE_NOUN);
    d = fx_annotate("وقالت مصادر مطلعة على المداولات إن الاتفاق بات قريبا. وسجل تقرير المرصد أن الأسعار ارتفعت.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* سجل أن: "noted", as Maghrebi papers write it */
    CHECK(fx_quote(d, "الاتفاق بات") != NULL);
    CHECK(fx_quote(d, "الأسعار ارتفعت") != NULL);
}

static void test_interview_answers(void)
{
    struct doc *d = fx_annotate(
        "خبيرة ألمانية لـ«المجلة»: التحالف مؤقت\n"
        "حوار: سامي نادر\n"
        "تقول الباحثة هيلغا برانت إن التحالف عابر.\n"
        "س: هل يصمد التحالف؟\n"
        "ج: لا أظن ذلك. المصالح تتغير بسرعة.\n"
        "وتختم برانت بالقول إن الحذر واجب.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* the answer label: the whole paragraph, the interviewee's words; the question is none */
    expect(d, "لا أظن ذلك. المصالح تتغير بسرعة", "هيلغا برانت", QUOTE_DIRECT, RESOLVED_ELIDED);
    CHECK(fx_quote(d, "هل يصمد") == NULL);
    /* a headline whose head ends with the outlet told */
    expect(d, "التحالف مؤقت", "هيلغا برانت", -1, -1);
}

static void test_live_labels_and_links(void)
{
    struct doc *d = fx_annotate("عاجل | زيلينسكي: جنود كوريون شماليون في كورسك خلال أيام\n"
                                "اقرأ أيضًا: كيم يتفقد مصنعا للذخيرة ويدعو إلى «مضاعفة الإنتاج»\n"
                                "ونفى بيسكوف أن يكون الأمر جديدا، واكتفى بالقول إن التعاون يجري وفق المعاهدة.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* a live page's label before the speaker */
    expect(d, "جنود كوريون", "زيلينسكي", -1, RESOLVED_HEADLINE);
    /* a "read also" link quotes nobody here */
    CHECK(fx_quote(d, "مضاعفة الإنتاج") == NULL);
    /* "، واكتفى بالقول إن": a second clause of the same speaker */
    const struct quote *q = fx_quote(d, "يكون الأمر جديدا");
    CHECK(q != NULL);
    CHECK(q && fx_quote(d, "التعاون يجري") != NULL && q->content.end < fx_quote(d, "التعاون يجري")->content.start);
    if (q)
        CHECK(q->content.end - q->content.start == 16); /* "يكون الأمر جديدا", without "، واكتفى" */
}

static void test_narrator_background(void)
{
    struct doc *d = fx_annotate("متابعة: سلطان الحارثي (جدة)\n"
                                "وقال الوزير إن التعاون مستمر. يُذكر أن البلدين وقعا معاهدة في يونيو. "
                                "والتقرير يذكر أن الصادرات تراجعت.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "البلدين وقعا") == NULL); /* يُذكر أن opening a sentence: the narrator */
    CHECK(fx_quote(d, "الصادرات تراجعت") != NULL); /* with a subject it reports */
    CHECK(fx_quote(d, "سلطان الحارثي") == NULL); /* a byline label */
    /* a role stopped by a parenthesis: the person read with that role speaks */
    d = fx_annotate("وقالت نائبة المتحدث باسم وزارة الدفاع (البنتاغون) سابرينا سينغ إن الأدلة قاطعة.");
    CHECK(d != NULL);
    if (d)
        expect(d, "الأدلة قاطعة", "سابرينا سينغ", -1, RESOLVED_EXPLICIT);
    /* a document speaks for its producer; "نُقلت" (was moved) relays nothing */
    d = fx_annotate("كشفت مسودة تقرير أعده فريق مراقبة العقوبات متعدد الأطراف أن روسيا سلمت منظومات دفاع جوي. "
                    "وتقول الوثيقة إن المنظومة نُقلت جوا عبر مطار فلاديفوستوك.");
    CHECK(d != NULL);
    if (d) {
        expect(d, "روسيا سلمت", "فريق مراقبة العقوبات متعدد الأطراف", -1, -1);
        expect(d, "المنظومة نُقلت", "فريق مراقبة العقوبات متعدد الأطراف", -1, RESOLVED_ROLE_NOUN);
        CHECK(fx_quote(d, "جوا عبر") == NULL);
    }
    /* "وقالت في بيان مقتضب": a statement with no author named; وصف with one noun: its object */
    d = fx_annotate("في المقابل، نفت البعثة الروسية لدى الاتحاد الأوروبي وجود أي شحنات، ووصفت التقارير بأنها "
                    "«حملة تشويه». ونفت السفارة الروسية في طوكيو ذلك، وقالت في بيان مقتضب إن الحركة تجارية.");
    CHECK(d != NULL);
    if (d) {
        expect(d, "حملة تشويه", "البعثة الروسية لدى الاتحاد الأوروبي", QUOTE_DIRECT, RESOLVED_ELIDED);
        expect(d, "الحركة تجارية", "السفارة الروسية في طوكيو", -1, RESOLVED_ELIDED);
    }
    /* "، واكتفى المتحدث X بالقول إن": a second clause with its own subject */
    d = fx_annotate("نفى الكرملين أن يكون على علم بأي انتشار، واكتفى المتحدث باسمه دميتري بيسكوف بالقول إن "
                    "المسألة شأن سيادي.");
    CHECK(d != NULL);
    if (d) {
        expect(d, "يكون على علم بأي انتشار", "الكرملين", -1, RESOLVED_EXPLICIT);
        expect(d, "المسألة شأن سيادي", "دميتري بيسكوف", -1, RESOLVED_EXPLICIT);
    }
    /* a role noun with a nationality goes to a person of that role, not any Russian */
    d = fx_annotate("وقال وزير الدفاع الروسي السابق سيرغي شويغو إن التعاون عميق. وقال الخبير في الشؤون العسكرية "
                    "أندريه كوزنيتسوف إن الجنود قليلون. لكن الخبير الروسي يعترف بأن الخبرة مهمة.");
    CHECK(d != NULL);
    if (d)
        expect(d, "الخبرة مهمة", "أندريه كوزنيتسوف", -1, -1);
    /* "، وأن X أبلغ Y أنه": a coordinated clause of the outer quotation, with speech nested in it */
    d = fx_annotate("وقال زيلينسكي إن الأسيرين يتلقيان العلاج، وأن أحدهما أبلغ المحققين أنه كان في مهمة تدريبية.");
    CHECK(d != NULL);
    if (d) {
        const struct quote *z = fx_quote(d, "الأسيرين يتلقيان");
        CHECK(z != NULL);
        CHECK(z && fx_quote(d, "كان في مهمة") == NULL); /* nested, left to the outer one */
    }
    /* "بيان للخارجية الروسية": the name gets back the article ل took */
    d = fx_annotate("وجاء في بيان للخارجية الروسية عقب المحادثات أن الوزيرين وقعا خطة للمشاورات.");
    CHECK(d != NULL);
    if (d)
        expect(d, "الوزيرين وقعا", "الخارجية الروسية", -1, -1);
    /* a relay from a pronoun: the person it stands for */
    d = fx_annotate("وقالت الوزيرة تشوي سون هي إن العلاقات قوية. وقال لافروف إن الأمر جيد. "
                    "كما نقلت وكالة \"نوفوستي\" عنها قولها إن القيادة لا تشك في النصر.");
    CHECK(d != NULL);
    if (d)
        expect(d, "القيادة لا تشك", "تشوي سون هي", -1, RESOLVED_PRONOUN);
    /* an outlet relaying a person's words: the person speaks */
    d = fx_annotate("ذكرت وكالة الأنباء المركزية الكورية أن الزعيم كيم جونغ أون أكد خلال استقباله الوفد أن "
                    "بلاده ستدعم روسيا.");
    CHECK(d != NULL);
    if (d) {
        expect(d, "بلاده ستدعم", "كيم جونغ أون", -1, RESOLVED_EXPLICIT);
        CHECK_INT(d->n_quotes, 1);
    }
}

static void test_gender_and_groups(void)
{
    struct doc *d = fx_annotate(
        "قالت وزيرة الخارجية الكندية لوسي مارتان إن بلادها تتابع الملف. "
        "وقال نظيرها الياباني تاكيشي أوموري إن طوكيو قلقة. "
        "وأضافت أن أوتاوا ستنسق مع حلفائها. "
        "وقالت سول وواشنطن إن التدريبات ستستمر.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بلادها تتابع", "لوسي مارتان", -1, RESOLVED_EXPLICIT);
    expect(d, "طوكيو قلقة", "تاكيشي أوموري", -1, RESOLVED_EXPLICIT);
    /* feminine verb: the minister, not the last speaker */
    expect(d, "أوتاوا ستنسق", "لوسي مارتان", -1, RESOLVED_ELIDED);
    expect(d, "التدريبات ستستمر", "سول وواشنطن", -1, RESOLVED_EXPLICIT);
}

static void test_relative_headline_mixed(void)
{
    struct doc *d = fx_annotate(
        "مسؤول روسي: لا قيود على التعاون مع بيونغ يانغ\n"
        "قال نائب وزير الدفاع الروسي ميخائيل غروموف إن موسكو مستعدة.\n"
        "وتنص المعاهدة على المساعدة المتبادلة، وهو ما أكده الكرملين أمس.\n"
        "وقال السفير إيغور لاتشين إن التعاون “غير محدود” وإنه مستمر.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وتنص المعاهدة", "الكرملين", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "التعاون “غير محدود”", "إيغور لاتشين", QUOTE_MIXED, RESOLVED_EXPLICIT);
    const struct quote *h = fx_quote(d, "لا قيود");
    CHECK(h != NULL);
    CHECK(h && h->resolution == RESOLVED_HEADLINE);
}

static void test_not_quotes(void)
{
    struct doc *d = fx_annotate(
        "أكد المدرب جاهزية فريقه للمباراة. وتبدأ الجلسة في العاشرة بحسب التوقيت المحلي. "
        "ووفقا للقانون، يحق للبرلمان مراجعة الاتفاق.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_quotes, 0);
}

static void test_quoted_outlet(void)
{
    /* an outlet no list holds, quoted as the subject of the verb */
    struct doc *d = fx_annotate("ورأت «نوفايا لوتشا» أن الحكومة «أخطأت التقدير» في ملف الطاقة.");
    CHECK(d != NULL);
    if (d)
        expect(d, "الحكومة «أخطأت", "نوفايا لوتشا", QUOTE_MIXED, RESOLVED_EXPLICIT);
    /* two roles, the second with the name, set off by commas */
    d = fx_annotate("ويرى الخبير الاقتصادي المصري، الوزير الأسبق سامح الشناوي، أن الأسعار ستتراجع.");
    CHECK(d != NULL);
    if (d)
        expect(d, "الأسعار ستتراجع", "سامح الشناوي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_kana_qad(void)
{
    /* كان X قد VERB: the subject before the verb, without قد; the word after the verb is
     * its object */
    struct doc *d = fx_annotate("وكان الوزير قد أعلن أن الاتفاق جاهز. "
                                "وكانت مصادر دبلوماسية، طلبت عدم الكشف عن هويتها، قد أبلغت \"رويترز\" بأن المحادثات توقفت.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاتفاق جاهز", "الوزير", QUOTE_INDIRECT, -1);
    expect(d, "المحادثات توقفت", "مصادر دبلوماسية", QUOTE_INDIRECT, -1);
}

static void test_bullets_and_times(void)
{
    struct doc *d = fx_annotate("الحكومة تقر الموازنة\n"
                                "- وزير المالية: العجز سينخفض إلى النصف\n"
                                "وارتفع المؤشر إلى 1200 نقطة بحلول الساعة 2:30 بعد الظهر بتوقيت القاهرة.\n"
                                "وقال وزير المالية محمد معيط إن العجز سينخفض.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* a bullet that quotes, like a headline */
    expect(d, "العجز سينخفض إلى النصف", "محمد معيط", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    /* the colon of a time introduces nothing */
    CHECK(fx_quote(d, "30 بعد الظهر") == NULL);

    /* a source that is a document and the outlet that made it */
    d = fx_annotate("وبحسب تقرير نشرته صحيفة \"لوموند\"، فإن الصادرات تراجعت.");
    CHECK(d != NULL);
    if (d)
        expect(d, "الصادرات تراجعت", "لوموند", QUOTE_INDIRECT, RESOLVED_SOURCE);
}

static void test_source_apposition(void)
{
    /* "ووفقا لـX، apposition، فإن": the content starts after فإن, not at the apposition */
    struct doc *d = fx_annotate("ووفقاً للنائب لي سونغ كوين، عضو اللجنة عن حزب قوة الشعب الحاكم، فإن مدير الجهاز "
                                "أبلغ النواب أن الأسير عبّر عن رغبته.");
    CHECK(d != NULL);
    if (d)
        expect(d, "مدير الجهاز أبلغ", "لي سونغ كوين", QUOTE_INDIRECT, RESOLVED_SOURCE);
}

static void test_vox_pops(void)
{
    /* a kunya (أم + a given name), an unnamed owner; a coordinated clause that only
     * opens with quoted words joins the first */
    struct doc *d = fx_annotate("وقالت أم محمد، وهي مزارعة من بلدة قريبة، إن محصولها هذا العام أحسن بكثير. "
                                "وقال صاحب إحدى المعاصر في المنطقة إن العمل يستمر \"ليل نهار\" منذ أسبوعين. "
                                "أما النقابة، فأكدت في بيان أن 132 معصرة تعمل حاليا، وأن \"الإقبال جيد جدا\" منذ بداية الموسم.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "محصولها هذا العام", "أم محمد", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "العمل يستمر", "صاحب إحدى المعاصر في المنطقة", QUOTE_MIXED, RESOLVED_EXPLICIT);
    const struct quote *q = fx_quote(d, "132 معصرة");
    CHECK(q != NULL);
    CHECK(q && q->type == QUOTE_MIXED && q->content.end - q->content.start > 40);
    CHECK(fx_quote(d, "\"الإقبال") == NULL);
    /* "أم" as "or" opens no name */
    d = fx_annotate("وتساءل الخبير: هل يوافق البرلمان أم يرفض؟");
    CHECK(d != NULL);
    CHECK(d && d->n_entities == 0);
}

static void test_ordinals_and_outlets(void)
{
    /* الأول / الثاني: the first or second of the last two people quoted, in the order
     * they were introduced; a quoted outlet after "في حديث إلى" is not the content */
    struct doc *d = fx_annotate("«لم تعد المعاهدة حبراً على ورق»، يقول الباحث ألكسندر تشيرنيشوف في حديث إلى «الأخبار». "
                                "في المقابل، يرى الباحث جوناثان ويلكس أن الحديث مبالغ فيه. ويعود الأول ليؤكد أن "
                                "الاختبار الحقيقي سيأتي، فيما يصرّ الثاني على أن الكرملين حصل على ما يريده.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لم تعد المعاهدة", "ألكسندر تشيرنيشوف", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "الأخبار") == NULL);
    expect(d, "الاختبار الحقيقي", "ألكسندر تشيرنيشوف", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "الكرملين حصل", "جوناثان ويلكس", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_manner_and_prefixed_nouns(void)
{
    /* a manner adverb between the verb and the colon; ب before a verb's form makes a noun
     * (بنسبة is "by a rate", not "attributed") */
    struct doc *d = fx_annotate("وتقول الباحثة يون مي را إن الأمر صعب. وحين سألناها، أجابت بحذر: «لا أملك دليلا قاطعا». "
                                "وأضافت أن الطلب يرتفع بنسبة تصل إلى 30 بالمئة، \"وهو ما يضع ضغطا كبيرا على الشبكة\".");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لا أملك دليلا", "يون مي را", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "الطلب يرتفع", "يون مي را", QUOTE_MIXED, RESOLVED_ELIDED);
    CHECK(fx_quote(d, "وهو ما يضع") == NULL);
}

static void test_roles_and_gender(void)
{
    /* a feminine title makes a woman (رئيسة folds like رئيسه "his boss"); a role of two
     * titles keeps both, so "المدير" finds the director, not the last official */
    struct doc *d = fx_annotate("وقالت رئيسة اللجنة سناء العدوان إن الأمر صعب. وقال مدير المياه، المهندس زياد العمايرة، "
                                "إن الإدارة انتهت. وأوضح المدير أن العمل جار.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العمل جار", "زياد العمايرة", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    const struct entity *sana = fx_entity(d, "سناء العدوان");
    CHECK(sana && sana->gender == GENDER_FEM);
    /* a role noun that is the head's complement, of the other gender than the verb */
    d = fx_annotate("وقالت كيم يو جونغ، الشقيقة النافذة للزعيم كيم جونغ أون، إن البيان بلا قيمة. "
                    "وأضافت شقيقة الزعيم الكوري أن بلادها ستواصل طريقها.");
    CHECK(d != NULL);
    if (d)
        expect(d, "بلادها ستواصل", "كيم يو جونغ", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_statement_and_clause_subjects(void)
{
    /* "البيان" is the statement of the reporting clause it stood in, not its publisher's;
     * a participle after "وفي موسكو، أشاد الكرملين" continues the Kremlin */
    struct doc *d = fx_annotate("وقالت اللجنة العسكرية المركزية، في بيان نشرته وكالة الأنباء المركزية الكورية، إن "
                                "الوحدات أدت واجبها. وأضاف البيان أن الزعيم اتخذ القرار. وفي موسكو، أشاد الكرملين "
                                "في بيان بشجاعة الجنود، مؤكداً أن روسيا \"لن تنسى\" هذه المساعدة.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الزعيم اتخذ", "اللجنة العسكرية المركزية", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "روسيا", "الكرملين", QUOTE_MIXED, RESOLVED_ELIDED);
}

static void test_interlocutor_and_outlet_colon(void)
{
    /* "محدثنا" (our interlocutor) refers back; a short quoted outlet before the colon is
     * who was told, the words said follow the colon */
    struct doc *d = fx_annotate("يرى الدكتور عبد القادر بن زيان أن موسكو لم تكن لتلجأ إلى الجنود. وأوضح محدثنا أن المادة "
                                "الرابعة \"صيغت بعناية\". ويضيف الخبير رابح قاسمي في اتصال مع \"الشروق\": "
                                "\"الجيش الكوري الشمالي ضخم عدديا\".");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المادة الرابعة", "عبد القادر بن زيان", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
    expect(d, "الجيش الكوري", "رابح قاسمي", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    CHECK(fx_quote(d, "الشروق") == NULL);
}

static void test_circumstance_of_speaking(void)
{
    /* "في حديثه للوكالة" after the role noun is where it was said, not the role's
     * complement; a role read before a name set off by a comma after words quoted first */
    struct doc *d = fx_annotate("\"نحن لسنا طرفاً في هذا الاصطفاف\"، يقول عضو لجنة العلاقات الخارجية النيابية، مختار "
                                "الدليمي. ويتابع النائب في حديثه للوكالة، أن الحكومة \"تتابع التطورات عن كثب\".");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "نحن لسنا", "مختار الدليمي", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "الحكومة", "مختار الدليمي", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
    /* (and so is "في رده", a statement noun of two letters and its pronoun) */
    d = fx_annotate("وقال الخبير راشد النقبي إن الوضع هادئ. وشدد الخبير في رده على أن الساحل \"بعيد عن الصراع\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الساحل", "راشد النقبي", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
    /* (الكابتن, a title before the name, alone refers back to him) */
    d = fx_annotate("وقال الخبير البحري الكابتن راشد النقبي إن الوضع هادئ. وأضاف الكابتن: «الإمارات ليست طرفا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الإمارات", "راشد النقبي", QUOTE_DIRECT, RESOLVED_ROLE_NOUN);
    /* (and الموال, the Maghreb's herder, in apposition to a relation noun) */
    d = fx_annotate("ويؤكد جاره، الموال عبد القادر سعدي، أن \"الكمية ما تكفيش\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الكمية ما", "عبد القادر سعدي", QUOTE_DIRECT, -1);
    /* (and المختص, a specialist, before his field, his university and his name) */
    d = fx_annotate("وحسب المختص في الاقتصاد الزراعي بجامعة محمد بوضياف، الدكتور نور الدين زيتوني، فإن الجزائر "
                    "تستورد أكثر من نصف حاجتها.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجزائر تستورد", "نور الدين زيتوني", QUOTE_INDIRECT, -1);
    /* (and Iraq's district head, written in one word, over the headline too) */
    d = fx_annotate("قائممقام الرطبة يقول إن أزمة قطع الغيار لن توقف الشاحنات\n\nمن جهته، شدد قائممقام قضاء "
                    "الرطبة، عماد فرحان الدليمي، على أن الحركة \"مستمرة بشكل طبيعي\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أزمة قطع", "عماد فرحان الدليمي", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    expect(d, "الحركة", "عماد فرحان الدليمي", QUOTE_MIXED, RESOLVED_EXPLICIT);
}

static void test_groups_and_generic_roles(void)
{
    /* a plural participle continues the unnamed group of its sentence; "المريضة" is a
     * new, unnamed speaker, not the journalist named in the credit line */
    struct doc *d = fx_annotate("المصدر: سارة عبدالله - الشارقة\nاشتكى مرضى يراجعون مستشفيات حكومية من طول الانتظار، "
                                "مؤكدين أن بعض المواعيد تحدد بعد أشهر.\n«نذهب إلى الطوارئ كلما ساءت حالتنا»، تقول "
                                "المريضة (م.ع)، وهي أم لثلاثة أطفال.");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "بعض المواعيد");
    CHECK(q && q->speaker_name && !strncmp(q->speaker_name, "مرضى", strlen("مرضى")));
    q = fx_quote(d, "نذهب إلى الطوارئ");
    CHECK(q && q->speaker_name && !strstr(q->speaker_name, "سارة"));
}

static void test_quoted_short_name_headline(void)
{
    /* a headline whose head is a body's short name in marks, with or without the outlet
     * told: the spokesman who speaks for it in the body, else the body the text names so,
     * else the name as written; not the first person quoted below */
    struct doc *d = fx_annotate("\"الزراعة\" لـ\"رؤيا\": أسعار زيت الزيتون أقل من العام الماضي\n"
                                "قال الناطق الإعلامي باسم وزارة الزراعة، أحمد الخوالدة، إن الأسعار أقل.");
    CHECK(d != NULL);
    if (d)
        expect(d, "أسعار زيت الزيتون", "أحمد الخوالدة", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    d = fx_annotate("\"المياه\": دورة التزويد تتقلص إلى ثمانية أيام\nأعلنت وزارة المياه والري عن برنامج جديد.");
    CHECK(d != NULL);
    if (d)
        expect(d, "دورة التزويد", "وزارة المياه والري", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    d = fx_annotate("\"المياه\": دورة التزويد تتقلص إلى ثمانية أيام\nقال النائب سالم العموش إن الصيف قاس.");
    CHECK(d != NULL);
    if (d)
        expect(d, "دورة التزويد", "المياه", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    d = fx_annotate("الحباشنة يحذر من الغلاء.. و\"الطاقة\": المخزون آمن\n"
                    "حذر العين نضال الحباشنة، عضو لجنة الطاقة في مجلس الأعيان، من أن الأسعار سترتفع. "
                    "وقال الناطق الإعلامي باسم وزارة الطاقة والثروة المعدنية معتصم الخصاونة إن المخزون يكفي.");
    CHECK(d != NULL);
    if (d)
        expect(d, "المخزون آمن", "معتصم الخصاونة", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    d = fx_annotate("«التجمع»: المعاهدة ضربة لنظام القطب الواحد\n"
                    "رحب حزب التجمع الوطني التقدمي الوحدوي بتوقيع المعاهدة، معتبرا أن العالم يتغير. "
                    "وقالت النائبة سلوى عبد الحميد إن الأسعار سترتفع.");
    CHECK(d != NULL);
    if (d)
        expect(d, "المعاهدة ضربة", "حزب التجمع الوطني التقدمي الوحدوي", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    /* an interviewer's question labelled with the outlet's name in marks is no quotation */
    d = fx_annotate("حاور «النهار العربي» الباحث كرم أكتشاي.\n«النهار العربي»: كيف تنظر أنقرة إلى المعاهدة؟\n"
                    "أكتشاي: تركيا عضو في حلف شمال الأطلسي.");
    CHECK(d != NULL);
    CHECK(d && fx_quote(d, "كيف تنظر") == NULL);
}

static void test_name_in_apposition_after_someone_elses_role(void)
{
    /* "the spokesman of President X, Y, said": Y, the name set off by commas before the
     * complementiser, not X whom the role names */
    struct doc *d = fx_annotate("قال المتحدث باسم الرئيس فلاديمير بوتين، دميتري بيسكوف، إن المعاهدة دفاعية. "
                                "وأوضح مستشار رئيس الوزراء محمد شياع السوداني للشؤون الاقتصادية، نبيل عبد الأمير "
                                "الربيعي، أن المستحقات تدفع.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة دفاعية", "دميتري بيسكوف", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "المستحقات تدفع", "نبيل عبد الأمير الربيعي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    /* (and before the verb: "أما أستاذ ... بجامعة الحسن الثاني، Y، فيرى أن") */
    d = fx_annotate("أما أستاذ العلاقات الدولية بجامعة الحسن الثاني، يونس العمراني، فيرى أن الحديث مبالغ فيه.");
    CHECK(d != NULL);
    if (d)
        expect(d, "الحديث مبالغ", "يونس العمراني", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_what_the_subject_called_it(void)
{
    /* "ما وصفه بـ«...»" with no subject of its own: the sentence's subject, even after the
     * narrator's "ما يسمى" and an aside, not the speaker quoted before */
    struct doc *d = fx_annotate("وقال الوزير معمر الإرياني إن الجماعة تراهن على السلاح. وكان ما يسمى المكتب السياسي لمليشيا "
                                "الحوثي قد بارك، في بيان بثته قناة المسيرة، للشعبين ما وصفه بـ«الانتصار التاريخي»، معتبرا "
                                "أن «التحالف أثبت قوته».");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الانتصار التاريخي", "المكتب السياسي لمليشيا الحوثي", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "التحالف أثبت", "المكتب السياسي لمليشيا الحوثي", QUOTE_DIRECT, RESOLVED_ELIDED);
    /* inside someone's words, after an aside, what a body they name called a thing stays
     * in the words (nested); with a subject of its own it is that subject's */
    d = fx_annotate("وحذر الوزير معمر الإرياني من أن ترحيب الجماعة الإرهابية، المدعومة من إيران، بما سمته "
                    "«انتصار كورسك» يكشف نواياها. وذكرت الصحيفة أن الجنود انتشروا، في ما وصفته الصحيفة بـ«أكبر انتشار».");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "ترحيب الجماعة");
    CHECK_STR(q ? fx_text(d, q->content) : NULL,
              "ترحيب الجماعة الإرهابية، المدعومة من إيران، بما سمته «انتصار كورسك» يكشف نواياها");
    CHECK(fx_quote(d, "انتصار كورسك") == NULL);
    CHECK(fx_quote(d, "أكبر انتشار") != NULL);
}

static void test_source_with_elided_subject(void)
{
    /* "...، حسبما أفادت في بيان سابق.": no one named after the verb; the subject of the
     * clause before speaks */
    struct doc *d = fx_annotate("أعلنت وزارة المياه والري عن برنامج جديد. وكانت الوزارة قد بدأت الشهر الماضي ضخ كميات "
                                "إضافية من المياه، حسبما أفادت في بيان سابق.");
    CHECK(d != NULL);
    if (d)
        expect(d, "وكانت الوزارة", "وزارة المياه والري", QUOTE_INDIRECT, RESOLVED_ELIDED);
    /* "ودعا البيان الأمم المتحدة إلى": a definite statement noun takes no genitive; the
     * body after it is the object, the producer speaks */
    d = fx_annotate("حذر التحالف المدني الديمقراطي من أن الحرب ستطول. ودعا البيان الأمم المتحدة إلى "
                    "\"مراقبة شحنات السلاح\".");
    CHECK(d != NULL);
    if (d)
        expect(d, "مراقبة شحنات", "التحالف المدني الديمقراطي", QUOTE_DIRECT, RESOLVED_ROLE_NOUN);
    /* a participle after "وطالب البيان ...": the statement's producer */
    d = fx_annotate("وأصدرت المؤسسة الوطنية للنفط بيانا. وقال مديرها أحمد بن صالح المشاي إن الإمدادات كافية. "
                    "وطالب البيان الأجهزة الأمنية بتشديد الرقابة، محذرا من أن استمرار التهريب \"يستنزف المال العام\".");
    CHECK(d != NULL);
    if (d)
        expect(d, "استمرار التهريب", "المؤسسة الوطنية للنفط", QUOTE_MIXED, RESOLVED_ELIDED);
}

static void test_bayyana(void)
{
    /* وبيّن is the verb "made clear"; بين alone is "between" */
    struct doc *d = fx_annotate("وقال الناطق مهند الزيود إن البرنامج جديد. وبين الزيود أن الطلب على المياه يرتفع. "
                                "وانتهت الجلسة في ظل الانقسام الحاد بين أعضائه الدائمين.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الطلب على المياه", "مهند الزيود", QUOTE_INDIRECT, RESOLVED_SURNAME);
    CHECK(fx_entity(d, "أعضائه") == NULL);
    CHECK_INT(d->n_quotes, 2);
    /* "، وبيّن أن" after a comma opens the speaker's next clause, as "، وأكد أن" does */
    d = fx_annotate("وقال الخبير الاقتصادي نضال شراب إن الوضع صعب. وأوضح شراب أن الأسعار ارتفعت، وبيّن أن أي "
                    "تشديد إضافي \"سيعني مجاعة\".");
    CHECK(d != NULL);
    if (d)
        expect(d, "أي تشديد إضافي", "نضال شراب", QUOTE_MIXED, -1);
}

static void test_gender_from_verb_and_name(void)
{
    /* a feminine verb with a named subject makes her a woman (a title like عميد or د. says
     * nothing), so "وأضافت:" continues her, not the woman of the byline; a union named
     * with its country speaks after its own narrative verb */
    struct doc *d = fx_annotate("كتبت دانة الرشيدي\nأكدت عميد القبول في جامعة الكويت د.منيرة العجمي أن الجامعة "
                                "ستعتمد النتائج. وأضافت: «لا نريد أن نحرم أحدا من فرصته». من جهته، قال الناطق خالد "
                                "المطيري إن الوزارة تدعم الخطوة. في المقابل، أبدى الاتحاد الوطني لطلبة الكويت تحفظه، "
                                "وقال في بيان إن تطبيقه «بشكل مفاجئ» يظلم الطلبة.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لا نريد", "منيرة العجمي", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "تطبيقه", "الاتحاد الوطني لطلبة الكويت", QUOTE_MIXED, RESOLVED_ELIDED);
}

static void test_introduced_subject(void)
{
    /* a woman introduced in the sentence before, who agrees with the verb, goes on
     * speaking rather than the last woman quoted; a given name that is also a word, with
     * a family name no dictionary knows (محمد الدوسري), named as the topic after أما */
    struct doc *d = fx_annotate("ترى الدكتورة نوف القحطاني أن الحكم مبكر. في المحطة، كانت ريم السبيعي، الموظفة في "
                                "أحد البنوك، تنتظر قطارها. وتقول إنها كانت تقضي ساعة في الطريق. أما محمد الدوسري، "
                                "وهو طالب جامعي، فيرى أن أسعار التذاكر «معقولة».");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كانت تقضي", "ريم السبيعي", QUOTE_INDIRECT, RESOLVED_ELIDED);
    expect(d, "أسعار التذاكر", "محمد الدوسري", QUOTE_MIXED, RESOLVED_EXPLICIT);
}

static void test_relative_document_author(void)
{
    /* "X، التي نشرت تقريرا ...، قالت فيه إن": the paper speaks (a person inside its quoted
     * title does not); "نشرت مقالا للباحث ...، Y، يرى فيه": the writer does */
    struct doc *d = fx_annotate("نبدأ جولتنا من صحيفة فايننشال تايمز، التي نشرت تقريرا بعنوان \"جنود كيم جونغ أون "
                                "يتعلمون الحرب\"، قالت فيه إن الوحدات تكبدت خسائر فادحة. وننتقل إلى صحيفة الغارديان، "
                                "التي نشرت مقالا للباحث في المعهد الملكي، جيمس كولينز، يرى فيه أن الخطر الحقيقي لا "
                                "يكمن في عدد الجنود.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوحدات تكبدت", "فايننشال تايمز", QUOTE_INDIRECT, RESOLVED_ELIDED);
    expect(d, "الخطر الحقيقي", "جيمس كولينز", QUOTE_INDIRECT, RESOLVED_EXPLICIT); /* (named as the writer) */
}

static void test_masdar_subject_and_clitic_family_name(void)
{
    /* "وردت تشوي بالقول إن": the masdar's speaker is the subject before it; the family
     * name alone is linked even when the full name first came with و (وتشوي سون هوي) */
    struct doc *d = fx_annotate("لافروف وتشوي سون هوي يدشنان الحوار\nوقال لافروف إن العلاقات ممتازة. وردت تشوي بالقول "
                                "إن بلادها «ستقف دائما إلى جانب الرفاق الروس»، مضيفة أن القيادة تتابع الوضع.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بلادها", "تشوي سون هوي", QUOTE_MIXED, -1);
    expect(d, "القيادة تتابع", "تشوي سون هوي", QUOTE_INDIRECT, RESOLVED_ELIDED);
}

static void test_headline_relative_of_leader(void)
{
    /* "شقيقة زعيم كوريا الشمالية: ...": someone of that state, the one the body quotes,
     * neither the state nor its leader */
    struct doc *d = fx_annotate("شقيقة زعيم كوريا الشمالية: البيان ورقة بلا قيمة\nوقالت كيم يو جونغ، الشقيقة النافذة "
                                "لزعيم كوريا الشمالية كيم جونغ أون، إن البيان ورقة بلا قيمة.");
    CHECK(d != NULL);
    if (d)
        expect(d, "البيان ورقة بلا قيمة", "كيم يو جونغ", QUOTE_INDIRECT, RESOLVED_HEADLINE);
}

static void test_subject_before_relative_aside(void)
{
    /* "ومدير الشركة، الذي طلب عدم نشر اسمه، يؤكد أن": the subject before a relative
     * aside set off by commas, not the last speaker */
    struct doc *d = fx_annotate("وقال الباحث غليب إيفانوف إن الأمر صعب. ومدير الشركة، الذي طلب عدم نشر اسمه، يؤكد أن "
                                "الطلب رمزي.");
    CHECK(d != NULL);
    if (d)
        expect(d, "الطلب رمزي", "مدير الشركة", QUOTE_INDIRECT, -1);
}

static void test_participle_after_closing_mark(void)
{
    /* wire copy without the comma: a participle right after the closing mark continues
     * the speaker and ends the content */
    struct doc *d = fx_annotate("وقال مندوب الصين الدائم تشانغ جيون ان العقوبات \"ليست غاية في حد ذاتها\" داعيا الى ان "
                                "تأخذ القرارات المخاوف في الاعتبار.");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "العقوبات");
    CHECK(q && q->content.end <= q->content.start + 40);
    expect(d, "تأخذ القرارات", "تشانغ جيون", QUOTE_INDIRECT, RESOLVED_ELIDED);
}

static void test_honorific_pronoun(void)
{
    /* "وقال سعادته": "his excellency", the man named with سعادة before */
    struct doc *d = fx_annotate("افتتح سعادة الدكتور حمد بن سالم الغافري وكيل وزارة الصحة اليوم المستشفى. وقال سعادته في تصريح لوكالة الأنباء "
                                "العمانية إن المستشفى يضم 320 سريرًا، مؤكدًا أنه \"سيخفف الضغط\".");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المستشفى يضم", "حمد بن سالم الغافري", QUOTE_INDIRECT, RESOLVED_PRONOUN);
    expect(d, "سيخفف الضغط", "حمد بن سالم الغافري", QUOTE_DIRECT, RESOLVED_ELIDED);
}

static void test_masdar_in_reporting_clause(void)
{
    /* "رأت X، في تصريح من بروكسل، أن": تصريح is where it was said, and the next speaker
     * of the sentence (فيما شدد Y على أن) is still read; a centre named after a person and
     * quoted words starting with a verb are no names */
    struct doc *d = fx_annotate("فقد رأت الممثلة العليا كايا كالاس، في تصريح من بروكسل، أن المشاركة «دليل على أن الأمن "
                                "مترابط»، فيما شدد الأمين العام لحلف شمال الأطلسي مارك روته على أن الحلف «سيعمّق "
                                "شراكاته» مع كوريا الجنوبية. وترى الباحثة في مركز عصام فارس للشؤون اللبنانية ندى "
                                "حمادة أن الرابح الأكبر هو بيونغ يانغ.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_quotes, 3);
    expect(d, "الحلف", "مارك روته", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "الرابح الأكبر", "ندى حمادة", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    CHECK(fx_entity(d, "مركز عصام فارس للشؤون اللبنانية") != NULL);
    CHECK(fx_entity(d, "سيعمق شراكاته") == NULL);
    /* a headline headed by a group noun is the group's, not the states it names */
    d = fx_annotate("خبراء جزائريون يقرأون تحالف موسكو وبيونغ يانغ: \"الحرب أعادت رسم خرائط التسلح\"\n"
                    "يرى خبراء جزائريون أن التحالف تغير.");
    CHECK(d != NULL);
    const struct quote *hq = d ? fx_quote(d, "الحرب أعادت") : NULL;
    CHECK(hq && hq->speaker_name && !strncmp(hq->speaker_name, "خبراء جزائريون", strlen("خبراء جزائريون")));
    /* a short quoted name right before the complementizer is not the content */
    d = fx_annotate("يرى خبراء جزائريون تحدثت إليهم \"الوطن\" أن التحالف لم يعد مجرد \"زواج مصلحة\" عابر.");
    CHECK(d != NULL);
    CHECK(d && fx_quote(d, "التحالف") != NULL && fx_quote(d, "الوطن") == NULL);
    /* participants as an unnamed group (خلص المشاركون إلى أن) */
    d = fx_annotate("وخلص المشاركون في ختام الندوة إلى أن الاستقرار يتطلب حوارا شاملا.");
    CHECK(d != NULL);
    CHECK(d && fx_quote(d, "الاستقرار") != NULL);
}

static void test_role_word_in_written_role(void)
{
    /* "ويرى اللواء السعودي": the speaker whose role holds اللواء, not the latest official */
    struct doc *d = fx_annotate("قال الخبير اللواء الركن المتقاعد د. عبدالعزيز بن سعد القحطاني لـ\"المدينة\" إن المعاهدة "
                                "صفقة. وقال كبير أمناء مجلس الوزراء الياباني يوشيماسا هاياشي إن الحكومة تتابع. ويرى "
                                "اللواء السعودي أن الرد الأمثل يمر عبر الدبلوماسية.");
    CHECK(d != NULL);
    if (d)
        expect(d, "الرد الأمثل", "عبدالعزيز بن سعد القحطاني", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_same_source_marker(void)
{
    /* "وحسب ذات المصدر، فإن": the source quoted just before */
    struct doc *d = fx_annotate("وأفاد الكاتب العام للبلدية محمد الهادي الفريخة بأن الاعتمادات تمثل 38 بالمائة. وحسب ذات "
                                "المصدر، فإن البلدية تعتزم إطلاق حملة.");
    CHECK(d != NULL);
    if (d)
        expect(d, "البلدية تعتزم", "محمد الهادي الفريخة", QUOTE_INDIRECT, -1);
}

static void test_pronoun_after_narrative_clause(void)
{
    /* "وأكد دبلوماسي غربي ...، صحة الوثيقة، لكنه أوضح أن": he is the unnamed diplomat of the
     * clause that quoted no one, not the last speaker */
    struct doc *d = fx_annotate("وتنقل الوثيقة عن مسؤول في أحد أجهزة الاستخبارات قوله إن الطرفين لا يخفيان الشحنات. "
                                "وأكد دبلوماسي غربي مطلع على عمل الفريق، في اتصال مع الصحيفة، صحة الوثيقة، لكنه أوضح "
                                "أن النسخة النهائية \"قد تخضع لتعديلات\".");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "النسخة النهائية");
    CHECK(q && q->speaker_name && !strncmp(q->speaker_name, "دبلوماسي غربي", strlen("دبلوماسي غربي")));
}

static void test_document_source_and_described_object(void)
{
    /* "وبحسب الوثيقة، فإن": the document's producer; "ووصفت الفريق بأنه": a masculine noun
     * after a feminine verb of describing is what is described */
    struct doc *d = fx_annotate("كشف تقرير فريق خبراء الأمم المتحدة أن الشحنات مستمرة. وبحسب الوثيقة، فإن الصادرات "
                                "تجاوزت السقف. في المقابل، نفت السفارة الروسية في واشنطن وجود أي تعاون، ووصفت الفريق "
                                "بأنه \"هيئة غير شرعية\".");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "الصادرات") != NULL);
    expect(d, "هيئة غير شرعية", "السفارة الروسية في واشنطن", QUOTE_DIRECT, RESOLVED_ELIDED);
}

static void test_bare_verb_of_describing(void)
{
    /* "في خطوة وصفها X بأنها «...»": a verb of describing with its object pronoun, bare */
    struct doc *d = fx_annotate("صادق النواب على المعاهدة، في خطوة وصفها رئيس المجلس فياتشيسلاف فولودين بأنها \"رد على "
                                "محاولات الغرب عزل البلدين\".");
    CHECK(d != NULL);
    if (d)
        expect(d, "رد على محاولات", "فياتشيسلاف فولودين", QUOTE_DIRECT, RESOLVED_EXPLICIT);
}

static void test_same_role(void)
{
    struct doc *d = fx_annotate("وأضاف الوزير نزار بركة أن الوضع مقلق. وأبرز الوزير ذاته أن المحطة ستدخل حيز الخدمة.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* "الوزير ذاته": the minister just quoted */
    expect(d, "المحطة ستدخل", "نزار بركة", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    d = fx_annotate("وقال الخبير عبد الرحيم بن الطيب إن الوضع صعب. ودعا الخبير ذاته إلى مراجعة السياسة، "
                    "مؤكدا أن الماء قضية أمن وطني.");
    CHECK(d != NULL);
    if (d)
        expect(d, "الماء قضية", "عبد الرحيم بن الطيب", QUOTE_INDIRECT, RESOLVED_ELIDED);
    d = fx_annotate("وكان نبيل بن عبد الله قد انتقد بطء المشاريع، معتبرا أن الحكومة مقصرة.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* a given name joined by بن, subject of كان ... قد, continued by a participle */
    expect(d, "الحكومة مقصرة", "نبيل بن عبد الله", QUOTE_INDIRECT, -1);
}

static void test_surname_headline(void)
{
    /* a headline headed by a surname and the outlet it spoke to; the full name below */
    struct doc *d = fx_annotate("كوزلوف لـ\"سبوتنيك\": التبادل التجاري تضاعف\n"
                                "موسكو - سبوتنيك. أكد الوزير ألكسندر كوزلوف أن العلاقات جيدة.");
    CHECK(d != NULL);
    if (d)
        expect(d, "التبادل التجاري تضاعف", "ألكسندر كوزلوف", QUOTE_INDIRECT, RESOLVED_HEADLINE);
}

static void test_coordinated_clauses(void)
{
    /* "إن A، وإن B": one quotation; "إن “A” وأن “B”": two */
    struct doc *d = fx_annotate("وقال الوزير إن الاتفاق مهم، وإن المفاوضات ستستمر. "
                                "وأكد السفير إيغور لاتشين أن “الحوار مفتوح” وأن “الأبواب لم تغلق”.");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *a = fx_quote(d, "الاتفاق مهم");
    CHECK(a != NULL);
    CHECK(a && strstr(fx_text(d, a->content), "المفاوضات ستستمر") != NULL);
    CHECK(fx_quote(d, "المفاوضات ستستمر") == NULL);
    /* speech reported inside a sourced clause stays in it */
    d = fx_annotate("ووفقا لدبلوماسي آسيوي، فإن بكين أبلغت شركاءها بأنها لن تعترض على الآلية.");
    CHECK(d != NULL);
    if (d)
        expect(d, "بكين أبلغت شركاءها", "دبلوماسي آسيوي", QUOTE_INDIRECT, RESOLVED_SOURCE);
    d = fx_annotate("وقال الوزير إن الاتفاق مهم، وإن المفاوضات ستستمر. "
                    "وأكد السفير إيغور لاتشين أن “الحوار مفتوح” وأن “الأبواب لم تغلق”.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحوار مفتوح", "إيغور لاتشين", QUOTE_DIRECT, -1);
    expect(d, "الأبواب لم تغلق", "إيغور لاتشين", QUOTE_DIRECT, -1);
}

static void test_live_blog_entry(void)
{
    /* a timestamped entry announcing a post by someone with a hyphenated name */
    struct doc *d = fx_annotate("08:30 — تدوينة للسيناتور الأميركي غرانت ويلوبي-هارت على منصة إكس:\n"
                                "هذا الإطلاق لم يكن ليحدث بهذه الدقة من دون التكنولوجيا الروسية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "هذا الإطلاق لم يكن", "غرانت ويلوبي-هارت", QUOTE_INDIRECT, RESOLVED_HEADLINE);

    /* a headline headed by a hyphenated name; a source followed by a relative clause */
    d = fx_annotate("يون مي-را: الحرب ستطول\n"
                    "قالت الباحثة يون مي-را إن الجبهة هادئة. ويبقى الحليف الأهم هو الصين، بحسب يون، التي "
                    "تعتقد أن الوضع سيتغير.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحرب ستطول", "يون مي-را", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    const struct quote *src = fx_quote(d, "ويبقى الحليف الأهم");
    CHECK(src != NULL);
    CHECK(src && src->resolution == RESOLVED_SURNAME);
    d = fx_annotate("08:30 — تدوينة للسيناتور الأميركي غرانت ويلوبي-هارت على منصة إكس:\n"
                    "هذا الإطلاق لم يكن ليحدث بهذه الدقة من دون التكنولوجيا الروسية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct entity *e = fx_entity(d, "غرانت ويلوبي-هارت");
    CHECK(e && e->role && !strcmp(e->role, "السيناتور الأميركي"));
}

static void test_english(void)
{
    struct doc *d = fx_annotate("The head of the committee, Grigory Karasin, told reporters that the treaty was balanced. "
                                "On Monday, the state news agency TASS reported that the vote would be held soon. "
                                "Karasin added that ratification was certain.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* the name between commas speaks; "reporters" is whom he told */
    expect(d, "the treaty was balanced", "Grigory Karasin", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    /* the organisation named in a descriptive phrase is the speaker itself */
    expect(d, "the vote would be held", "TASS", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "ratification was certain", "Grigory Karasin", QUOTE_INDIRECT, RESOLVED_SURNAME);

    /* a headline naming a role: the person the body gives that role; a romanised Korean
     * name is used by its family name, written first */
    d = fx_annotate("Exports to the north will stay banned, trade adviser says\n\n"
                    "The announcement came from presidential trade adviser Ahn Min-seok on Monday. "
                    "Ahn said that the government was reviewing every licence.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "Exports to the north", "Ahn Min-seok", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    expect(d, "the government was reviewing", "Ahn Min-seok", QUOTE_INDIRECT, RESOLVED_SURNAME);

    /* quoted fragments joined by "that" are one mixed quotation */
    d = fx_annotate("Senator Mark Ellison described the accord as a \u201cdangerous precedent\u201d that "
                    "\u201cwill be copied elsewhere.\u201d");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "\u201cdangerous precedent\u201d that \u201cwill be copied", "Mark Ellison", QUOTE_MIXED, RESOLVED_EXPLICIT);

    /* a quotation before its cue, with a title chain of abbreviations before the name */
    d = fx_annotate("\"The drills will go on,\" navy spokesman Rear Adm. Carl Dunne told reporters on Friday.");
    CHECK(d != NULL);
    if (d)
        expect(d, "The drills will go on", "Carl Dunne", QUOTE_DIRECT, RESOLVED_EXPLICIT);

    /* a clause with no "that" keeps its quoted words; ", and warned that" starts another */
    d = fx_annotate("Trade Minister Farid Osman said the figures reflected 'a structural shift, not a lucky quarter,' "
                    "as firms move work to the country. Seoul said on Sunday that the transfer would cross a line, "
                    "and warned that Moscow could change the makeup of its support.");
    CHECK(d != NULL);
    if (d) {
        expect(d, "the figures reflected", "Farid Osman", QUOTE_MIXED, RESOLVED_EXPLICIT);
        expect(d, "the transfer would cross a line", "Seoul", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
        expect(d, "Moscow could change", "Seoul", QUOTE_INDIRECT, -1);
    }

    /* a headline clause that starts with a short quoted phrase */
    d = fx_annotate("The Pentagon says 'limited damage' to two ships after the storm\n\nRepairs have begun.");
    CHECK(d != NULL);
    if (d)
        expect(d, "'limited damage' to two ships", "Pentagon", QUOTE_MIXED, -1);

    /* "about" before a number is a quantity, not the topic of the verb */
    d = fx_annotate("Now, the Pentagon says about 4,000 engineers have been sent to the region.");
    CHECK(d != NULL);
    if (d)
        expect(d, "about 4,000 engineers", "Pentagon", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

/* Shapes the fuzzers found or could find: each must finish with a sane document. */
static void test_edge_shapes(void)
{
    static const char *const texts[] = {
        "قال الرئيس \"",               /* an opening mark at the very end, after a title */
        "قال الوزير:",                  /* a colon at the very end */
        "« » “ ” \" \" « “",          /* marks and nothing else */
        "وقال: «",                      /* an unclosed quotation after a colon */
        "”قال“ ”إن“",                  /* reversed marks around cue words */
        "بحسب بحسب بحسب، وفقا ل،",      /* markers with no source */
        "وهو ما أكده",                  /* a relative cue with nothing before it */
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        struct doc *d = fx_annotate(texts[i]);
        CHECK(d != NULL);
        for (int32_t k = 0; d && k < d->n_quotes; k++) {
            const struct quote *q = &d->quotes[k];
            CHECK(q->content.start >= 0 && q->content.start < q->content.end && q->content.end <= d->text.len);
            CHECK(q->speaker_name != NULL);
        }
    }
}

static void test_headline_and_byline_shapes(void)
{
    /* a ministry's field alone heads the headline; the city and writer's name after it
     * are a dateline with a byline; "قال X: إن" is indirect; an object before بأن */
    struct doc *d = fx_annotate("التجارة: توزيع الحصص يبدأ الأسبوع المقبل\n"
                                "بغداد: شيماء رشيد\n"
                                "أعلنت وزارة التجارة، أمس، إطلاق توزيع الحصص في المحافظات.\n"
                                "وأضاف المتحدث باسم الوزارة مهند كاظم العبيدي لـ\"الصباح\": إن الوزارة ستحاسب أي وكيل مخالف.\n"
                                "من جانبه، طالب النائب حيدر كريم الموسوي الوزارة بأن تضيف العدس إلى الحصة.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "توزيع الحصص يبدأ", "وزارة التجارة", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    CHECK(fx_quote(d, "شيماء رشيد") == NULL);
    expect(d, "الوزارة ستحاسب", "مهند كاظم العبيدي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "تضيف العدس", "حيدر كريم الموسوي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);

    /* the writer's byline on the first lines is no quotation; a post announced later is */
    d = fx_annotate("الكهرباء: ساعات إضافية\n"
                    "كتبت ريما حداد في \"النهار\":\n"
                    "أعلنت مؤسسة كهرباء لبنان، أمس، رفع ساعات التغذية.\n"
                    "وكتب الوزير على منصة إكس:\n"
                    "\"الكهرباء ستتحسن قريبا\".");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "أعلنت مؤسسة") == NULL);
    expect(d, "الكهرباء ستتحسن", "الوزير", QUOTE_DIRECT, -1);

    /* heads with the outlet in parentheses, a name holding a pronoun-like word, a name
     * and prepositional phrases, a second headline after ".." */
    static const char *const heads[][2] = {
        {"خبير لـ(واع): القوات الكورية في كورسك تنقل المعاهدة إلى الميدان", "خبير"},
        {"تشوي سون هي من موسكو: سنقف إلى جانب رفاقنا حتى النصر", "تشوي سون هي"},
        {"لافروف لواشنطن في مجلس الأمن: انظروا إلى أسلحتكم أولا", "لافروف"},
        {"الرئيسان يوقعان المعاهدة الشاملة.. والخارجية: خطوة تعزز عالما متعدد الأقطاب", "الخارجية"},
    };
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        char text[512];
        snprintf(text, sizeof text, "%s\nنص الخبر هنا.", heads[i][0]);
        d = fx_annotate(text);
        CHECK(d != NULL);
        CHECK(d && d->n_quotes == 1 && d->quotes[0].cue_kind == CUE_HEADLINE);
        if (d && d->n_quotes == 1)
            CHECK_STR(d->quotes[0].speaker_name, heads[i][1]);
    }
    /* "موسكو: لا تعليق" stays a headline */
    d = fx_annotate("موسكو: لا تعليق على التقارير\nنص الخبر هنا.");
    CHECK(d && d->n_quotes == 1);
}

static void test_headline_role_from_body(void)
{
    /* "وخبير سعودي:" on the headline's second part: the body's expert, whose role says
     * الخبير, not the first person quoted */
    struct doc *d = fx_annotate("طوكيو تتهم بيونغ يانغ بتطوير صواريخها.. وخبير سعودي: المعاهدة \"صفقة متبادلة\"\n"
                                "قال وزير الدفاع الياباني جين ناكاتاني إن الصاروخ الجديد يهدد المنطقة.\n"
                                "وقال الخبير في الشؤون الاستراتيجية اللواء د. عبدالعزيز بن سعد القحطاني إن المعاهدة "
                                "\"صفقة متبادلة بامتياز\".");
    CHECK(d != NULL);
    if (d)
        expect(d, "المعاهدة \"صفقة متبادلة\"", "عبدالعزيز بن سعد القحطاني", -1, RESOLVED_HEADLINE);
}

static void test_split_and_joined_quotations(void)
{
    /* a quotation split by its cue is two, both the speaker's */
    struct doc *d = fx_annotate("\"المعاهدة ذات طابع دفاعي\"، قال الرئيس الروسي، \"ولا تستهدف أي دولة ثالثة، "
                                "لكنها تعبر عن تصميمنا المشترك\".");
    CHECK(d != NULL);
    if (d) {
        expect(d, "المعاهدة ذات طابع دفاعي", "الرئيس الروسي", QUOTE_DIRECT, -1);
        expect(d, "ولا تستهدف أي دولة", "الرئيس الروسي", QUOTE_DIRECT, -1);
    }
    /* two wholly quoted predicates joined by و are two; with an unquoted tail, one */
    d = fx_annotate("وأكد كيم أن بلاده تدعم روسيا، واصفاً المعاهدة بأنها \"أقوى معاهدة في تاريخ البلدين\" "
                    "و\"ذات طابع سلمي ودفاعي\".");
    CHECK(d != NULL);
    if (d) {
        expect(d, "أقوى معاهدة", "كيم", QUOTE_DIRECT, -1);
        expect(d, "ذات طابع سلمي", "كيم", QUOTE_DIRECT, -1);
    }
    d = fx_annotate("ووصف الوزير الخطة بأنها «خطوة أولى» و«بداية طريق» للحل.");
    CHECK(d && d->n_quotes == 1);
    /* the narrator's "it is worth pointing out that" is no cue; "على حد تعبير X" names
     * the speaker of the clause before */
    d = fx_annotate("وقال الخبير أندريه كوزمين إن الزيارة مهمة. وتجدر الإشارة إلى أن الوفد غادر أمس. "
                    "وتشكل المعاهدة \"حجر أساس لعالم أكثر عدلاً\"، على حد تعبير الرئيس كيم.");
    CHECK(d != NULL);
    if (d) {
        CHECK(fx_quote(d, "الوفد غادر") == NULL);
        const struct quote *q = fx_quote(d, "وتشكل المعاهدة");
        CHECK(q && q->speaker_name && strstr(q->speaker_name, "كيم"));
    }
    /* a given name spelled as no alias has it, before a known surname */
    d = fx_annotate("وأعلن المتحدث باسم الكرملين ديميتري بيسكوف أن الزيارة ناجحة.");
    CHECK(d != NULL);
    if (d)
        expect(d, "الزيارة ناجحة", "ديميتري بيسكوف", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_asides_and_data(void)
{
    /* a source set off by commas inside a clause that goes on is an aside; a percent
     * sign stays with its number; data "shows" for its author; plural nouns of people
     * (parties, MPs) speak as groups */
    struct doc *d = fx_annotate("وقال الوزير إن رفع التغذية يتطلب، بحسب تقديرات الوزارة، نحو 600 ألف طن إضافية. "
                                "وتظهر بيانات الجهاز المركزي للإحصاء الفلسطيني أن الاقتصاد انكمش بنحو 35%. "
                                "وسجلت أحزاب المعارضة أن المشروع يشكل خطوة إيجابية.");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "رفع التغذية يتطلب");
    CHECK_STR(q ? fx_text(d, q->content) : NULL, "رفع التغذية يتطلب، بحسب تقديرات الوزارة، نحو 600 ألف طن إضافية");
    expect(d, "الاقتصاد انكمش بنحو 35%", "الجهاز المركزي للإحصاء الفلسطيني", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "المشروع يشكل", "أحزاب المعارضة", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    /* an elative in construct with the document: its author is the source */
    d = fx_annotate("وبحسب أحدث إحصائية لفريق \"منسقو استجابة سوريا\"، فإن نحو 31 بالمئة فقط من السكان عادوا. "
                    "ووفق آخر تقرير للأمم المتحدة، فإن المساعدات تراجعت.");
    CHECK(d != NULL);
    if (d) {
        expect(d, "نحو 31 بالمئة", "منسقو استجابة سوريا", QUOTE_INDIRECT, RESOLVED_SOURCE);
        expect(d, "المساعدات تراجعت", "الأمم المتحدة", QUOTE_INDIRECT, RESOLVED_SOURCE);
    }
    /* (and into marked words after it) */
    d = fx_annotate("وأوضح اللواء فايز سالم أن القذائف التي أرسلتها بيونغ يانغ، وفق تقديرات استخبارية غربية، "
                    "\"غيرت معادلة المدفعية\" في كورسك.");
    CHECK(d != NULL);
    if (d) {
        q = fx_quote(d, "القذائف التي");
        CHECK_STR(q ? fx_text(d, q->content) : NULL,
                  "القذائف التي أرسلتها بيونغ يانغ، وفق تقديرات استخبارية غربية، \"غيرت معادلة المدفعية\" في كورسك");
    }
    /* the occasion of the words, told by the narrator, ends them ("، تعليقا على ..."،
     * "، وذلك ردا على سؤال ..."); "، ردا على السماح ..." is the speaker's claim */
    d = fx_annotate("أكد النائب عادل بوسنينة أن ليبيا \"ليست طرفا\" في أي تحالف، تعليقا على دخول المعاهدة حيز "
                    "التنفيذ. وقال المتحدث إن بلاده لا تتدخل، وذلك ردا على سؤال حول العقوبات. وقال الخبير إن موسكو "
                    "ستسلح الحوثيين، ردا على السماح لأوكرانيا باستخدام الصواريخ.");
    CHECK(d != NULL);
    if (d) {
        q = fx_quote(d, "ليبيا");
        CHECK_STR(q ? fx_text(d, q->content) : NULL, "ليبيا \"ليست طرفا\" في أي تحالف");
        q = fx_quote(d, "بلاده لا تتدخل");
        CHECK_STR(q ? fx_text(d, q->content) : NULL, "بلاده لا تتدخل");
        q = fx_quote(d, "موسكو ستسلح");
        CHECK(q && strstr(fx_text(d, q->content), "السماح"));
    }
    /* the sentence-final source still ends the clause before it */
    d = fx_annotate("وقال الخبير محمد سالم إن الأمر صعب، بحسب مراقبين. وأكد المدير أن الخطة جاهزة، وفقا للبيان، فإن العمل سيبدأ.");
    CHECK(d != NULL);
    if (d) {
        q = fx_quote(d, "الأمر صعب");
        CHECK_STR(q ? fx_text(d, q->content) : NULL, "الأمر صعب");
    }
}

static void test_quoted_objects_and_time_clauses(void)
{
    /* بـ"..." after an accusing verb whose subject has an apposition; "، قبل أن" ends the
     * words described (what came next is the narrator's), "، بعد أن" does not */
    struct doc *d = fx_annotate("واتهمت المندوبة الأمريكية، السيدة ليندا غرينفيلد، موسكو بـ\"انتهاك صارخ\" للقرارات. "
                                "وكانت الناطقة ماريا زاخاروفا قد وصفت التقارير الغربية بأنها \"حملة تضليل منسقة\"، "
                                "قبل أن تعود وتؤكد أن موسكو ستتعامل مع الملف. "
                                "ورأى الخبير مراد يلماز أن الإمدادات «غيّرت معادلة الذخيرة» على الجبهة، بعد أن كانت "
                                "أوكرانيا تتفوق في عدد القذائف.");
    CHECK(d != NULL);
    if (!d)
        return;
    /* (a marked head with the phrase it governs is mixed: README ar-131, ar-154 (6)) */
    expect(d, "\"انتهاك صارخ\" للقرارات", "ليندا غرينفيلد", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "حملة تضليل منسقة", "ماريا زاخاروفا", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    const struct quote *q = fx_quote(d, "الإمدادات «غيّرت");
    CHECK(q && strstr(fx_text(d, q->content), "عدد القذائف") != NULL);
}

static void test_outlet_first_and_relative_report(void)
{
    /* the outlet told before the speaker; a quotation before a cue whose speaker has a
     * relative clause that reports on its own */
    struct doc *d = fx_annotate("وقال لـ«الاقتصادية» الدكتور فهد بن سليمان العتيبي، أستاذ الاقتصاد، إن الأرقام "
                                "المعلنة «لا تعكس الحجم الحقيقي». "
                                "\"المشكلة سياسية قبل أن تكون نقدية\"، يقول الخبير الاقتصادي ثابت أبو الرب، الذي يرى "
                                "أن الحل يكمن في \"ضغط دولي حقيقي\".");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأرقام المعلنة", "فهد بن سليمان العتيبي", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "المشكلة سياسية", "ثابت أبو الرب", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "الحل يكمن", "ثابت أبو الرب", QUOTE_MIXED, -1);
}

static void test_more_reporting_verbs(void)
{
    /* verbs of reassuring, attributing a cause, claiming, giving a reason, wondering,
     * and "expressed (her) concern" with its object; "عبر الهاتف" is "by phone" */
    struct doc *d = fx_annotate("وطمأن الوزير أحمد سالم المستهلكين بأن المخزون يكفي لأشهر. "
                                "ويعزو الصياد سالم بن سعيد المعمري الارتفاع إلى أن البحر شحيح هذا العام. "
                                "وعللت المحكمة قرارها بأن الضرر دائم ويؤثر في عملها. "
                                "وتتساءل الباحثة منى عادل: «من يضمن أمن المنطقة بعد الحرب؟» "
                                "وعبرت الوزارة عن «قلق بالغ» من التعاون. "
                                "وتضيف سوروكينا عبر الهاتف: «معظم زبائننا من المتقاعدين».");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المخزون يكفي", "أحمد سالم", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "البحر شحيح", "سالم بن سعيد المعمري", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "الضرر دائم", "المحكمة", QUOTE_INDIRECT, -1);
    expect(d, "من يضمن أمن", "منى عادل", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "«قلق بالغ»", "الوزارة", QUOTE_MIXED, -1);
    expect(d, "معظم زبائننا", "سوروكينا", QUOTE_DIRECT, -1);
    /* an accusative adjective with its tanween before the colon says how it was said */
    d = fx_annotate("وقال المتحدث ماثيو ميلر إن الأمر مقلق، وتابع ساخرًا: «لا أظن أن أحدا يحسد روسيا».");
    CHECK(d != NULL);
    if (d)
        expect(d, "لا أظن أن", "ماثيو ميلر", QUOTE_DIRECT, RESOLVED_ELIDED);
    /* the jussive after لم: "لم ينف X أن" */
    d = fx_annotate("ولم ينف الوزير سيرغي لافروف أن يكون التعاون العسكري «مطروحاً على الطاولة».");
    CHECK(d != NULL);
    if (d)
        expect(d, "يكون التعاون", "سيرغي لافروف", QUOTE_MIXED, RESOLVED_EXPLICIT);
    d = fx_annotate("وادعى المتحدث باسم الخارجية الأمريكية أن طهران تدعم موسكو.");
    CHECK(d != NULL);
    if (d)
        expect(d, "طهران تدعم موسكو", "المتحدث باسم الخارجية الأمريكية", QUOTE_INDIRECT, -1);
}

static void test_said_it_and_same_source(void)
{
    /* «...»، قالها X: "said it"; "المصدر ذاته" is the source in focus, whose gender is
     * his own, not that of the agency's verb that relayed him */
    struct doc *d = fx_annotate("«الحروب تصنع التحالفات، لكنها لا تضمن بقاءها»، قالها الخبير العسكري "
                                "اللواء المتقاعد عبدالرحمن بن مشبب الشهري. "
                                "ونقلت الوكالة عن الوزير أحمد سالم قوله إن العلاقات قوية. "
                                "وأفاد المصدر ذاته بأن الجانبين اتفقا على رحلات جوية.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحروب تصنع", "عبدالرحمن بن مشبب الشهري", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "الجانبين اتفقا", "أحمد سالم", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_labelled_interview(void)
{
    /* an interview with "سؤال:"/"جواب:" labels: an answer goes on into the next paragraph
     * when nothing cues it; what a question reports is the interviewer's; the
     * interviewee is the person the introduction quotes, though the leaders discussed
     * are named more often */
    struct doc *d = fx_annotate(
        "سفير سابق لـ«الشرق»: المعاهدة شيك على بياض\n"
        "كتب: سامي نادر\n"
        "أجرت الصحيفة حوارا مع المستشار كانغ مين هو، قال فيه إن المعاهدة خطيرة.\n"
        "سؤال: وصف المتحدث باسم الكرملين ديمتري بيسكوف المعاهدة بأنها «دفاعية بحتة». هل تصدق ذلك؟\n"
        "جواب: كل التحالفات توصف بأنها دفاعية. ما يهمني هو ما يحصل عليه كيم جونغ أون.\n"
        "سؤال: وماذا يريد كيم؟\n"
        "جواب: كيم يعرف ما يريد، وبوتين يحتاج الذخائر.\n"
        "لكن علينا ألا ننسى الصين، فبكين قادرة على كبح التقارب.\n"
        "واختتم كانغ حديثه بالتحذير من أن الاختبار الحقيقي سيأتي لاحقا، حين تطالب بيونغ يانغ موسكو "
        "بسداد «الدين العسكري»، قائلا: «كيم لا يقدم شيئا بالمجان».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كل التحالفات توصف", "كانغ مين هو", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "كيم يعرف ما يريد", "كانغ مين هو", QUOTE_DIRECT, -1);
    expect(d, "لكن علينا ألا ننسى", "كانغ مين هو", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "دفاعية بحتة") == NULL);
    /* the masculine participle does not continue the feminine verb's subject */
    expect(d, "كيم لا يقدم", "كانغ مين هو", QUOTE_DIRECT, -1);
    /* a head with a role adjective and the outlet told */
    expect(d, "المعاهدة شيك على بياض", "كانغ مين هو", -1, -1);
    /* labelled with the outlet's name in marks and the interviewee's: the same turns */
    d = fx_annotate(
        "الباحث سامي نادر لـ«الشرق»: المعاهدة شيك على بياض\n"
        "«الشرق» حاورت الباحث سامي نادر، وهنا نص الحوار:\n"
        "«الشرق»: الكرملين وصف ذلك بأنه «تطبيق للمادة الرابعة». هل نحن أمام تحالف كامل؟\n"
        "نادر: نحن أمام تحالف مصالح أكثر منه تحالفا عسكريا.\n"
        "والأهم أن موسكو لم تكن بحاجة إلى معاهدة كي تتلقى القذائف.\n"
        "«الشرق»: وماذا عن لبنان؟\n"
        "نادر: لبنان ليس كوريا الشمالية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "تطبيق للمادة") == NULL);
    expect(d, "والأهم أن موسكو", "سامي نادر", QUOTE_DIRECT, -1);
    expect(d, "لبنان ليس", "سامي نادر", -1, -1);
}

static void test_session_report(void)
{
    /* a council session: a second headline whose head is a role with its complement;
     * "whether" questions (and one left unanswered); a group noun with a plural
     * participle; a masdar in ب after the verb's object; a compound given name */
    struct doc *d = fx_annotate(
        "المجلس يناقش المعاهدة.. وعضو في لجنة الشؤون الخارجية: «نموذج لعالم متعدد الأقطاب»\n"
        "ناقش المجلس أمس برئاسة نائب رئيس المجلس عماد الدين زيدان تقرير اللجنة.\n"
        "ورأى عضو اللجنة سامر الخطيب أن المعاهدة «نموذج لعالم متعدد الأقطاب».\n"
        "وقالت النائبة ريم حداد إن الأمر جيد، وتساءلت عمّا إذا كانت الحكومة قد أعدّت دراسة.\n"
        "ولم يوضح البيان ما إذا كانت المحادثات تناولت الجنود.\n"
        "فيما رأى أعضاء آخرون أن العلاقة «أثبتت متانتها»، محذرين من أن واشنطن ستستغل المعاهدة.\n"
        "واختتم زيدان الجلسة بالتأكيد على أن «الدبلوماسية البرلمانية ستبقى منحازة لحلفائها».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "نموذج لعالم متعدد الأقطاب", "سامر الخطيب", -1, RESOLVED_HEADLINE);
    expect(d, "كانت الحكومة قد أعدّت", "ريم حداد", QUOTE_INDIRECT, RESOLVED_ELIDED);
    CHECK(fx_quote(d, "كانت المحادثات") == NULL);
    expect(d, "العلاقة «أثبتت متانتها»", "أعضاء آخرون", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "واشنطن ستستغل", "أعضاء آخرون", QUOTE_INDIRECT, -1);
    expect(d, "الدبلوماسية البرلمانية", "عماد الدين زيدان", QUOTE_DIRECT, RESOLVED_SURNAME);
    CHECK(fx_entity(d, "عماد الدين زيدان") != NULL);
    CHECK(fx_entity(d, "منحازة") == NULL);
}

static void test_relative_comment(void)
{
    /* "، وهو ما علّق عليه X بالقول إن ...": the relative clause ends the words before it
     * and reports words of its own, with a three-letter verb */
    struct doc *d = fx_annotate("وقال المحلل عبدالغني الزبيدي إن الأمر جيد. وأشار المقدم فؤاد المحبشي إلى أن سيول "
                                "سارعت إلى الإدانة، وهو ما علّق عليه الزبيدي بالقول إن «أدوات أمريكا تنفذ ولا تقرر».");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "سيول سارعت إلى الإدانة");
    CHECK(q != NULL);
    CHECK(q && q->content.end - q->content.start == 22); /* "سيول سارعت إلى الإدانة", in UTF-16 units */
    CHECK(q && q->speaker_name && !strcmp(q->speaker_name, "فؤاد المحبشي"));
    expect(d, "أدوات أمريكا", "عبدالغني الزبيدي", QUOTE_DIRECT, RESOLVED_SURNAME);
    /* "the latter" and a talk show's guest refer back like role nouns */
    d = fx_annotate("وقال الوزير سامي حداد إن الأمر جيد. وقال المحلل عبدالغني الزبيدي إن الأمر سيئ. "
                    "وأكد الأخير أن الحل قريب. وأضاف الضيف أن الحل بعيد.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحل قريب", "عبدالغني الزبيدي", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "الحل بعيد", "عبدالغني الزبيدي", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_roundup_relays(void)
{
    /* "كانت الوكالة قد نقلت عن X تأكيده أن": the relayed speaker, not the subject
     * between كان and قد; "جاء في برقية بعث بها X إلى Y أن": the author of the cable */
    struct doc *d = fx_annotate(
        "بيونغ يانغ – كانت الوكالة المركزية الكورية للأنباء قد نقلت عن الزعيم كيم جونغ أون تأكيده أن "
        "الجنود «أدوا واجبهم المقدس».\n"
        "موسكو – جاء في برقية بعث بها الرئيس فلاديمير بوتين إلى كيم أن روسيا «لن تنسى أبداً» تضحيات الجنود.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجنود «أدوا", "كيم جونغ أون", QUOTE_MIXED, -1);
    expect(d, "روسيا «لن تنسى", "فلاديمير بوتين", QUOTE_MIXED, -1);
    /* "«...»، بهذه الكلمات بدأ X حديثه": the words just quoted are X's */
    d = fx_annotate("«صار لنا شهر بلا مي، منين نجيب؟»، بهذه الكلمات بدأ المواطن خليل العبدالله حديثه لوكالتنا.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "صار لنا شهر", "خليل العبدالله", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    /* "ونسبت إليه قوله إن": the pronoun on إلى is the one relayed, as on عن */
    d = fx_annotate("وتداولت حسابات مقطعا للرئيس فلاديمير بوتين، ونسبت إليه قوله إن روسيا «سترد بالسلاح النووي».");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "روسيا «سترد", "فلاديمير بوتين", QUOTE_MIXED, -1);
}

static void test_obituary_speakers(void)
{
    /* an obituary: a critic named after his role (a given name, then a name in عبد),
     * an unnamed minister whose statement "قال فيه", a union that continues with a
     * participle after كما, a father and daughter of one family name told apart by the
     * verb's gender, a memoir "in" which the man wrote, an interview a quoted outlet
     * held with him */
    struct doc *d = fx_annotate(
        "رحل الكاتب عزت القليوبي عن 79 عامًا، بحسب ما أعلنته ابنته الصحفية ليلى القليوبي.\n"
        "واشتهر بروايته «سطوح الحلمية» التي وصفها الناقد الراحل صبري عبد المنعم بأنها «أصدق ما كتب عن القاهرة».\n"
        "ونعى وزير الثقافة الكاتب الراحل في بيان نشرته الصفحة الرسمية للوزارة، قال فيه: «فقدت مصر فنانًا كبيرًا».\n"
        "كما نعت نقابة الفنانين التشكيليين «ابنها البار»، مشيرة إلى أن مجلسها قرر إطلاق اسمه على صالون الشباب.\n"
        "وكان القليوبي قد قال في حوار أجرته معه «مدى مصر» عام 2021 إن الكتابة والرسم «يدان لجسد واحد».\n"
        "وفي الصفحة الأخيرة من سيرته كتب: «لا أريد جنازة طويلة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أصدق ما كتب", "صبري عبد المنعم", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "فقدت مصر", "وزير الثقافة", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "مجلسها قرر", "نقابة الفنانين التشكيليين", QUOTE_INDIRECT, RESOLVED_ELIDED);
    expect(d, "الكتابة والرسم", "عزت القليوبي", QUOTE_MIXED, RESOLVED_SURNAME);
    expect(d, "لا أريد جنازة", "عزت القليوبي", QUOTE_DIRECT, RESOLVED_ELIDED);
}

static void test_press_review_speakers(void)
{
    /* a press review: a paper as the antecedent of "التي ترى"، a foreign paper's quoted
     * name as subject (with or without its nationality), a participle that relays */
    struct doc *d = fx_annotate(
        "نبدأ جولتنا من «لوفيغارو» الفرنسية، التي ترى أن بيونغ يانغ «قبضت ثمن جنودها».\n"
        "ومن طوكيو، تكتب «أساهي شيمبون» في افتتاحيتها أن «المادة الرابعة لم تعد حبرًا على ورق».\n"
        "وتتساءل «جونغ أنغ إلبو» الكورية الجنوبية: ماذا لو طلب كيم من موسكو أن ترد الجميل؟\n"
        "في المقابل، تسخر «إزفستيا» الروسية من الغرب، ناقلة عن المتحدث باسم الكرملين دميتري بيسكوف "
        "قوله إن العلاقات مع بيونغ يانغ «شأن سيادي».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بيونغ يانغ «قبضت", "لوفيغارو", QUOTE_MIXED, -1);
    expect(d, "المادة الرابعة", "أساهي شيمبون", -1, RESOLVED_EXPLICIT);
    expect(d, "ماذا لو", "جونغ أنغ إلبو", -1, RESOLVED_EXPLICIT);
    expect(d, "العلاقات مع بيونغ", "دميتري بيسكوف", QUOTE_MIXED, RESOLVED_EXPLICIT);
}

static void test_council_turns(void)
{
    /* a council session: وصف with the object in construct (the subject elided, or
     * before the object), "، ثم قال:" opening the next words, the one addressed (إلى X)
     * never the speaker */
    struct doc *d = fx_annotate(
        "وقال المندوب الروسي فاسيلي نيبينزيا إن التقرير مسيس.\n"
        "ووصف السفير الروسي تقرير الفريق بأنه «منتج سياسي مدفوع الثمن».\n"
        "من جهته، قال المندوب الكوري الجنوبي، بارك سانغ هيون، إن الجنود أرسلوا إلى كورسك، "
        "ثم تساءل موجها كلامه إلى نيبينزيا: «فمن الذي هاجم روسيا؟».\n"
        "وفي ختام الجلسة، طلب مندوب كوريا الشمالية كيم سونغ الكلمة، فوصف تقرير الفريق بأنه "
        "«ورقة كتبتها واشنطن»، ثم قال: «لن نعتذر عن الوفاء بالعهد».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "منتج سياسي", "فاسيلي نيبينزيا", QUOTE_DIRECT, RESOLVED_ROLE_NOUN); /* (the Russian delegate) */
    expect(d, "فمن الذي هاجم", "بارك سانغ هيون", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "ورقة كتبتها", "كيم سونغ", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "لن نعتذر", "كيم سونغ", QUOTE_DIRECT, RESOLVED_ELIDED);
}

static void test_parliament_and_match_speakers(void)
{
    /* a secretary of state ("كاتب الدولة", an official, so "المسؤول الحكومي" later), an
     * MP named عبد الرحيم with no cue, a justification "مبررا موقفه بأن", an
     * association as a role noun, a coach introduced by nationality, "أما إدارة X
     * فأعلنت" */
    struct doc *d = fx_annotate(
        "صادق مجلس النواب على مشروع القانون، حسب ما أعلنه رئيس الجلسة.\n"
        "وقال كاتب الدولة لدى وزير التجهيز، يونس الصقلي، إن المشروع «يضع حدا للفوضى».\n"
        "وأوضح المسؤول الحكومي أن الوزارة أحصت 2800 مقلع.\n"
        "في المقابل، هاجم عبد الرحيم المودن، عضو المجموعة النيابية، المشروع، واصفا إياه بـ«قانون على مقاس أصحاب الرخص».\n"
        "أما محمد أيت بوسعيد فقد صوت ضد النص، مبررا موقفه بأن المشروع «يغفل» حقوق الدواوير.\n"
        "وقالت الجمعية إن القانون الجديد خطوة إلى الأمام.\n"
        "وحمّل المدير الفني للفيصلي، البرتغالي جواو سانتوس، الحكم مسؤولية الخسارة، إذ قال إن ركلة الجزاء كانت واضحة.\n"
        "أما إدارة الفيصلي فأعلنت أنها ستتقدم باحتجاج رسمي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوزارة أحصت", "يونس الصقلي", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "قانون على مقاس", "عبد الرحيم المودن", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "المشروع «يغفل»", "محمد أيت بوسعيد", QUOTE_MIXED, RESOLVED_ELIDED);
    expect(d, "القانون الجديد", "الجمعية", QUOTE_INDIRECT, -1);
    expect(d, "ركلة الجزاء", "جواو سانتوس", QUOTE_INDIRECT, RESOLVED_ELIDED);
    expect(d, "ستتقدم باحتجاج", "إدارة الفيصلي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_social_media_speakers(void)
{
    /* posts: "أما X، فغرّد بـ...:" (the topic speaks), a post "لـY جاء فيها" (its author,
     * not who re-posted it), activists who "قالوا إنها", a spokesman named after his
     * role and a comma before the participle that continues him */
    struct doc *d = fx_annotate(
        "قال الطبيب إن الوضع صعب.\n"
        "أما الباحث الكردي شيرزاد يوسف، فغرّد بالإنجليزية على منصة «إكس»: «بيونغ يانغ تصدّر البشر».\n"
        "وأعاد المتحدث باسم الخارجية الأوكرانية، هيورهي تيخي، نشر تدوينة لسفير بلاده في سيول جاء فيها أن "
        "«كل عامل كوري هو اعتراف روسي بالعجز».\n"
        "وتداول ناشطون سوريون صورة قديمة لعمال كوريين في دمشق، قالوا إنها تعود إلى عام 2018.\n"
        "في المقابل، نفى الناطق الرسمي باسم وزارة الصحة، عمر حسن الماحي، وجود أي نقص، مؤكداً أن الوزارة "
        "«تسلمت شحنة جديدة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بيونغ يانغ تصدّر", "شيرزاد يوسف", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "كل عامل كوري", "سفير بلاده في سيول", QUOTE_DIRECT, -1);
    expect(d, "تعود إلى عام", "ناشطون سوريون", QUOTE_INDIRECT, RESOLVED_ELIDED);
    expect(d, "الوزارة «تسلمت", "عمر حسن الماحي", QUOTE_MIXED, RESOLVED_ELIDED);
    for (int32_t i = 0; i < d->n_entities; i++)
        CHECK(strstr(d->entities[i].name, "شحنة") == NULL); /* أن الوزارة «...»: no name */
    /* (the author's family name alone, written on its ل: "بتصريح لبوغدانوف قال فيه") */
    d = fx_annotate("وزار نائب وزير الخارجية الروسي ميخائيل بوغدانوف دمشق أمس.\n"
                    "ويستشهد الرفاعي بتصريح لبوغدانوف قال فيه إن روسيا \"مستعدة للتعاون\" مع السلطات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "روسيا \"مستعدة", "ميخائيل بوغدانوف", QUOTE_MIXED, -1);
    /* (a body's long name in the subject of the verb a participle continues counts as one
     * word: the professor named after it speaks) */
    d = fx_annotate("وهنا قاطعته أستاذة العلاقات الدولية في جامعة الإمام عبدالرحمن بن فيصل الدكتورة هند "
                    "الدوسري قائلة: «لكنه تحالف بلا أفق».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لكنه تحالف", "هند الدوسري", QUOTE_DIRECT, -1);
}

static void test_document_in_it_speakers(void)
{
    /* "جاء فيها" after a letter: its sender named after من (past an adjective, up to a
     * comma), not whoever received it */
    struct doc *d = fx_annotate(
        "قال وزير الخارجية الياباني يوشيدا تارو إن الوضع خطير.\n"
        "ووصلت إلى الصحيفة رسالة إلكترونية من مسؤول سابق في الخارجية، جاء فيها أن الاتفاق لن يصمد.\n"
        "وتلقى البرنامج رسالة من مشاهد في مدينة البصرة جاء فيها أن «الناس هنا خائفون».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاتفاق لن يصمد", "مسؤول سابق في الخارجية", QUOTE_INDIRECT, -1);
    expect(d, "الناس هنا خائفون", "مشاهد في مدينة البصرة", QUOTE_DIRECT, -1);
    /* "وجاء في البيان/البلاغ أن": whoever issued the document named before without its
     * article, as a verb's object or after في, the topic of أما included */
    d = fx_annotate("قال المدرب عبد الكريم بوزيان إن الفريق متعب.\n"
                    "وأصدرت جمعية أنصار الوداد بيانا حملت فيه الإدارة مسؤولية الأزمة. "
                    "وجاء في البيان أن «الفريق يستحق الأفضل».\n"
                    "أما وزارة التجارة وتنمية الصادرات، فقد أعلنت في بلاغ لها تنظيم بعثة اقتصادية إلى اليابان. "
                    "وجاء في البلاغ أن البعثة «ستفتح أسواقا جديدة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الفريق يستحق", "جمعية أنصار الوداد", QUOTE_DIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "البعثة «ستفتح", "وزارة التجارة وتنمية الصادرات", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
    /* a tweet re-posted from a city is not the city's */
    d = fx_annotate("وكتب الكاتب معاذ الكرمي على حسابه: «دولة محاصرة أرسلت أبناءها».\n"
                    "وأعادت الصحفية هديل الشنطي نشر التغريدة من مدينة غزة معلقة: «هذا هو الفرق بين الحليف والمتفرج».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "هذا هو الفرق");
    CHECK(q != NULL && q->speaker_name && !strstr(q->speaker_name, "غزة"));
}

static void test_coordinated_verb_speakers(void)
{
    /* "وصف X حديث Y بأنه «...»، وقال إن": the verb after the comma shares the first
     * verb's subject, unnamed as it is, not the person in its object; after a statement's
     * own words ("قال فيه Z إن «...»، ويعلق") it does not */
    struct doc *d = fx_annotate(
        "قال عضو المكتب السياسي محمد البخيتي إن صنعاء مستعدة.\n"
        "ووصف وزير الإعلام حديث البخيتي بأنه «تسول سياسي مكشوف»، وقال إن «المليشيا تحاول جر اليمن إلى محاور».\n"
        "ويرى الباحث سمير العلي أن موسكو «خذلت الفلسطينيين»، مستشهدا بتصريح لوزير الخارجية الروسي سيرغي "
        "لافروف قال فيه إن «أي حل سيبقي المنطقة على فوهة بركان»، ويعلق: «الكلام جميل».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تسول سياسي", "وزير الإعلام", QUOTE_DIRECT, -1);
    expect(d, "المليشيا تحاول", "وزير الإعلام", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "الكلام جميل", "سمير العلي", QUOTE_DIRECT, -1);
    /* "لكنه يرى": the role's holder named after the body the role belongs to */
    d = fx_annotate("قال الضابط كانغ تشول-مين إن الوضع صعب.\n"
                    "ويقدّر الباحث في المعهد الكوري للتوحيد الوطني بارك جي-وون عدد الجنود بنحو أربعة آلاف، "
                    "لكنه يرى أن «الخسارة الحقيقية ليست عسكرية».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الخسارة الحقيقية", "بارك جي-وون", QUOTE_DIRECT, -1);
}

static void test_memoir_speakers(void)
{
    /* "ويضيف السفير في الفصل ذاته أن": the chapter is the same, the ambassador is the
     * one named before */
    struct doc *d = fx_annotate(
        "وروى السفير الأسبق الهادي بن رمضان أن موسكو كانت تخاف.\n"
        "وقال الكاتب سمير العلي إن المذكرات مهمة.\n"
        "ويضيف السفير في الفصل ذاته أن «موسكو تعامل بيونغ يانغ كجار مزعج».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موسكو تعامل", "الهادي بن رمضان", QUOTE_DIRECT, RESOLVED_ROLE_NOUN);
    /* whoever "told him" in the memoir speaks, named or not; the memoirist relays */
    d = fx_annotate("ويروي السفير الهادي بن رمضان أن مسؤولا في الخارجية السوفياتية قال له، وهما يتحدثان: "
                    "«نحن لا نملك حلفاء في آسيا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "نحن لا نملك", "مسؤولا في الخارجية السوفياتية", QUOTE_DIRECT, -1);
    CHECK_INT(d->n_quotes, 1);
    /* a paper (ورقة) speaks for the institute that issued it, and so does "الورقة" later;
     * not a bargaining chip (ورقة ضغط) */
    d = fx_annotate(
        "وترى الباحثة إيزابيل مارو أن العلاقة انقلبت، وأن المعاهدة ورقة ضغط في يد موسكو.\n"
        "أما الورقة التي أصدرها المعهد التونسي للدراسات الاستراتيجية، فتستعيد نص المادة الرابعة قبل أن "
        "تخلص إلى أن الخطر «لا يكمن في المعاهدة ذاتها». وتقدر الورقة عدد الجنود بنحو 15 ألفا، لكنها تنبه "
        "إلى أن الرقم الحقيقي لن يعرف قبل نهاية الحرب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العلاقة انقلبت، وأن المعاهدة ورقة ضغط", "إيزابيل مارو", QUOTE_INDIRECT, -1);
    expect(d, "الخطر «لا", "المعهد التونسي للدراسات الاستراتيجية", QUOTE_MIXED, -1);
    expect(d, "الرقم الحقيقي", "المعهد التونسي للدراسات الاستراتيجية", QUOTE_INDIRECT, -1);
}

static void test_quoted_name_then_outlet_told(void)
{
    /* "مصدر مقرّب من «حزب الله» لـ«ليبانون فايلز» إن": the party's name in marks belongs
     * to the source, the outlet told after it too; the words are after إن */
    struct doc *d = fx_annotate("وقال مصدر مقرّب من «حزب الله» لـ«ليبانون فايلز» إن التقرير «فصل جديد من حملة تهويل».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التقرير «فصل", "مصدر مقرّب من «حزب الله»", QUOTE_MIXED, -1);
    CHECK_INT(d->n_quotes, 1);
    /* a body's head in construct (أجهزة المخابرات) names new bodies, not the ministry
     * quoted before */
    d = fx_annotate("قال المتحدث باسم وزارة الخارجية المصرية تميم خلاف إن الوضع هادئ.\n"
                    "وتقول أجهزة المخابرات في كوريا الجنوبية والولايات المتحدة إن آلاف الجنود أرسلوا إلى روسيا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "آلاف الجنود", "أجهزة المخابرات في كوريا الجنوبية والولايات المتحدة", QUOTE_INDIRECT, -1);
    /* a body's head before the state it belongs to names that body */
    d = fx_annotate("وقالت حكومة بورتسودان إن الوضع مستقر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوضع مستقر", "حكومة بورتسودان", QUOTE_INDIRECT, -1);
    /* the participle goes back to a group whose phrase holds a name in marks */
    d = fx_annotate("في المقابل، قلّلت أوساط قريبة من «حزب الله» من أهمية الزيارة، معتبرة أن «واشنطن تحرّك سيول».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "واشنطن تحرّك", "أوساط قريبة من «حزب الله»", QUOTE_DIRECT, -1);
    /* "بما وصفه بـ«...»": ما with its verb's preposition still makes وصفه a verb */
    d = fx_annotate("قال عبدالله الحمزي إن الوضع خطير.\n"
                    "وندد الحمزي بما وصفه بـ«صمت الأمم المتحدة» إزاء الجرائم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "«صمت الأمم المتحدة»", "عبدالله الحمزي", QUOTE_MIXED, -1);
    /* the name in marks a reader goes by (اسم، باسم، تدعى), not "المتحدث باسم «حماس»" */
    d = fx_annotate("وكتب أحد القراء ويحمل اسم «ابن الكرك»: «نحن دولة صغيرة».\n"
                    "وقال المتحدث باسم «حماس» حازم قاسم إن الحركة ترحب بالخطوة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "نحن دولة صغيرة", "ابن الكرك", QUOTE_DIRECT, -1);
    expect(d, "الحركة ترحب", "حازم قاسم", QUOTE_INDIRECT, -1);
}

static void test_witness_feature_speakers(void)
{
    /* a witness feature: "أما مصدر ...، ASIDE، فيقدّر أن" (the topic up to its comma), a
     * witness who "تروي أنها", a closed quotation whose comma hands over to another
     * speaker's cue, a masdar in ب completing the verb of its clause after فيما */
    struct doc *d = fx_annotate(
        "قال الكاتب إن الوضع صعب.\n"
        "أما مصدر في جهاز استخبارات غربي، تحدث إلى «الوطن» شريطة عدم الكشف عن هويته، فيقدّر أن نحو "
        "11 ألف جندي انتشروا في كورسك.\n"
        "وفي قرية قريبة من بلدة ريلسك، تروي ناتاليا، وهي معلمة متقاعدة، أنها رأت «شبانا صغار السن».\n"
        "في المقابل، دأب الكرملين على وصف الروايات بأنها «حملة تضليل غربية»، فيما اكتفت السفارة الروسية "
        "في الرياض، ردا على استفسار «الوطن»، بالقول إن التعاون «يجري في إطار القانون الدولي».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "نحو 11 ألف", "مصدر في جهاز استخبارات غربي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "رأت «شبانا", "ناتاليا", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "حملة تضليل", "الكرملين", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "التعاون «يجري", "السفارة الروسية في الرياض", QUOTE_MIXED, -1);
}

static void test_column_and_family_speakers(void)
{
    /* a column's "بقلم:" byline is no headline quotation; "يرى البعض أن" (some, unnamed);
     * a relative (نجل المدان) and a pseudonym "(اسم مستعار)" as speakers */
    struct doc *d = fx_annotate("عام على المعاهدة.. من يخاف من الشراكة؟\n"
                                "بقلم: د. ماهر سليمان\n"
                                "يرى البعض، وبعضهم من أبناء جلدتنا، أن بيونغ يانغ «لا تملك ما تقدمه».\n"
                                "وقال نجل المدان، الذي فضّل عدم ذكر اسمه، إن والده «ضحية تصفية حسابات».\n"
                                "لم يكن لي جون هو (اسم مستعار) يعرف اسم المدينة. يقول لي إن العمل كان شاقا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "د. ماهر") == NULL);
    expect(d, "بيونغ يانغ «لا", "البعض", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "والده «ضحية", "نجل المدان", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "العمل كان شاقا", "لي جون هو", QUOTE_INDIRECT, -1);
}

static void test_timeline_and_report_speakers(void)
{
    /* a timeline's dated entries "- DATE: X: ..."; "ما يصفه X بـ«...»"; two authors joined
     * by و and "أما شريكته ...، الباحثة سونغ، فكتبت" (the topic with its apposition) */
    struct doc *d = fx_annotate(
        "أبرز المحطات\n"
        "- 9 نوفمبر 2024: الكرملين: التصديق على المعاهدة «رسالة إلى كل من يراهن على عزلة روسيا».\n"
        "- 12 يوليو 2025: لافروف من وونسان: «نقف مع أصدقائنا الكوريين».\n"
        "انتقلت العلاقة إلى ما يصفه مراقبون بـ«تحالف عسكري مكتمل الأركان».\n"
        "وأعده الباحثان دانيال هارتلي وجي-يون سونغ. ويرى هارتلي أن الأضواء انطفأت.\n"
        "أما شريكته في إعداد التقرير، الباحثة سونغ، فكتبت في خلاصته أن «المادة الرابعة غيّرت قواعد اللعبة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التصديق على المعاهدة", "الكرملين", -1, RESOLVED_HEADLINE);
    expect(d, "نقف مع أصدقائنا", "لافروف", QUOTE_DIRECT, RESOLVED_HEADLINE);
    expect(d, "تحالف عسكري", "مراقبون", QUOTE_DIRECT, -1);
    expect(d, "الأضواء انطفأت", "دانيال هارتلي", QUOTE_INDIRECT, -1);
    const struct quote *q = fx_quote(d, "المادة الرابعة غيّرت");
    CHECK(q != NULL && q->speaker_name && strstr(q->speaker_name, "هارتلي") == NULL);
}

static void test_rally_and_feature_speakers(void)
{
    /* whom the verb tells after ل is no subject (the subject is the pronoun on لكنه); a
     * given name alone as the subject of a trailing cue; "يذكر أن ...، وفق ما أعلنته X"
     * is background; إبان is no verb; a ministry named by its portfolio alone speaks */
    struct doc *d = fx_annotate(
        "وقال النائب كاوه محمود إن القائمة ستفوز، لكنه أكد للصحيفة أن التحالفات «مفتوحة على كل الاحتمالات».\n"
        "وقالت الممرضة شيلان عمر إنها تعمل منذ الفجر. «لم ننم منذ يومين»، تضيف شيلان.\n"
        "يذكر أن 40 مرشحا يتنافسون على المقاعد، وفق ما أعلنته اللجنة الانتخابية.\n"
        "ويرى الباحث نزار حداد، الذي زار موسكو إبان الحرب الباردة، أن الحلف «قديم متجدد».\n"
        "وأعلنت وزارة الصحة أن المخزون يكفي شهرين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التحالفات", "كاوه محمود", QUOTE_MIXED, RESOLVED_PRONOUN);
    expect(d, "لم ننم منذ يومين", "شيلان عمر", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "مرشحا يتنافسون") == NULL);
    expect(d, "الحلف «قديم متجدد»", "نزار حداد", QUOTE_MIXED, -1);
    expect(d, "المخزون يكفي شهرين", "وزارة الصحة", QUOTE_INDIRECT, -1);
}

static void test_debate_and_source_speakers(void)
{
    /* a masdar in ب after the verb's object; a member of a group; the person before a
     * role and its organisation set off by commas is the relative's antecedent; the
     * outlet a source talked to; how, after ب, is no one; the narrator's "للتذكير،" */
    struct doc *d = fx_annotate(
        "وافتتح رئيس البرلمان سامي رشيد الجلسة بالتذكير بأن الموازنة «ليست قدرا».\n"
        "وهنا صرخ أحد نواب الكتلة الخضراء: «أين الوعود؟».\n"
        "وتحدثت ليلى منصور، عضوة حزب «الغد»، التي تساءلت عما إذا كانت الحكومة «قد درست الكلفة».\n"
        "وقال أحد مصدرين تحدثا إلى «الرقيب» شرط عدم كشف هويتيهما، إن «القرار اتخذ في الخارج».\n"
        "وحين سألناه عن الأسعار، أجاب رشيد بحذر: «لا أملك أرقاما».\n"
        "للتذكير، فإن البرلمان يضم 130 نائبا.\n"
        "أما الصغير وسيم (9 سنوات)، فقال بفرح إنه «سعيد جدا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الموازنة «ليست قدرا»", "سامي رشيد", QUOTE_MIXED, -1);
    CHECK(fx_entity(d, "سامي رشيد الجلسة") == NULL);
    expect(d, "أين الوعود", "أحد نواب الكتلة الخضراء", QUOTE_DIRECT, -1);
    expect(d, "كانت الحكومة «قد درست الكلفة»", "ليلى منصور", QUOTE_MIXED, -1);
    CHECK(fx_entity(d, "قد درست الكلفة") == NULL);
    const struct quote *src = fx_quote(d, "القرار اتخذ في الخارج");
    CHECK(src != NULL && src->speaker_name && !strncmp(src->speaker_name, "أحد مصدرين", strlen("أحد مصدرين")));
    CHECK(fx_quote(d, "الرقيب") == NULL);
    expect(d, "لا أملك أرقاما", "سامي رشيد", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "البرلمان يضم") == NULL);
    expect(d, "سعيد جدا", "وسيم", QUOTE_DIRECT, -1);
}

static void test_roundup_speakers(void)
{
    /* a bullet's label before a sentence with its own verb and subject; a ministry by its
     * field with a nationality before عن; "أن A «...»، وأن «B»" as one quotation; the
     * object with its pronoun after the subject's adjectives */
    struct doc *d = fx_annotate("ردود الفعل\n"
                                "- اليابان: أعربت الخارجية اليابانية عن «أسف عميق»، مؤكدة أنها ستتابع الملف.\n"
                                "وقال الوزير كمال داود إن الخطة «ليست نهائية»، وإن «الباب مفتوح للنقاش».\n"
                                "وعللت المحكمة الإدارية حكمها بأن القانون لا يسمح بالتمديد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أسف عميق", "الخارجية اليابانية", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "أعربت الخارجية") == NULL);
    const struct quote *q = fx_quote(d, "الخطة «ليست نهائية»");
    CHECK(q != NULL && strstr(fx_text(d, q->content), "الباب مفتوح") != NULL);
    CHECK(fx_quote(d, "الباب مفتوح") == NULL);
    expect(d, "القانون لا يسمح", "المحكمة الإدارية", QUOTE_INDIRECT, -1);

    /* a word of manner before the colon (ساخرة) leaves the subject elided, and a verb in
     * ل after a comma opens the next words; a feminine participle does not go on with a
     * man quoted inside the clause */
    d = fx_annotate("وقالت المتحدثة سلمى حداد إن الاجتماع انتهى. "
                    "وردت على تصريح للوزير فادي نصر قال فيه إن الوزارة «تعرف كل شيء»، لتعلق ساخرة: «لا أحد يعرف كل شيء».\n"
                    "كما انتقدت وصف النائب جاد عون للمعلمين بأنهم «عبء»، معتبرة أن التعليم «أولوية وطنية».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوزارة «تعرف كل شيء»", "فادي نصر", QUOTE_MIXED, -1);
    expect(d, "لا أحد يعرف كل شيء", "سلمى حداد", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "التعليم «أولوية وطنية»", "سلمى حداد", QUOTE_MIXED, RESOLVED_ELIDED);

    /* a verb inside an aside about the speaker is not the cue of the words after it */
    d = fx_annotate("وقال سمير داود، وهو بائع من حماة جاء مع ابنه، إنه سيصوت «للأصلح».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "سيصوت «للأصلح»", "سمير داود", QUOTE_MIXED, RESOLVED_EXPLICIT);
}

static void test_documents_relays_and_quoted_names(void)
{
    /* a report's author after ل in a headline; a long organisation's name quoted whole is
     * no quotation; what "came in" the report is the report's, whose author spoke before;
     * a relay names whoever follows عن, before an aside; كان far before its قد */
    struct doc *d = fx_annotate("تقرير لمعهد الدراسات الكورية: 16 ألف حاوية عبرت من راجين\n"
                                "عواصم - وكالات\n"
                                "كشف تقرير أصدره «معهد الدراسات الكورية للأمن والسلام» (KISS)، الذي أسسه باحثون "
                                "عام 2010، أن كوريا الشمالية نقلت ملايين القذائف.\n"
                                "وارتفعت دقة الصواريخ منذ مطلع العام، وفق ما ورد في الصفحة 31 من التقرير.\n"
                                "ونقل التقرير عن عامل سابق في ميناء راجين، فرّ إلى الجنوب العام الماضي، قوله إن "
                                "«الحاويات كانت تحمل ليلا».\n"
                                "وكان رئيس المعهد، الذي عمل سفيرا في موسكو وبكين وطوكيو ونيودلهي وبرلين ولندن "
                                "وباريس وروما ومدريد وأنقرة قبل أن يتقاعد في صيف العام الماضي بعد خدمة طويلة، "
                                "قد خلص إلى أن التعاون سيتسع.\n"
                                "وقال المتحدث باسم الوزارة، بيك مين-هو، إن التقرير مهم.\n"
                                "وذكر «مركز الدراسات الاستراتيجية لآسيا» أن الوضع خطير.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    /* (the headline's short name is the institute the body names in full) */
    expect(d, "16 ألف حاوية", "معهد الدراسات الكورية للأمن والسلام", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    CHECK(fx_quote(d, "معهد الدراسات الكورية للأمن") == NULL);
    expect(d, "كوريا الشمالية نقلت", "معهد الدراسات الكورية للأمن والسلام", QUOTE_INDIRECT, -1);
    expect(d, "وارتفعت دقة الصواريخ", "معهد الدراسات الكورية للأمن والسلام", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "الحاويات كانت", "عامل سابق في ميناء راجين", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    const struct quote *q = fx_quote(d, "التعاون سيتسع");
    CHECK(q != NULL && q->speaker_name && strstr(q->speaker_name, "رئيس المعهد") != NULL);
    expect(d, "الوضع خطير", "مركز الدراسات الاستراتيجية لآسيا", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_told_sources_and_pointers(void)
{
    /* ب + a manner noun before the colon after ذات المصدر; a statement "issued" by its
     * author (أصدرته); the subject before a relative aside when the verb tells someone in
     * ل; a demonstrative pointing back to the person named last; a clause already a
     * source's is not made a second speaker's; an adverb in يا is no name; whom the
     * verb tells by a role in ل is not the subject; a verb's form after أي is a noun;
     * an outlet that learned from a source; حكى */
    struct doc *d = fx_annotate("وقال الكاتب العام للنقابة سليم بن عمر إن الإضراب ناجح. وتابع ذات المصدر بنبرة غاضبة: «لسنا ضد المريض».\n"
                                "جاء في بلاغ أصدرته وزارة الصحة مساء أمس أن «باب الحوار لم يغلق».\n"
                                "وزير الصحة منذر الطرابلسي، الذي زار المستشفى صباحا، قال للصحفيين إن المنح مرتبطة بالميزانية.\n"
                                "وفي المستشفى، كانت السيدة فاطمة بنعلي تنتظر منذ الصباح. «جئت من القيروان فجرا»، تقول هذه الأم.\n"
                                "وقال الناطق الرسمي باسم الشرطة، العميد محمد التوم، إن البص فقد السيطرة.\n"
                                "وطبقا لشهود عيان، فإن الإسعاف وصل متأخرا، وهو ما اعترف به الناطق الرسمي ضمنيا "
                                "حين قال إن «المسافات طويلة».\n"
                                "وقد أصاب الوزير سيرغي لافروف حين قال لنظيرته تشوي سون هي إن العلاقة «لا تستهدف أحدا».\n"
                                "ويلفت الباحث أوليفر هارغريفز إلى أن البيان أسقط أي ذكر للمساعدات، «لأن موسكو لا تريد ذلك».\n"
                                "وعلمت «رأي اليوم» من مصدر دبلوماسي عربي أن الاتصال جرى بطلب كوري.\n"
                                "ويحكي الناجي إبراهيم آدم أن الركاب «نبهوا السائق».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لسنا ضد المريض", "سليم بن عمر", QUOTE_DIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "باب الحوار", "وزارة الصحة", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "المنح مرتبطة", "منذر الطرابلسي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "جئت من القيروان", "فاطمة بنعلي", QUOTE_DIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "الإسعاف وصل", "شهود عيان", QUOTE_INDIRECT, RESOLVED_SOURCE);
    CHECK(d->n_quotes > 0);
    int heard = 0;
    for (int32_t i = 0; i < d->n_quotes; i++)
        heard += strstr(fx_text(d, d->quotes[i].content), "الإسعاف وصل") != NULL;
    CHECK(heard == 1);
    for (int32_t i = 0; i < d->n_entities; i++)
        CHECK(strcmp(d->entities[i].name, "ضمنيا") != 0);
    expect(d, "المسافات طويلة", "محمد التوم", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "العلاقة «لا تستهدف", "سيرغي لافروف", QUOTE_MIXED, RESOLVED_ELIDED);
    const struct quote *q = fx_quote(d, "البيان أسقط");
    CHECK(q != NULL && strstr(fx_text(d, q->content), "لأن موسكو") != NULL);
    expect(d, "الاتصال جرى", "مصدر دبلوماسي عربي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "الركاب «نبهوا", "إبراهيم آدم", QUOTE_MIXED, RESOLVED_EXPLICIT);
}

static void test_the_latter(void)
{
    /* الأخير is the person named last who is not the one just quoted; with the other named
     * only by a role, the person quoted before; الوزير finds "وزير المالية X" among the
     * speakers before any other official */
    struct doc *d = fx_annotate("وقال وزير الزراعة خالد المومني إن الموسم «جيد». وأكد النائب سامر العتوم أن الأسعار مرتفعة.\n"
                                "وسأل العتوم، متوجها إلى المومني: «أين الدعم؟»، فأجاب الأخير من منصته: «الدعم قادم».\n"
                                "واعترف الوزير بأن التأخير «مؤسف».\n"
                                "والتقى الرئيس فلاديمير بوتين المستشار أولاف شولتس، وقال هذا الأخير إن اللقاء كان مفيدا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أين الدعم", "سامر العتوم", QUOTE_DIRECT, RESOLVED_SURNAME);
    expect(d, "الدعم قادم", "خالد المومني", QUOTE_DIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "التأخير «مؤسف", "خالد المومني", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
    expect(d, "اللقاء كان مفيدا", "أولاف شولتس", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_family_names_and_relatives(void)
{
    /* a definite family name alone after the verb; على ذمة X as a source; a relative verb
     * with its own subject after it (the antecedent is its object), and one that takes a
     * preposition (its object after it, the name before the relative speaks) */
    struct doc *d = fx_annotate("واجتمعت اللجنة أمس. وقال الفرحاتي في مستهل الجلسة إن الموازنة «غير واقعية».\n"
                                "وتراجع منسوب السدود إلى 30 بالمئة، على ذمة الخبير رامي الزعبي، الذي دعا الحكومة إلى "
                                "أن تعلن خطة طوارئ.\n"
                                "وانتقد النائب زياد الحمود الهدر الذي يقول المحاسبون إنه يتجاوز الثلث.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الموازنة «غير واقعية", "الفرحاتي", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "وتراجع منسوب السدود", "رامي الزعبي", QUOTE_INDIRECT, RESOLVED_SOURCE);
    expect(d, "تعلن خطة طوارئ", "رامي الزعبي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    const struct quote *q = fx_quote(d, "يتجاوز الثلث");
    CHECK(q == NULL || (q->speaker_name && strcmp(q->speaker_name, "زياد الحمود") != 0));
    /* a document and the verb of its making or reading: its author is the source */
    d = fx_annotate("وبحسب بيانات قدمها المدير العام للشركة نبيل الطراونة إلى النواب، فإن الديون تضاعفت.\n"
                    "ووفق رسالة اطلعت عليها وكالة الأناضول، فإن المفاوضات متعثرة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الديون تضاعفت", "نبيل الطراونة", QUOTE_INDIRECT, RESOLVED_SOURCE);
    expect(d, "المفاوضات متعثرة", "وكالة الأناضول", QUOTE_INDIRECT, RESOLVED_SOURCE);
    /* an عن inside an aside on the relayer is not the relay's; a preposition with whom
     * the verb answers, before the name */
    d = fx_annotate("ونقل النائب كريم الفاضلي، عضو اللجنة عن كتلة الإصلاح، عن الوزيرة سلمى الخطيب قولها إن المشروع متوقف.\n"
                    "وقال النائب ماهر الزين إن المشروع مستمر. ورد عليه الفاضلي بأن الأرقام «لا تكذب».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المشروع متوقف", "سلمى الخطيب", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "الأرقام «لا تكذب", "كريم الفاضلي", QUOTE_MIXED, RESOLVED_SURNAME);
    /* a headline's relay marker: the one after it speaks; an independent pronoun takes
     * the sentence's subject of its gender, not the man just relayed */
    d = fx_annotate("مسؤولون نقلا عن الاستخبارات: الهجوم كان متوقعا\n"
                    "ونقلت الوزيرة رنا العلي عن مدير المرفأ قوله: «الخسائر محدودة»، فيما أكدت هي أن التحقيق مستمر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الهجوم كان متوقعا", "الاستخبارات", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    expect(d, "التحقيق مستمر", "رنا العلي", QUOTE_INDIRECT, RESOLVED_PRONOUN);
    /* a headline's role held by the body's guest is who speaks from then on; قاطعته and
     * ووافقته with the subject after the pronoun; شارحا a participle; إلا no name */
    d = fx_annotate("عميد متقاعد: «الجبهة تغيرت»\n"
                    "استضاف البرنامج العميد المتقاعد نزيه الحلبي والباحثة سهى قاسم.\n"
                    "فرد العميد المتقاعد بأن المنصات «سرقت الجمهور»، شارحا أن الإعلانات هاجرت.\n"
                    "هنا قاطعته قاسم: «الجمهور لم يُسرق بل هرب».\n"
                    "ووافقته قاسم في أن الإعلانات هاجرت. فما كان من الحلبي إلا أن رد ضاحكا: «هربنا معه».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجبهة تغيرت", "نزيه الحلبي", QUOTE_DIRECT, RESOLVED_HEADLINE);
    expect(d, "المنصات «سرقت الجمهور", "نزيه الحلبي", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
    expect(d, "الإعلانات هاجرت", "نزيه الحلبي", QUOTE_INDIRECT, RESOLVED_ELIDED);
    expect(d, "الجمهور لم يُسرق", "سهى قاسم", QUOTE_DIRECT, RESOLVED_SURNAME);
    for (int32_t i = 0; i < d->n_entities; i++)
        CHECK(strcmp(d->entities[i].name, "إلا") != 0);
    /* a role that says only "a person", never named, is someone new; an unnamed speaker
     * of another role is not "the judge"; a clause of time opening a line is no head; a
     * nationality between the comma and the name */
    d = fx_annotate("وطالب ممثل النيابة بعقوبة مشددة، مؤكدا أن الجريمة «مروعة».\n"
                    "وحين سأله القاضي: «هل أطلقت النار؟»، أجاب المتهم: «لم أقصد أحدا».\n"
                    "وقال القاضي إن الحكم «سيصدر الأسبوع المقبل».\n"
                    "وقال مدرب النادي، المصري حسام عبد الغفار، إن الفريق «تعب».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لم أقصد أحدا", "المتهم", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    const struct quote *judge = fx_quote(d, "الحكم «سيصدر");
    CHECK(judge && judge->speaker_name && strstr(judge->speaker_name, "النيابة") == NULL);
    CHECK(fx_quote(d, "هل أطلقت النار") == NULL);
    expect(d, "الفريق «تعب", "حسام عبد الغفار", QUOTE_MIXED, RESOLVED_EXPLICIT);
    /* ما written onto the marker (حسبما) with its preposition; a participle after a
     * sentence-final source goes on with the source's words; خاطب before a colon */
    d = fx_annotate("وانتهى الاجتماع دون اتفاق، حسبما أفاد به مصدر دبلوماسي، مضيفا أن الخلاف «عميق».\n"
                    "وقال الوزير سمير حداد إن الحل قريب. ثم عاد حداد ليخاطب الصحفيين: «لا تستعجلوا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وانتهى الاجتماع دون اتفاق", "مصدر دبلوماسي", QUOTE_INDIRECT, RESOLVED_SOURCE);
    expect(d, "الخلاف «عميق", "مصدر دبلوماسي", QUOTE_MIXED, RESOLVED_ELIDED);
    expect(d, "لا تستعجلوا", "سمير حداد", QUOTE_DIRECT, RESOLVED_SURNAME);
    /* "وفيما يلي نص البيان:" then the document's words, its maker's (named before the
     * same noun, not whom it was sent to); عدم governs the verbal noun after it, no
     * name before it */
    d = fx_annotate("وجه رئيس الوزراء، السيد عمر البدري، رسالة إلى الاتحاد العام للشغل.\n"
                    "وفيما يلي نص الرسالة:\n"
                    "نثمن دوركم الوطني وندعوكم إلى الحوار. والسلام عليكم.\n"
                    "«الوضع صعب»، يقول موظف في الوزارة طلب عدم ذكر اسمه.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "نثمن دوركم", "عمر البدري", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    for (int32_t i = 0; i < d->n_entities; i++)
        CHECK(strstr(d->entities[i].name, "عدم") == NULL);
    /* a title after عنوان, and a paper's short name after في, are not the words said */
    d = fx_annotate("وقال الوزير حسن الراشد إن الخطة جاهزة.\n"
                    "\"المعاهدة رسالة إلينا،\" تكتب الصحفية هالة منصور في \"سيول اليوم الجديدة\"، داعية إلى الحذر.\n"
                    "واكتفت صحيفة \"الغد\"، في مقال حمل عنوان \"الحياد ليس ضعفا\"، بالقول إن الحكومة \"مترددة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة رسالة إلينا", "هالة منصور", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    CHECK(fx_quote(d, "سيول اليوم الجديدة") == NULL);
    CHECK(fx_quote(d, "الحياد ليس ضعفا") == NULL);
    expect(d, "الحكومة \"مترددة", "الغد", QUOTE_MIXED, RESOLVED_EXPLICIT);
}

static void test_elided_publishers_and_objects(void)
{
    /* "بحسب ما نشرته عبر صفحتها": no one after the verb, the sentence's subject; a group
     * right after the first verb is the subject of a plural verb after an accusative
     * object, and its clause is not made a relative cue's; ردّ with بالقول; an accusative
     * common noun ends a name; علي after a definite noun in apposition, before بـ */
    struct doc *d = fx_annotate("أعلنت الهيئة العليا للانتخابات فتح باب الترشح، بحسب ما نشرته عبر صفحتها الرسمية.\n"
                                "وتداول ناشطون على مواقع التواصل مقطعا مصورا قالوا إنه يظهر فتح أحد الصناديق، "
                                "وهو ما نفته الهيئة جملة وتفصيلا.\n"
                                "وكان المرشح سالم العيساوي قد اتهم منافسه الفائز علي الزروق بـ«شراء الذمم». "
                                "ورد الزروق على هذه الاتهامات بالقول إنها «كلام من لم يتقبل الهزيمة».\n"
                                "ونشر الوزير أحمد السالمي بيانا قال فيه إن الوضع صعب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أعلنت الهيئة", "الهيئة العليا للانتخابات", QUOTE_INDIRECT, -1);
    expect(d, "يظهر فتح", "ناشطون", QUOTE_INDIRECT, RESOLVED_ELIDED);
    CHECK(fx_quote(d, "وتداول ناشطون") == NULL);
    expect(d, "كلام من لم", "علي الزروق", QUOTE_DIRECT, RESOLVED_SURNAME);
    expect(d, "الوضع صعب", "أحمد السالمي", QUOTE_INDIRECT, -1);
}

static void test_bylines_bodies_and_hyphens(void)
{
    /* a byline "كتب: Name - date" is no quotation; a second headline ".. والأرصاد: «...»"
     * names a body whom the body of the article names; أعرب after a hyphenated name;
     * صارح and همس */
    struct doc *d = fx_annotate("فيضان يجرف منازل في الدوار.. والأرصاد: «الأسوأ لم يمر بعد»\n"
                                "كتب: أحمد سمير - الخميس 24 أكتوبر 2024\n"
                                "وقال المسؤول عن التواصل بالمديرية، عبد الرحيم الزياني، إن «الأسوأ لم يمر بعد».\n"
                                "وأعرب المتحدث باسم الوزارة لي جاي-وونج عن «أسف عميق» لمصادقة البرلمان.\n"
                                "وصارح رئيس اللجنة ليونيد سلوتسكي النواب بأن المعاهدة «ليست ورقة مجاملة».\n"
                                "أما إيغور، وهو مهندس من نوفوسيبيرسك، فيهمس: «لا يسمحون لنا بالخروج».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "أحمد سمير") == NULL);
    const struct quote *q = NULL;
    for (int32_t i = 0; i < d->n_quotes; i++)
        if (d->quotes[i].cue_kind == CUE_HEADLINE)
            q = &d->quotes[i];
    CHECK(q != NULL && q->speaker_name && strcmp(q->speaker_name, "عبد الرحيم الزياني") == 0);
    expect(d, "«أسف عميق»", "لي جاي-وونج", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "المعاهدة «ليست", "ليونيد سلوتسكي", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "لا يسمحون لنا", "إيغور", QUOTE_DIRECT, RESOLVED_EXPLICIT);

    /* a live page's entries: a word of time before the hour, a label after the dash, and
     * a quotation credited after a dash */
    d = fx_annotate("متابعة مباشرة| الزعيمان يوقعان المعاهدة\n"
                    "الساعة 11:40 - عاجل| بوتين في مستهل المحادثات: «زيارتنا تأتي في لحظة مفصلية».\n"
                    "الساعة 14:40 - «المعاهدة تنص على المساعدة المتبادلة» - الرئيس بوتين في المؤتمر الصحفي.\n"
                    "الساعة 19:30 - الخارجية الأوكرانية: «كل قذيفة تعني مزيدا من الدماء».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "زيارتنا تأتي", "بوتين", QUOTE_DIRECT, RESOLVED_HEADLINE);
    expect(d, "المعاهدة تنص", "بوتين", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "كل قذيفة", "الخارجية الأوكرانية", QUOTE_DIRECT, -1);

    /* ردّ before بأن as the lexicon lists it; اتفق only before أن, and the clause it did
     * not report goes on with the statement's */
    d = fx_annotate("وقال الخبير الروسي فاديم بوريسوف إن الوضع معقد. ويرد عليه بوريسوف بأن القراءة خاطئة.\n"
                    "ويتفق الباحث الروسي مع زميله الأردني في أن الحرب سرعت التقارب.\n"
                    "وجاء في بيان للخارجية الروسية أن الوزيرين وقعا خطة للمشاورات، واتفقا على «مواصلة التنسيق الوثيق» في الأمم المتحدة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "القراءة خاطئة", "فاديم بوريسوف", QUOTE_INDIRECT, -1);
    expect(d, "الحرب سرعت", "فاديم بوريسوف", QUOTE_INDIRECT, -1);
    q = fx_quote(d, "الوزيرين وقعا");
    CHECK(q != NULL && strstr(fx_text(d, q->content), "مواصلة التنسيق") != NULL);
    CHECK(fx_quote(d, "«مواصلة التنسيق") == NULL);

    /* a headline headed by a common noun with the names as its complement is a topic,
     * and the speaker of its second part is read as such; أوه as a Korean family name */
    d = fx_annotate("مكالمة بوتين وكيم بروايتين: الكرملين يتحدث عن تنسيق عسكري.. وبيسكوف: «الفرق في الصياغة»\n"
                    "لندن - وكالات\n"
                    "وقال المتحدث باسم الكرملين دميتري بيسكوف إن «الفرق في الصياغة لا في الجوهر».\n"
                    "أما المندوب الكوري الجنوبي، أوه سانغ-وو، فحذر من أن «التكنولوجيا الروسية ستحلق فوق رؤوسنا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "الكرملين يتحدث") == NULL);
    expect(d, "الفرق في الصياغة", "دميتري بيسكوف", QUOTE_DIRECT, RESOLVED_HEADLINE);
    expect(d, "التكنولوجيا الروسية", "أوه سانغ-وو", QUOTE_DIRECT, -1);

    /* سأل has no words before it unless they are a quotation of their own */
    d = fx_annotate("وفي مداخلة هاتفية ضمن برنامج «صباح الشمس»، سأل المنشط طبيبا عن نيته الهجرة.\n"
                    "«من يدفع الثمن؟»، سأل الوزير أحمد السالمي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "وفي مداخلة") == NULL);
    expect(d, "من يدفع الثمن", "أحمد السالمي", QUOTE_DIRECT, -1);

    /* the speaker's own tag set off by commas inside the clause, which goes on after it;
     * a tag before a participle still closes it */
    d = fx_annotate("وقال الباحث أوليفر هارغريفز إن الصمت «ليس سهوا»، إذ تريد بيونغ يانغ، بحسب قوله، أن «تقدم جنودها».\n"
                    "وقالت الباحثة سارة لين إن الأمر معقد، على حد تعبيرها، مضيفة أن الحل بعيد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    q = fx_quote(d, "الصمت «ليس سهوا»");
    CHECK(q != NULL && strstr(fx_text(d, q->content), "تقدم جنودها") != NULL);
    q = fx_quote(d, "الأمر معقد");
    CHECK(q != NULL && strstr(fx_text(d, q->content), "تعبيرها") == NULL);
    expect(d, "الحل بعيد", "سارة لين", QUOTE_INDIRECT, RESOLVED_ELIDED);
}

static void test_outlets_conjuncts_and_complements(void)
{
    /* the outlet told before the speaker; اكتفى with بالقول, بكلمة and a ب-word that is
     * its complement; a statement word with its pronoun is no part of a name */
    struct doc *d = fx_annotate("وقال للجزيرة نت المحلل السياسي سامر الخطيب إن الاتفاق يغير موازين القوى.\n"
                                "وقال الوزير كمال داود إن الأمر عادي. واكتفى بالقول: «التعاون يجري وفق المعاهدة».\n"
                                "اكتفى المتحدث بكلمة واحدة: «لا تعليق». ورفض أحدهم الحديث واكتفى بهز رأسه.\n"
                                "ويختم الحاج محمود حديثه بكلمة واحدة: «صابرون».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاتفاق يغير", "سامر الخطيب", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "التعاون يجري", "كمال داود", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "لا تعليق", "كمال داود", QUOTE_DIRECT, RESOLVED_ROLE_NOUN); /* (the spokesman named before) */
    expect(d, "صابرون", "محمود", QUOTE_DIRECT, -1);
    for (int32_t i = 0; i < d->n_entities; i++) {
        CHECK(strcmp(d->entities[i].name, "بهز") != 0);
        CHECK(strstr(d->entities[i].name, "حديثه") == NULL);
        CHECK(strcmp(d->entities[i].name, "واحدة") != 0);
    }

    /* a document's author after a participle and its preposition, and after the
     * document noun the verb agrees with; كان between an SVO subject and its verb */
    d = fx_annotate("وجاء في بيان ممهور بتوقيع رئيس اتحاد الطلاب، محمد أحمد كرار، أن الطلاب «ليسوا طرفا في الجريمة».\n"
                    "وجاء في بيان وزارة الخارجية أن الزيارة ناجحة.\n"
                    "وأعلنت جامعة المقرن للعلوم أمس نتائجها. يذكر أن الجامعة كانت قد أعلنت، مطلع العام، أن الأوراق ستطبع داخل الحرم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الطلاب «ليسوا طرفا", "محمد أحمد كرار", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "الزيارة ناجحة", "وزارة الخارجية", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "الأوراق ستطبع", "جامعة المقرن للعلوم", QUOTE_INDIRECT, -1);

    /* a headline whose speaker is the role joined by و after a clause of its own; a lone
     * given name as the topic of أما; a quoted outlet before an adjective and أن; سأل's
     * "whether" is a question put, its words after a colon are said; an unnamed person
     * by an indefinite noun */
    d = fx_annotate("تسريب الامتحانات.. النيابة تتحرى ووكيلة التعليم العالي: «لن نجامل أحدا»\n"
                    "شددت وكيلة وزارة التعليم العالي، البروفيسورة إخلاص عبد الرحيم، على أن الوزارة «لن تجامل أحدا».\n"
                    "وقال رشيد إن الوضع صعب. وسأل: «من يدفع الثمن؟».\n"
                    "أما حميد، أحد الحفارين بالحي، فيقول إن الرفاق «وصلوا قبل الجميع».\n"
                    "ورأى «نيكاي» الاقتصادي أن الأسعار سترتفع.\n"
                    "وسأل دبلوماسي آسيوي عمّا إذا كانت سويسرا قادرة على الوساطة.\n"
                    "«سهرنا طويلا على الدروس»، تقول طالبة بالمستوى السادس.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لن نجامل أحدا", "إخلاص عبد الرحيم", QUOTE_DIRECT, -1);
    expect(d, "الرفاق «وصلوا", "حميد", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "الأسعار سترتفع", "نيكاي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    CHECK(fx_quote(d, "كانت سويسرا") == NULL);
    expect(d, "من يدفع الثمن", "رشيد", QUOTE_DIRECT, RESOLVED_ELIDED);
    const struct quote *q = fx_quote(d, "سهرنا طويلا");
    CHECK(q != NULL && q->speaker_name && strstr(q->speaker_name, "طالبة بالمستوى السادس") != NULL);

    /* another speaker's verb with its colon ends the clause before it, and the verb after
     * "قبل أن" has the subject of the clause it closes; a family name in العبد; a
     * headline role as written loses its و */
    d = fx_annotate("فيتو يسقط المشروع.. ومندوب اليمن: «الحوثيون أول المستفيدين»\n"
                    "وقال الدبلوماسي ألكسندر ريابوف إن المعاهدة ملزمة. وحين واجهه المقدم بتصريح للوزير سيرغي شويغو "
                    "قال فيه إن بيونغ يانغ «سترسل آلاف العمال»، ضحك ريابوف قبل أن يقول: «شويغو يتحدث كعسكري».\n"
                    "ويذكّر مقدم البودكاست، أنس العبد الله، في مستهل الحلقة بأن موسكو استقبلت لاجئين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحوثيون أول", "مندوب اليمن", QUOTE_DIRECT, -1);
    q = fx_quote(d, "بيونغ يانغ «سترسل");
    CHECK(q != NULL && strstr(fx_text(d, q->content), "ضحك") == NULL);
    expect(d, "شويغو يتحدث كعسكري", "ألكسندر ريابوف", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "موسكو استقبلت", "أنس العبد الله", QUOTE_INDIRECT, RESOLVED_EXPLICIT);

    /* ردّ and قاطع before a colon are cues; how it was said in ب
     * stays out of the subject; a clause of time names no subject of the main verb */
    d = fx_annotate("وقال المدرب خافيير مارتوس إن الفريق جاهز. وحين سأله صحفي عن غياب اللاعب مهدي سالم، "
                    "ردّ مبتسما: «هذا سؤال للطبيب».\n"
                    "وقال النائب أحمد الرواشدة إن الموازنة مكررة، فقاطعه النائب محمد العبادي: «هذا كلام شعبوي». "
                    "ورد الرواشدة بحدة: «الشعبوية وعود بلا نمو».\n"
                    "وقال الوزير سيرغي لافروف إن الأمر عادي، ثم ردّ الوزير الروسي بسؤال مضاد: «ولماذا لا تسألون واشنطن؟».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "هذا سؤال للطبيب", "خافيير مارتوس", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "هذا كلام شعبوي", "محمد العبادي", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "الشعبوية وعود", "أحمد الرواشدة", QUOTE_DIRECT, -1);
    expect(d, "ولماذا لا تسألون", "سيرغي لافروف", QUOTE_DIRECT, -1);
    CHECK(fx_entity(d, "مضاد") == NULL);

    /* after "وفق/بحسب/حسب ما" and any verb whose pronoun is ما, whoever follows is the
     * source, up to the statement it was in; a quoted outlet belongs to who; an outlet
     * told in ل is no part of the name before it */
    d = fx_annotate("وقال الباحث يزن الحسين لعنب بلدي، إن روسيا «لا تنسحب».\n"
                    "وبحسب ما رصدته عنب بلدي، خفض الطيران الروسي طلعاته.\n"
                    "وتجمع العشرات أمام مقر العمالة، وفق ما عاينه مراسل «أخبارنا».\n"
                    "ولقي عامل مصرعه إثر انهيار بئر، حسب ما أفادت به مصادر محلية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "روسيا «لا تنسحب»", "يزن الحسين", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "خفض الطيران", "عنب بلدي", QUOTE_INDIRECT, -1);
    expect(d, "وتجمع العشرات", "مراسل «أخبارنا»", QUOTE_INDIRECT, -1);
    expect(d, "ولقي عامل", "مصادر محلية", QUOTE_INDIRECT, -1);

    /* a participle after "وهو ما نفاه X" goes on with X, not with the sentence's first
     * subject; "ما يدفعه" is no such clause */
    d = fx_annotate("وقال رئيس النقابة طوني رزق إن الوضع صعب. ويتهم رزق الشركات بتحقيق أرباح، وهو ما نفاه "
                    "ممثل الشركات المستوردة، سامي عيد، مؤكدا أنّ هامش الربح «محدد بقرار وزاري».\n"
                    "وقال المحافظ حسن عبد الله إن التضخم يتراجع، ما يدفعه لترك الفائدة، موضحا أن التشديد مستمر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "هامش الربح", "سامي عيد", QUOTE_MIXED, RESOLVED_ELIDED);
    expect(d, "التشديد مستمر", "حسن عبد الله", QUOTE_INDIRECT, RESOLVED_ELIDED);

    /* "المصدر ذاته" is the source named so before, not whoever spoke last */
    d = fx_annotate("وأوضح مصدر من الوقاية المدنية أن العناصر اشتغلت بأيديها. وقال حميد، أحد الحفارين، إن الرفاق "
                    "وصلوا قبل الجميع. ونفى المصدر ذاته ذلك، مؤكدا أن فرقته تحركت بعد دقائق. وقال المصدر ذاته إن "
                    "العمل مستمر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "فرقته تحركت", "مصدر من الوقاية المدنية", QUOTE_INDIRECT, RESOLVED_ELIDED);
    expect(d, "العمل مستمر", "مصدر من الوقاية المدنية", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_unlabelled_interview(void)
{
    /* an interview (its byline says so) whose questions are lines of their own and whose
     * answers carry no label: each answer paragraph is the interviewee's; what a
     * question reports is the interviewer's framing */
    struct doc *d = fx_annotate("الخبير سمير حداد: التحالف ضرورة لا خيار\n"
                                "حاوره: كريم ناصر\n"
                                "يرى الخبير سمير حداد أن المعاهدة تحالف مضطرين.\n"
                                "كيف تقرأون المعاهدة اليوم؟\n"
                                "المعاهدة في جوهرها تحالف مضطرين، فروسيا كانت بحاجة إلى الذخائر.\n"
                                "يرى خبراء غربيون أن موسكو منحت بيونغ يانغ تقنيات، هل توافقون؟\n"
                                "لا أملك أدلة على ذلك، لكن المنطق يقول إن لكل شيء ثمنا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة في جوهرها", "سمير حداد", QUOTE_DIRECT, -1);
    expect(d, "لا أملك أدلة", "سمير حداد", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "موسكو منحت") == NULL);
    /* without an interview byline, question subheadings open narration */
    d = fx_annotate("هل شارك جنود كوريون في المعارك؟\n"
                    "نعم. فقد أقرت موسكو بذلك بعد أشهر من النفي.\n"
                    "هل تغير الموقف الصيني؟\n"
                    "لم تعلق بكين على التقارير حتى الآن.\n");
    CHECK(d && fx_quote(d, "نعم. فقد") == NULL && fx_quote(d, "لم تعلق بكين") == NULL);
}

static void test_study_speaks(void)
{
    /* a study's later clause with a feminine elided verb speaks for its producer; the
     * study named in a role's complement (المؤلف الرئيس للدراسة) is not the author's */
    struct doc *d = fx_annotate("كشفت دراسة حديثة أعدها معهد «نورث ستار» للدراسات الأمنية أن بيونغ يانغ زودت روسيا "
                                "بملايين القذائف. ويقول المؤلف الرئيس للدراسة، الباحث توماس غريفز، إن الأرقام مقلقة. "
                                "وتخصص الدراسة فصلا كاملا للرقابة الدولية، إذ تذكّر بأن ولاية فريق الخبراء انتهت.");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "ولاية فريق الخبراء");
    CHECK(q && q->speaker_name && strstr(q->speaker_name, "نورث ستار") != NULL);
}

static void test_relative_verb_with_object(void)
{
    /* "الاتفاق الذي وصفه X بأنه «...»": after a relative pronoun the bare verb with its
     * object pronoun is the cue, and its subject follows it; "تذهب X إلى أن" holds that */
    struct doc *d = fx_annotate("وتحدث الوزير عن الاتفاق الذي وصفه الزعيم الكوري كيم جونغ أون بأنه «أقوى معاهدة في التاريخ». "
                                "وتذهب الباحثة في المعهد الكوري جونغ مي-سون إلى أن «الخاسر الأكبر هو الصين». "
                                "وتتساءل: «من يضمن أمن سيول؟». وذهب الوزير إلى موسكو أمس.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أقوى معاهدة", "كيم جونغ أون", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "الخاسر الأكبر", "جونغ مي-سون", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "من يضمن", "جونغ مي-سون", QUOTE_DIRECT, RESOLVED_ELIDED);
    CHECK_INT(d->n_quotes, 3);
}

static void test_participle_after_kul_min(void)
{
    /* "بينما نفت كل من موسكو وبيونغ يانغ ...، مؤكدتين أنها": the participle continues the
     * joint subject after "كل من", not the clause before */
    struct doc *d = fx_annotate("وقد أعربت واشنطن عن قلقها تجاه هذه المعلومات، بينما نفت كل من موسكو وبيونغ يانغ "
                                "صحة هذه الادعاءات، مؤكدتين أنها “غير دقيقة”.");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "غير دقيقة");
    CHECK(q && q->speaker_name && strstr(q->speaker_name, "موسكو") && strstr(q->speaker_name, "بيونغ يانغ"));
}

static void test_question_runs(void)
{
    /* reported words ending in a question go on through the questions after them, also
     * one wrapped onto the next line, up to the next cue */
    struct doc *d = fx_annotate("وقالت الخبيرة سو مي تيري إن المعاهدة مهمة. وتابعت بأن السؤال كان دائمًا، ما هو الثمن؟ "
                                "ما مدى استعداد بوتين لمساعدة\nكوريا الشمالية؟ ما الذي كان سيقدمه؟\n"
                                "وأوضحت: \"الآن تغير الوضع\".");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "السؤال كان دائمًا");
    CHECK(q && strstr(fx_text(d, q->content), "ما الذي كان سيقدمه") != NULL);
    expect(d, "الآن تغير الوضع", "سو مي تيري", QUOTE_DIRECT, -1);
}

static void test_provisos(void)
{
    /* after a comma, على أن belongs to a verb that takes على; after any other verb it is a
     * proviso on what was done, not words said */
    struct doc *d = fx_annotate("وأعلنت وزارة المالية زيادة الرواتب بنسبة 10 في المئة، على أن يبدأ تطبيقها في يناير.\n"
                                "وكانت الحكومة قد أقرت النظام المعدل في أيار، على أن يسري مطلع العام.\n"
                                "وشدد الوزير سامر الخطيب، في كلمته أمام النواب، على أن الزيادة ضرورية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "يبدأ تطبيقها") == NULL);
    CHECK(fx_quote(d, "يسري مطلع العام") == NULL);
    expect(d, "الزيادة ضرورية", "سامر الخطيب", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_relay_pronoun_referent(void)
{
    /* no relayer before عنه: the pronoun is the person named last before the verb, not the
     * elided relayer in focus */
    struct doc *d = fx_annotate("وقال رئيس الوفد الروسي، الفريق أول أليكسي كرافتسوف، إن الزيارة مهمة.\n"
                                "ونقل الضيف إلى الزعيم تحيات الرئيس فلاديمير بوتين، كما نقل عنه قوله إن روسيا «لن تنسى وقفة "
                                "الرفاق».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الزيارة مهمة", "أليكسي كرافتسوف", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "روسيا «لن تنسى", "فلاديمير بوتين", QUOTE_MIXED, RESOLVED_PRONOUN);
}

static void test_role_noun_not_the_object(void)
{
    /* الشركة refers to the company that did something, not the one it did it with */
    struct doc *d = fx_annotate("أعلنت شركة نهى للصناعات الهندسية توقيع عقد مع شركة الزيت العربية السعودية لتوريد صمامات.\n"
                                "وأوضحت الشركة، في بيان، أن الأثر المالي سيظهر العام المقبل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأثر المالي", "شركة نهى للصناعات الهندسية", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    /* a short quoted name after a document noun is who produced it */
    d = fx_annotate("وبحسب بيانات «المرصد»، فإن العجز تراجع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "العجز تراجع");
    CHECK(q != NULL && q->speaker_name && strstr(q->speaker_name, "المرصد"));
}

static void test_list_of_reactions(void)
{
    /* "أبرز ردود الفعل:" is "the main reactions", no verb of saying: each item of the list
     * below is its label's */
    struct doc *d = fx_annotate("توالت ردود الفعل.\n\nوفي ما يلي أبرز ردود الفعل:\n\n"
                                "- الخارجية الأميركية: «موسكو تدفع ثمن القذائف بالنفط».\n\n"
                                "- كوريا الجنوبية: «سول لن تقف مكتوفة الأيدي».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موسكو تدفع ثمن", "الخارجية الأميركية", QUOTE_DIRECT, RESOLVED_HEADLINE);
    expect(d, "سول لن تقف", "كوريا الجنوبية", QUOTE_DIRECT, RESOLVED_HEADLINE);
    /* a label over narration that reaches its own cue is a topic; a person and a role in
     * apposition make a long label */
    d = fx_annotate("- الكرملين: رفض المتحدث باسمه دميتري بيسكوف التعليق على التحليل، واكتفى بالقول إن موسكو «لا تعلق "
                    "على تقارير مراكز الأبحاث».\n\n"
                    "- السيناتور الجمهوري جيمس هارلو، عضو لجنة العلاقات الخارجية في مجلس الشيوخ: بوتين وكيم «يتبادلان "
                    "النفط بالدم».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "رفض المتحدث") == NULL);
    expect(d, "موسكو «لا تعلق", "دميتري بيسكوف", QUOTE_MIXED, -1);
    expect(d, "بوتين وكيم", "جيمس هارلو", QUOTE_MIXED, RESOLVED_HEADLINE);
    /* a document, then its maker by the head of its name */
    d = fx_annotate("نشر مركز الدراسات الاستراتيجية والدولية صورا جديدة للميناء.\n"
                    "ووفق تحليل المركز للصور، فإن بعض الحاويات «تحمل صناديق قذائف».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بعض الحاويات", "مركز الدراسات الاستراتيجية والدولية", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
}

static void test_press_conference_digest(void)
{
    /* "أبرز ما جاء فيه:" over a paragraph with its own cues is a digest, no quotation; a
     * reporter's question labelled with the agency is no quotation, nor a verb after هل;
     * "، وهو طالب" is an aside's predicate, not "he demanded" */
    struct doc *d = fx_annotate("عقدت الوزارة مؤتمرها الصحفي الدوري، وفيما يلي أبرز ما جاء فيه:\n\n"
                                "سأل مراسل وكالة تاس عن تقييم الصين للمعاهدة، فقال لين جيان إن التعاون «شأن ثنائي».\n\n"
                                "وكالة رويترز: هل ترى الصين أن المعاهدة تنتهك قرارات مجلس الأمن؟\n\n"
                                "لين جيان: ليست لدي معلومات في هذا الصدد.\n\n"
                                "وقال أحد المحتجين، وهو طالب جامعي، للصحيفة: «تعبنا من الوعود».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "سأل مراسل") == NULL);
    expect(d, "التعاون «شأن ثنائي", "لين جيان", QUOTE_MIXED, RESOLVED_EXPLICIT);
    CHECK(fx_quote(d, "المعاهدة تنتهك") == NULL);
    CHECK(fx_quote(d, "هل ترى") == NULL);
    expect(d, "ليست لدي معلومات", "لين جيان", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    expect(d, "تعبنا من الوعود", "أحد المحتجين", QUOTE_DIRECT, RESOLVED_EXPLICIT);
}

static void test_pseudonyms_and_findings(void)
{
    /* a finding (وجدت X أن), not a condition's فإن; a quoted pseudonym after a verb that
     * follows the words; an unnamed broker of a relative cue, up to the verb of a relative
     * on him, goes on with the participle */
    struct doc *d = fx_annotate("ووجدت هيومن رايتس ووتش أن المشرفين صادروا جوازات السفر.\n"
                                "وتنص المادة على أنه إذا تعرض أحد الطرفين لهجوم ووجد نفسه في حالة حرب، فإن الطرف الآخر يساعده.\n"
                                "قال \"جين\" (اسم مستعار) إن العمل كان شاقا.\n"
                                "\"كانوا يحسبون علينا كل دقيقة\"، يقول \"كانغ\" (اسم مستعار)، الذي فر من ورشة.\n"
                                "وتحدث عمال عن اقتطاعات شهرية، وهو ما أكده وسيط في مدينة يانجي الصينية طلب عدم ذكر اسمه، "
                                "مضيفا أن بعض العمال يعودون بديون.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المشرفين صادروا", "هيومن رايتس ووتش", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    CHECK(fx_quote(d, "الطرف الآخر") == NULL);
    expect(d, "كانوا يحسبون", "كانغ", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "وتحدث عمال", "وسيط في مدينة يانجي الصينية", QUOTE_INDIRECT, -1);
    expect(d, "بعض العمال يعودون", "وسيط في مدينة يانجي الصينية", QUOTE_INDIRECT, RESOLVED_ELIDED);
}

static void test_appeals_to_people(void)
{
    /* ناشد X بـ"...": the quoted object is the words; whom a body appeals to or asks
     * (المواطنين) is the object, not part of its name; "جملة وتفصيلا" closes the phrase */
    struct doc *d = fx_annotate("وأضاف الشناوي أن اللقاح آمن، مناشدا أولياء الأمور بـ\"عدم الالتفات إلى الشائعات\".\n"
                                "وطالبت الوزارة المواطنين بأن يلتزموا بالمواعيد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "عدم الالتفات", "الشناوي", QUOTE_DIRECT, RESOLVED_ELIDED);
    const struct quote *q = fx_quote(d, "يلتزموا بالمواعيد");
    CHECK(q != NULL && q->speaker_name && !strcmp(q->speaker_name, "الوزارة"));
}

static void test_documents_and_topic_labels(void)
{
    /* a report with adjectives before the verb of its making; a place label over a
     * sentence with its own subject and verb of saying is a topic */
    struct doc *d = fx_annotate("قابس: وثائق داخلية تكشف أن المجمع زاد ما يلقيه في البحر\n\n"
                                "وبحسب تقرير داخلي آخر أعدته إدارة السلامة والبيئة بالمجمع في مارس، فإن ثلاثا من الوحدات "
                                "تعمل دون تصفية.\n"
                                "ويؤكد أنيس الزواري، عضو حملة \"أوقفوا التلوث\"، أن القرار \"بقي حبرا على ورق\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "وثائق داخلية");
    CHECK(q == NULL);
    q = fx_quote(d, "المجمع زاد");
    CHECK(q == NULL || !q->speaker_name || strcmp(q->speaker_name, "قابس") != 0);
    expect(d, "ثلاثا من الوحدات", "إدارة السلامة والبيئة بالمجمع", QUOTE_INDIRECT, RESOLVED_SOURCE);
    expect(d, "القرار \"بقي", "أنيس الزواري", QUOTE_MIXED, RESOLVED_EXPLICIT);
}

static void test_topic_with_role_and_name(void)
{
    /* أما, a role that stands for a list, the name set off by commas and a relative aside,
     * then فقال; unnamed agencies speak as a group */
    struct doc *d = fx_annotate("أما عضو المجلس البلدي عن قائمة «الطيبة أولا»، نضال حاج يحيى، الذي كان من أوائل من شاركوا "
                                "المنشور، فقال للموقع إنه «تسرّع في النشر».\n"
                                "وحذرت وكالات إنسانية أممية من أن الشتاء المقبل «قد يكون الأقسى».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تسرّع في النشر", "نضال حاج يحيى", QUOTE_DIRECT, -1);
    expect(d, "الشتاء المقبل", "وكالات إنسانية أممية", QUOTE_MIXED, RESOLVED_EXPLICIT);
    /* a participle after "يقاطعه X" goes on with the one who interrupts */
    d = fx_annotate("وقال المندوب الروسي فاسيلي نيبينزيا إن التقرير «منحاز»، قبل أن يقاطعه رئيس الجلسة، مندوب غيانا، "
                    "مذكرا بأن الوقت المخصص للرد «ثلاث دقائق فقط».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوقت المخصص", "رئيس الجلسة", QUOTE_MIXED, RESOLVED_ELIDED);
    /* a verbal noun with the pronoun of who announced */
    d = fx_annotate("وفاجأ الوزير سامر الخطيب النواب بإعلانه أن الحكومة سترفع الأسعار.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحكومة سترفع", "سامر الخطيب", QUOTE_INDIRECT, -1);
    /* posts and accounts speak in a fact-check */
    d = fx_annotate("انتشرت على منصتي «فيسبوك» و«تيك توك» منشورات زعمت أن البلدية قررت منع الأعراس. "
                    "وادعت حسابات أخرى أن القرار نهائي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "البلدية قررت", "منشورات", QUOTE_INDIRECT, -1);
    expect(d, "القرار نهائي", "حسابات أخرى", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_outlet_relays_and_roles_by_nationality(void)
{
    /* "وبحسب الوكالة، قال كيم إن": the outlet only relays; "السفير الروسي" in a deck is the
     * ambassador named later, not the Russian president named before */
    struct doc *d = fx_annotate("كيم لبوتين: سنقف معكم\n"
                                "الزعيم الكوري يؤكد أن بلاده ستقف إلى جانب روسيا، والسفير الروسي في بيونغ يانغ يقول "
                                "إن التوقيع لم يكن مفاجئا.\n"
                                "استقبل الزعيم كيم جونغ أون الرئيس الروسي فلاديمير بوتين في مأدبة رسمية، وفق ما أوردته "
                                "وكالة الأنباء المركزية الكورية.\n"
                                "وبحسب الوكالة، قال كيم إن «الشعب الكوري يقدر عاليا كفاح الشعب الروسي».\n"
                                "من جهته، قال السفير الروسي في بيونغ يانغ ألكسندر ماتسيغورا لوكالة تاس إن التوقيع "
                                "«لم يكن مفاجئا لمن تابع مسار العلاقات».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التوقيع لم يكن", "ألكسندر ماتسيغورا", QUOTE_INDIRECT, -1);
    expect(d, "الشعب الكوري", "كيم جونغ أون", QUOTE_DIRECT, -1);
}

static void test_columnist_and_who_was_asked(void)
{
    /* the writer's own "أعتقد أن" is no quotation (the past اعتقد is); "وحين سُئل X عن ...،
     * ردّ" is X answering */
    struct doc *d = fx_annotate("وقال بيسكوف إن موسكو ليست طرفا. أما أنا، فما زلت أعتقد أن المادة الرابعة لم تكتب "
                                "لكوريا وحدها. واعتقد لافروف أن المعاهدة مهمة.\n"
                                "وحين سُئل وزير الخارجية الإيراني عباس عراقجي عن غياب بند الدفاع، ردّ بأن بلاده قادرة "
                                "على حماية نفسها.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "المادة الرابعة لم") == NULL);
    expect(d, "المعاهدة مهمة", "لافروف", QUOTE_INDIRECT, -1);
    expect(d, "بلاده قادرة", "عباس عراقجي", QUOTE_INDIRECT, -1);
}

static void test_feelings_without_words(void)
{
    /* "أعرب عن قلقه من + NP" reports a feeling, not words (with أن or marks it is a
     * quotation); the role's holder named after it goes on with لكنه; "الوزير عن قلقه"
     * names no one */
    struct doc *d = fx_annotate("وقال المندوب الصيني فو تسونغ إن بكين تعارض القرار.\n"
                                "وأعرب المندوب الكوري الجنوبي هوانغ جون كوك عن خيبة أمل بلاده، لكنه قال إنها "
                                "«ستواصل العمل مع الشركاء».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "خيبة أمل") == NULL);
    expect(d, "ستواصل العمل", "هوانغ جون كوك", QUOTE_DIRECT, -1);
    d = fx_annotate("وأعرب الوزير عن قلقه من أن تتدهور الأوضاع، وأعرب عن «قلق بالغ» إزاء التطورات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "قلقه من أن", "الوزير", QUOTE_INDIRECT, -1);
    expect(d, "«قلق بالغ»", "الوزير", QUOTE_MIXED, -1);
    CHECK(fx_entity(d, "قلقه") == NULL);
}

static void test_headline_with_long_occasion(void)
{
    /* "Name في <occasion naming another person>: ..." is the name's headline */
    struct doc *d = fx_annotate("كيم جونغ أون في مأدبة على شرف بوتين: علاقاتنا مع روسيا قوية\n"
                                "بيونغ يانغ - الميادين\n"
                                "قال الزعيم كيم جونغ أون إن العلاقات مع روسيا قوية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "علاقاتنا مع روسيا", "كيم جونغ أون", -1, RESOLVED_HEADLINE);
}

static void test_others_and_chants(void)
{
    /* "فيما يحذر آخرون من أن": the others speak; a crowd that chants its words */
    struct doc *d = fx_annotate("يرى محللون أن الاعتراف نقل المادة إلى الميدان، فيما يحذر آخرون من أن الغموض قد يجر "
                                "الطرفين إلى حروب.\n"
                                "واحتشد آلاف المواطنين وهم يلوحون بالأعلام ويهتفون «أهلا بالرئيس»، بحسب لقطات بثها التلفزيون.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الغموض قد يجر", "آخرون", QUOTE_INDIRECT, -1);
    CHECK(fx_quote(d, "أهلا بالرئيس") != NULL);
}

static void test_what_the_subject_calls_it(void)
{
    /* "وانتقد الوزير ما وصفه بـ«...»": the subject of the verb before ما speaks, whatever
     * that verb is */
    struct doc *d = fx_annotate("وانتقد وزير الخارجية الروسي ما وصفه بـ«الهستيريا الغربية». "
                                "وهاجمت الصحيفة ما وصفته بـ«الحملة المنظمة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الهستيريا الغربية", "وزير الخارجية الروسي", QUOTE_DIRECT, -1);
    expect(d, "الحملة المنظمة", "الصحيفة", QUOTE_DIRECT, -1);
}

static void test_reports_of_reports_and_contrasts(void)
{
    /* "ذكرت الصحيفة أن المتحدث، X، وصف ... بأنه": the paper relays, X speaks (README
     * ar-74), and what X describes is the object even with a name behind a preposition;
     * "، فيما رفضت السفارة ..." is another actor's clause, not the speaker's words;
     * "فيما شكر X «...» على ما وصفه بـ«...»": the clause's subject calls it so */
    struct doc *d = fx_annotate("وأوردت الصحيفة أن الناطق باسم الحكومة الروسية، أندريه سوكولوف، وصف الاتفاق مع "
                                "بيونغ يانغ بأنه \"قرار سيادي بحت\"، فيما رفضت السفارة الكورية التعليق.\n"
                                "وقال الوزير نيكولاي بارانوف إن المناورات انتهت، فيما هنأ الرئيس ميخائيل فرولوف "
                                "«الجنود» على ما وصفه بـ«الانضباط العالي».\n"
                                "وقالت الباحثة إن موسكو تحصل على الذخيرة، بينما تحصل بيونغ يانغ على الخبرة.\n"
                                "ووصفتها وسائل الإعلام الرسمية في بيونغ يانغ بأنها «خطوة تاريخية».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "قرار سيادي بحت", "أندريه سوكولوف", QUOTE_DIRECT, -1);
    const struct quote *q = fx_quote(d, "قرار سيادي بحت");
    CHECK(q && !strstr(fx_text(d, q->content), "السفارة"));
    CHECK(fx_quote(d, "الناطق باسم") == NULL);
    expect(d, "المناورات انتهت", "نيكولاي بارانوف", QUOTE_INDIRECT, -1);
    q = fx_quote(d, "المناورات انتهت");
    CHECK(q && !strstr(fx_text(d, q->content), "هنأ"));
    expect(d, "الانضباط العالي", "ميخائيل فرولوف", QUOTE_DIRECT, -1);
    q = fx_quote(d, "موسكو تحصل");
    CHECK(q && strstr(fx_text(d, q->content), "الخبرة"));
    expect(d, "خطوة تاريخية", "وسائل الإعلام الرسمية في بيونغ يانغ", QUOTE_DIRECT, -1);
}

static void test_source_of_two_words_and_narrator_circumstance(void)
{
    /* "بحسب وسائل الإعلام": a group of two words is a source; "، وفق ما أفادت X، في خطوة
     * ..." sources the clause before it, and the circumstance after it is the narrator's */
    struct doc *d = fx_annotate("أطلقت كوريا الشمالية قمرا اصطناعيا جديدا، بحسب وسائل الإعلام الرسمية.\n"
                                "وافق البرلمان الروسي على الاتفاقية، وفق ما أفادت وكالة الأنباء الروسية، في خطوة "
                                "تمهد لدخولها حيز التنفيذ.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أطلقت كوريا الشمالية", "وسائل الإعلام الرسمية", QUOTE_INDIRECT, -1);
    expect(d, "وافق البرلمان", "وكالة الأنباء الروسية", QUOTE_INDIRECT, -1);
    const struct quote *q = fx_quote(d, "وافق البرلمان");
    CHECK(q && !strstr(fx_text(d, q->content), "خطوة"));
}

static void test_names_in_marks_semicolons_and_described_numbers(void)
{
    /* a body's original name in marks after a preposition is no quotation; a source after
     * a semicolon opens its clause; "، وهو رقم وصفه X بأنه «...»" is X's, and ends the
     * clause before it; "وقد وصفه X بأنه" is the verb with its object */
    struct doc *d = fx_annotate("وقال الوزير في حديث مع وكالة الأنباء اليابانية \"كيودو نيوز\" اليوم إن \"الحوار هو "
                                "الطريق الوحيد\".\n"
                                "لم يعد ذلك خافيا؛ فبحسب تقديرات الاستخبارات البريطانية، فإن نحو ألفي جندي وصلوا إلى "
                                "الجبهة، وهو رقم وصفه المتحدث باسم الكرملين بأنه «مبالغة».\n"
                                "وقد وصفه رئيس الوزراء بأنه «اتفاق تاريخي».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "كيودو") == NULL);
    expect(d, "الحوار هو", "الوزير", QUOTE_DIRECT, -1);
    const struct quote *q = fx_quote(d, "نحو ألفي جندي");
    CHECK(q != NULL);
    CHECK(q && !strstr(fx_text(d, q->content), "رقم"));
    expect(d, "مبالغة", "المتحدث باسم الكرملين", QUOTE_DIRECT, -1);
    expect(d, "اتفاق تاريخي", "رئيس الوزراء", QUOTE_DIRECT, -1);
    /* "ويذهب إلى أن": held that (ذهب with no أن after it only went somewhere) */
    d = fx_annotate("ويرى الباحث أن الاتفاق هش، ويذهب إلى أن الطرفين «يشتريان الوقت». وذهب الوفد إلى موسكو.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاتفاق هش", "الباحث", QUOTE_INDIRECT, -1);
    expect(d, "الطرفين", "الباحث", QUOTE_MIXED, -1);
    CHECK(d->n_quotes == 2);
    /* "، وهي شراكة قال إنها «...»": a noun the words are and the speaker's own verb of
     * saying with its complementiser, a quotation of its own that ends the clause before */
    /* (whose speaker is the one of the words before, not a person they name) */
    d = fx_annotate("وأضاف المسؤول أن العلاقات تحكمها الشراكة التي أرساها الملك محمد السادس، وهي شراكة قال إنها "
                    "\"لا تتعارض مع الشراكات الأخرى\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    q = fx_quote(d, "العلاقات تحكمها");
    CHECK_STR(q ? fx_text(d, q->content) : NULL, "العلاقات تحكمها الشراكة التي أرساها الملك محمد السادس");
    expect(d, "لا تتعارض", "المسؤول", QUOTE_DIRECT, RESOLVED_ELIDED);
}

static void test_plural_sources_after_a_single_one(void)
{
    /* "المصادر" (and "المصادر ذاتها") are the sources quoted before, not the one source
     * quoted since */
    struct doc *d = fx_annotate("وأفادت مصادر حكومية مطلعة بأن الوفد وصل إلى الدوحة. وقال مصدر أمني محلي إن الطرق "
                                "أغلقت. وأضافت المصادر أن المحادثات تستمر يومين. وأوضحت المصادر ذاتها أن الجدول "
                                "لم يتغير.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الطرق", "مصدر أمني محلي", QUOTE_INDIRECT, -1);
    expect(d, "المحادثات", "مصادر حكومية مطلعة", QUOTE_INDIRECT, -1);
    expect(d, "الجدول", "مصادر حكومية مطلعة", QUOTE_INDIRECT, -1);
}

static void test_duals_and_journalists_told(void)
{
    /* "ويحذر الباحثان من أن": the dual of a role speaks; "حين قال للصحافيين إن": the
     * journalists are whom he told, the subject is the man named before */
    struct doc *d = fx_annotate("ويحذر الباحثان من أن العقوبات فقدت أثرها. وقالت الخبيرتان إن الحل سياسي.\n"
                                "وبدا الوزير سيرغي تيخونوف أكثر وضوحا حين قال للصحافيين إن الاتفاق «نهائي».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العقوبات فقدت", "الباحثان", QUOTE_INDIRECT, -1);
    expect(d, "الحل سياسي", "الخبيرتان", QUOTE_INDIRECT, -1);
    expect(d, "الاتفاق «نهائي»", "سيرغي تيخونوف", QUOTE_MIXED, -1);
}

static void test_person_relays_a_named_person(void)
{
    /* "وأوضح X أن السفير Y أبلغ اللجنة أن ...": X only relays, Y speaks; not "أعتقد أن
     * جولة الوزيرة Y كانت محاولة لطمأنة ... بأن", whose subject is the tour */
    struct doc *d = fx_annotate("وأوضح النائب سالم الجبوري أن السفير الصيني وانغ لي أبلغ اللجنة أن بكين \"لن تتدخل\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بكين", "وانغ لي", QUOTE_MIXED, -1);
    CHECK(d->n_quotes == 1);
    /* a dateline and the writer's name under a headline are no quotation */
    d = fx_annotate("الحكومة تدرس العرض\nعمان: ر. حداد\nقال الوزير إن العرض جيد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "ر. حداد") == NULL);
    expect(d, "العرض جيد", "الوزير", QUOTE_INDIRECT, -1);
    /* (and the date after a bar) */
    d = fx_annotate("الحكومة تدرس العرض\nالرباط: حسناء الزياني | الثلاثاء 05 نونبر 2024\nقال الوزير إن العرض جيد.\n");
    CHECK(d != NULL);
    CHECK(d && fx_quote(d, "حسناء الزياني") == NULL);
    /* "استطرد السفير في الحديث عن ...، مبينا أن": "في الحديث" is how he spoke, not where
     * the ambassador serves; the ambassador is the one named before */
    d = fx_annotate("قال السفير الإيطالي في عمان، ماركو روسي، إن الزيارة ناجحة. وحول التجارة، استطرد السفير في الحديث "
                    "عن الصادرات، مبينا أن الأرقام \"مشجعة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأرقام", "ماركو روسي", QUOTE_MIXED, -1);
}

static void test_described_by_a_group_with_the_object_on_the_verb(void)
{
    /* "وصفها مراقبون بأنها": with its object on the verb, the group after it speaks; in a
     * clause on an indefinite noun before the sentence's own, the words end at its comma */
    struct doc *d = fx_annotate("في خطوة وصفها محللون بأنها \"منعطف خطير\" في العلاقات الإقليمية، جمّدت الحكومة "
                                "المحادثات مع جيرانها.\nووصفها خبراء بأنها «قرار متسرع».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "\"منعطف خطير\" في العلاقات", "محللون", QUOTE_MIXED, -1);
    const struct quote *q = fx_quote(d, "\"منعطف خطير\"");
    CHECK(q && !strstr(fx_text(d, q->content), "جمّدت"));
    expect(d, "قرار متسرع", "خبراء", QUOTE_DIRECT, -1);
}

static void test_wire_participle_without_comma(void)
{
    /* wire copy: "... التطورات الاخيرة مؤكدا ان ..." — a participle before its own أن
     * clause opens the next quotation, comma or not; «بقلق بالغ» is no organisation */
    struct doc *d = fx_annotate("بكين - 3 - 5 (كونا) -- قال المتحدث لي وي ان بلاده تتابع \"بقلق بالغ\" الوضع في "
                                "المنطقة مؤكدا ان الحوار هو السبيل الوحيد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بلاده تتابع", "لي وي", QUOTE_MIXED, -1);
    const struct quote *q = fx_quote(d, "بلاده تتابع");
    CHECK(q && !strstr(fx_text(d, q->content), "مؤكدا"));
    expect(d, "الحوار هو", "لي وي", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "بقلق بالغ") == NULL);
}

static void test_live_page_time_and_label(void)
{
    /* "03:18 م | عاجل | X: ...": a time, a label, then the speaker's line; a Chinese
     * syllable that reads as a particle (فان) before أن ends the name */
    struct doc *d = fx_annotate("تغطية مباشرة\n11:05 ص | عاجل | الكرملين: لا تعليق على التقارير\n"
                                "وقال الباحث وانغ يي فان أن الخطوة \"محسوبة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لا تعليق", "الكرملين", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "وانغ يي فان") != NULL);
}

static void test_headline_title_adjective_and_where(void)
{
    /* "وزير أسبق في ديوانية الخطيب: ...": an unnamed title and its adjective, then where
     * it was said (a gathering named after its host); the speaker is the former minister
     * of the body, not the host */
    struct doc *d = fx_annotate("وزير أسبق في ديوانية الخطيب: الخليج أمام اختبار صعب\n"
                                "استضافت ديوانية النائب السابق عمر الخطيب ندوة حوارية.\n"
                                "وقال وزير الإعلام الأسبق سعد العلي إن الخليج أمام اختبار صعب هذا العام.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->n_quotes == 2);
    for (int32_t i = 0; i < d->n_quotes; i++)
        CHECK_STR(d->quotes[i].speaker_name, "سعد العلي");
    /* "المخابرات:": the intelligence service by its short name heads a headline */
    d = fx_annotate("المخابرات: الوحدات عادت إلى الجبهة\nوقال جهاز المخابرات العامة إن الوحدات عادت إلى الجبهة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->n_quotes == 2);
}

static void test_honorifics_and_object_after_a_ministers_title(void)
{
    /* "وأكد معالي السيد وزير الخارجية موقف ...، مشيرًا إلى أن": the honorifics say nothing
     * of who holds the title, and the bare noun after "الخارجية" is the verb's object; the
     * minister is the one named before */
    struct doc *d = fx_annotate("وقال وزير الخارجية خليل العامري إن المباحثات مثمرة. وأكد معالي السيد وزير الخارجية "
                                "موقف المملكة الثابت، مشيرًا إلى أن الحوار \"هو الطريق الوحيد\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحوار", "خليل العامري", QUOTE_MIXED, -1);
    /* a bloc's name in marks after تكتّل is a name, not the words */
    d = fx_annotate("وقال عضو تكتّل «لبنان القوي» النائب سامي حداد لـ«الجمهورية» إنّ «الحياد ضرورة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "لبنان القوي") == NULL);
    expect(d, "الحياد ضرورة", "سامي حداد", QUOTE_DIRECT, -1);
    /* a group of two words as the subject of the clause before an elided verb of saying */
    d = fx_annotate("رحبت وسائل إعلام إيرانية بالاتفاق، وقالت إن العقوبات فشلت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العقوبات فشلت", "وسائل إعلام إيرانية", QUOTE_INDIRECT, -1);
    /* a country's or a camp's media speaking as one */
    d = fx_annotate("وذكر الإعلام الرسمي أن الزعيم زار المصنع. ووصفه الإعلام الغربي بـ«استعراض القوة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الزعيم زار", "الإعلام الرسمي", QUOTE_INDIRECT, -1);
    expect(d, "استعراض القوة", "الإعلام الغربي", QUOTE_DIRECT, -1);
    /* a tally's author speaks for it */
    d = fx_annotate("وبحسب إحصاء أجرته وكالة رويترز، فإن الأسعار ارتفعت بنسبة عشرة في المئة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأسعار ارتفعت", "رويترز", QUOTE_INDIRECT, -1);
    /* an account by the name it carries, in marks (a name, not the words); "، فيما أرفقت
     * حسابات أخرى" is other accounts' act */
    d = fx_annotate("وكتب حساب يحمل اسم «عين الشام»، يتابعه خمسون ألف شخص: «الجسر سقط».\n"
                    "وادعى حساب يحمل اسم «نبض المدينة» أن المطار «أغلق نهائيا»، فيما أرفقت حسابات أخرى صورا قديمة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "عين الشام") == NULL);
    expect(d, "الجسر سقط", "حساب يحمل اسم «عين الشام»", QUOTE_DIRECT, -1);
    const struct quote *q = fx_quote(d, "المطار");
    CHECK(q && !strstr(fx_text(d, q->content), "أرفقت"));
}

static void test_headline_with_its_source_in_parentheses(void)
{
    /* an agency headline closed by its source in parentheses: the source speaks it (not a
     * label such as "(فيديو)") */
    struct doc *d = fx_annotate("ارتفاع صادرات التمور بنسبة 12 بالمائة خلال الموسم (وزارة الفلاحة)\n"
                                "تونس (وات) - سجلت صادرات التمور ارتفاعا ملحوظا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ارتفاع صادرات التمور", "وزارة الفلاحة", QUOTE_INDIRECT, -1);
    d = fx_annotate("ماذا يعني الاتفاق الجديد للمنطقة؟ (فيديو)\nيشرح التقرير التالي أبعاد الاتفاق.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "ماذا يعني") == NULL);
}

static void test_medial_and_final_sources_with_ma(void)
{
    /* "، وفقا لما ذكرته X." sources the clause before it; "وأضاف X، حسبما أفادت الوكالة،
     * أن": X speaks, the agency only relays */
    struct doc *d = fx_annotate("ووقع الزعيمان المعاهدة يوم الأربعاء، وفقا لما ذكرته وكالة الأنباء المركزية الكورية.\n"
                                "وقال بوتين إن العلاقات قوية. وأضاف بوتين، حسبما أفادت الوكالة، أن روسيا «لا تستبعد» "
                                "تطوير التعاون.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ووقع الزعيمان", "وكالة الأنباء المركزية الكورية", QUOTE_INDIRECT, -1);
    expect(d, "روسيا «لا تستبعد»", "بوتين", QUOTE_MIXED, -1);
}

static void test_praise_and_clause_of_time(void)
{
    /* "مشيدا بـ«...»" quotes the marked words (أشاد بالموقف is an act); "فيما اكتفى X، حين
     * سئل عن ...، بالقول إن": X */
    struct doc *d = fx_annotate("وقال الوزير إن القوات أنجزت المهمة، مشيدا بـ«البطولة والتفاني» اللذين أبداهما "
                                "العسكريون. وأشاد الوزير بالموقف الصيني.\n"
                                "ووصف بيسكوف التقارير بأنها «ادعاءات»، فيما اكتفى بوتين، حين سئل عن الصور على هامش "
                                "القمة في قازان، بالقول إن تطبيق المعاهدة «لا يخص أحدا سوانا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "البطولة والتفاني", "الوزير", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "الموقف الصيني") == NULL);
    expect(d, "تطبيق المعاهدة", "بوتين", QUOTE_MIXED, -1);
}

static void test_items_of_a_reported_list(void)
{
    /* a reported clause ending its line with a colon, over numbered lines: each item is
     * the same speaker's; a list after narration is not */
    struct doc *d = fx_annotate("وقال الدكتور حسام الدين البنا، أستاذ العلوم السياسية، إن المعاهدة تحمل 3 رسائل:\n"
                                "1- الأولى لواشنطن، وهي أن العقوبات لم تعد تجدي.\n"
                                "2- الثانية لحلفاء الولايات المتحدة في سول وطوكيو.\n"
                                "وشملت الإجراءات ما يلي:\n"
                                "- إغلاق المعابر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأولى لواشنطن", "حسام الدين البنا", QUOTE_INDIRECT, -1);
    expect(d, "الثانية لحلفاء", "حسام الدين البنا", QUOTE_INDIRECT, -1);
    CHECK(fx_quote(d, "إغلاق المعابر") == NULL);
}

static void test_relative_of_the_same_speaker(void)
{
    /* "وهو ما يصفه بـ«...»": no one after the verb, the speaker just quoted calls it so */
    struct doc *d = fx_annotate("ويرى دمير أوغلو أن تركيا تجد نفسها في موقع صعب، وهو ما يصفه بـ«الحبل المشدود».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحبل المشدود", "دمير أوغلو", QUOTE_DIRECT, -1);
}

static void test_latin_outlet_told(void)
{
    /* "فيقول لـTRT عربي إن": a Latin outlet written onto the ل is whom it told */
    struct doc *d = fx_annotate("أما الباحث في معهد موسكو، إيغور ماتفييف، فيقول لـTRT عربي إن الغرب «هو من دفع موسكو إلى "
                                "هذا التقارب».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الغرب «هو", "إيغور ماتفييف", QUOTE_MIXED, -1);
}

static void test_in_his_words(void)
{
    /* "وبتعبير المستشرق، فإن": in the orientalist's words; "وبتعبير آخر" names no one */
    struct doc *d = fx_annotate("ويرى المستشرق الروسي أندريه فولكوف أن المعاهدة «أعادت العلاقات». وبتعبير المستشرق، فإن "
                                "واشنطن «دفعت البلدين دفعا» إلى هذا التقارب. وبتعبير آخر، فإن الحرب طويلة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "واشنطن «دفعت", "أندريه فولكوف", QUOTE_MIXED, -1);
    CHECK(fx_quote(d, "الحرب طويلة") == NULL);
}

static void test_circles_and_outlet_on_lam(void)
{
    /* "أوساط ديبلوماسية" speak unnamed; "السفير الروسي لشفق نيوز:" is the ambassador's
     * headline, the outlet written onto its ل only whom he told */
    struct doc *d = fx_annotate("السفير الروسي لشفق نيوز: معاهدتنا لا تمس علاقاتنا بالعراق\n"
                                "شفق نيوز/ أكد السفير الروسي لدى العراق، إلبروس كوتراشيف، أن المعاهدة لا تستهدف أحدا.\n"
                                "وقالت أوساط ديبلوماسية أوروبية في موسكو إن العواصم الغربية «فوجئت بالتوقيت».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "معاهدتنا لا تمس", "إلبروس كوتراشيف", -1, -1);
    expect(d, "العواصم الغربية", "أوساط ديبلوماسية أوروبية في موسكو", QUOTE_MIXED, -1);
}

static void test_marked_head_with_its_complement(void)
{
    /* a marked head and the phrase it governs are one mixed quotation, up to the comma;
     * "في ..." and a place after the marks says where, and they stay direct */
    struct doc *d = fx_annotate("ودعا الوزير إلى «يقظة دبلوماسية» إزاء انعكاساته المحتملة، فيما اكتفى النائب بالصمت. "
                                "ووصف السفير المعاهدة بأنها «انتهاك صريح» للعقوبات الدولية. "
                                "وحذر المندوب من «تصعيد خطير» في شبه الجزيرة الكورية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "«يقظة دبلوماسية» إزاء انعكاساته المحتملة");
    CHECK(q != NULL && q->type == QUOTE_MIXED && !strstr(fx_text(d, q->content), "فيما"));
    expect(d, "«انتهاك صريح» للعقوبات", "السفير", QUOTE_MIXED, -1);
    expect(d, "تصعيد خطير", "المندوب", QUOTE_DIRECT, -1);
    /* ل on a noun with a pronoun governed by the marked head; in a relative clause the
     * marks alone */
    d = fx_annotate("وقالت الوزارة إنها تأسف للتصديق، داعية روسيا إلى «الوقف الفوري» لتعاونها العسكري مع بيونغ "
                    "يانغ. وردا على المندوبة "
                    "ليندا غرينفيلد، التي اتهمت موسكو بـ«انتهاك صريح» لقرارات المجلس، قال السفير إن الاتهام باطل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "«الوقف الفوري» لتعاونها", "الوزارة", QUOTE_MIXED, -1);
    expect(d, "انتهاك صريح", "ليندا غرينفيلد", QUOTE_DIRECT, -1);
    /* a marked noun in construct with a genitive outside the marks, a name or a definite
     * noun; not a preposition's phrase that says how */
    d = fx_annotate("ودعا الوزير إلى «محاسبة» بيونغ يانغ وموسكو. "
                    "وأشاد الرئيس بـ«بطولة» الجنود الكوريين. "
                    "والخارجية تتابع «باهتمام» التطورات في المنطقة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "«محاسبة» بيونغ يانغ وموسكو", "الوزير", QUOTE_MIXED, -1);
    expect(d, "«بطولة» الجنود الكوريين", "الرئيس", QUOTE_MIXED, -1);
    CHECK(fx_quote(d, "«باهتمام» التطورات في المنطقة") == NULL);
    /* a preposition with its pronoun, ل on a state, بعيدا عن and بدلا من go on too */
    d = fx_annotate("وقال الرئيس إن المعاهدة دفاعية، مشيدا بـ\"الموقف المبدئي\" لروسيا في دعم الشعب. "
                    "ودعا المبعوث الأطراف الليبية إلى «توحيد المؤسسة العسكرية» بعيداً عن أي نفوذ خارجي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "\"الموقف المبدئي\" لروسيا", "الرئيس", QUOTE_MIXED, -1);
    expect(d, "«توحيد المؤسسة العسكرية» بعيداً عن", "المبعوث", QUOTE_MIXED, -1);
}

static void test_science_is_no_verb(void)
{
    /* علم is "science" far more often than "he learned" (علمت X من Y أن keeps its cue) */
    struct doc *d = fx_annotate("تقرأ أستاذة علم الاجتماع، الدكتورة نادين الحاج، هذا الانقسام بوصفه «امتدادا لانقسام قديم».\n"
                                "وعلمت «الشرق الأوسط» من مصادر مطلعة أن الزيارة تأجلت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    for (int32_t i = 0; i < d->n_quotes; i++)
        CHECK(!d->quotes[i].speaker_name || !strstr(d->quotes[i].speaker_name, "أستاذة"));
    expect(d, "الزيارة تأجلت", "مصادر مطلعة", QUOTE_INDIRECT, -1);
}

static void test_read_as_words_in_marks(void)
{
    /* "قرأ X المعاهدة بوصفها «...»": the words are the sentence's subject's, whatever the
     * gender of the thing read; without marks "بوصفها" only says what the subject is */
    struct doc *d = fx_annotate("وقدم نائب وزير الخارجية الروسي أندريه رودينكو المعاهدة إلى النواب بوصفها «ردا طبيعيا على "
                                "الحصار». وقال الباحث سليم أوزتورك إن تركيا، بوصفها عضوا في الناتو، ستتابع المعاهدة بحذر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ردا طبيعيا على الحصار", "أندريه رودينكو", QUOTE_DIRECT, -1);
    expect(d, "تركيا، بوصفها عضوا في الناتو، ستتابع", "سليم أوزتورك", QUOTE_INDIRECT, -1);
    CHECK_INT(d->n_quotes, 2);
}

static void test_as_being_after_a_name_in_marks_stays_in_the_clause(void)
{
    /* "أن الرياض تتعامل مع موسكو داخل "أوبك+" بوصفها "..."": a name in marks before بوصفها
     * ends no clause, so the marked words stay in the analyst's one mixed quotation */
    struct doc *d = fx_annotate("وأوضح المحلل النفطي سالم العتيبي أن الرياض تتعامل مع موسكو داخل \"أوبك+\" بوصفها "
                                "\"شريكا في إدارة السوق، لا حليفا سياسيا\"، مشيرا إلى أن قرارات الإنتاج فنية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الرياض تتعامل مع موسكو داخل \"أوبك+\" بوصفها \"شريكا في إدارة السوق، لا حليفا سياسيا\"", "سالم العتيبي",
           QUOTE_MIXED, -1);
    CHECK_INT(d->n_quotes, 2);
}

static void test_the_speakers_own_as_he_says_aside_inside_the_words(void)
{
    /* "فروسيا، كما يقول، «...»": the aside set off by commas is the speaker's own, and his
     * words go on after it; "، كما يقول الحداد،", with a subject of its own, is not */
    struct doc *d = fx_annotate("ويرى الكاتب محمود الزعانين أن على الفلسطينيين الحذر، فروسيا، كما يقول، "
                                "\"تحتفظ بعلاقات واسعة مع إسرائيل\". "
                                "وأكد الخبير كريم سالم أن المبدأ يفرض عليها، كما قال، «أن تتكلم مع الجميع».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "على الفلسطينيين الحذر، فروسيا، كما يقول، \"تحتفظ بعلاقات واسعة مع إسرائيل\"", "محمود الزعانين",
           QUOTE_MIXED, -1);
    expect(d, "المبدأ يفرض عليها، كما قال، «أن تتكلم مع الجميع»", "كريم سالم", QUOTE_MIXED, -1);
    CHECK_INT(d->n_quotes, 2);
}

static void test_whom_a_relative_verb_told_and_a_kunya_after_a_clitic(void)
{
    /* "لأم محمد السرساوي، ...، التي قالت لمراسل الإذاعة:": the kunya keeps its أم behind
     * the clitic, and after التي the words in ل are whom she told, not who spoke */
    struct doc *d = fx_annotate("ولم تكن نقاشات نيويورك تعني شيئا لأم محمد السرساوي، النازحة من حي الشجاعية، "
                                "التي قالت لمراسل الإذاعة: «نحن نموت كل يوم ولا أحد يسأل عنا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "نحن نموت كل يوم ولا أحد يسأل عنا", "أم محمد السرساوي", QUOTE_DIRECT, -1);
    CHECK_INT(d->n_quotes, 1);
}

static void test_a_that_verb_inside_the_subjects_title_and_an_honorific_referring_back(void)
{
    /* "وأوضح X، الكاتب العام لمهنيي قطع غيار السيارات، أن": قطع ("asserted" before أن) is
     * a noun of the title, the أن أوضح's; "ودعا الشيخ الأسر": the honorific that named
     * someone before is him again, الأسر the verb's object */
    struct doc *d = fx_annotate("وأوضح كريم بنسودة، الكاتب العام لجمعية مهنيي قطع غيار السيارات، أن عشرين شركة توقفت عن التصدير. "
                                "وقال الشيخ عثمان البدوي، إمام مسجد الشهيد، إن الأسرة \"أمانة\". "
                                "ودعا الشيخ الأسر إلى الدعاء لأبنائها، محذرا من أن \"الفتن لا تفرق بين أحد\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "عشرين شركة توقفت عن التصدير", "كريم بنسودة", QUOTE_INDIRECT, -1);
    expect(d, "الفتن لا تفرق بين أحد", "عثمان البدوي", QUOTE_DIRECT, -1);
    for (int32_t i = 0; i < d->n_entities; i++)
        CHECK(strcmp(d->entities[i].name, "الأسر") != 0);
}

static void test_a_fronted_place_is_no_subject_and_ali_ends_a_name_set_off(void)
{
    /* "ومن الإسكندرية، اتصلت المستمعة X، وقالت:": the place in من opens no subject, the
     * caller speaks; "، شيار علي،": علي written with ي ends a name set off by commas */
    struct doc *d = fx_annotate("ومن الإسكندرية، اتصلت المستمعة سعاد حسن، وقالت: «ابني تعلم الروسية ولم يجد عملا». "
                                "وقال الرئيس المشترك لهيئة الإدارة المحلية، شيار علي، إن الإدارة \"لا تملك معلومات دقيقة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ابني تعلم الروسية ولم يجد عملا", "سعاد حسن", QUOTE_DIRECT, -1);
    expect(d, "الإدارة \"لا تملك معلومات دقيقة\"", "شيار علي", QUOTE_MIXED, -1);
}

static void test_a_family_name_in_ould_used_alone(void)
{
    /* "ودعا ولد سيدي عبد الله الحكومة": the Mauritanian family name in ولد read before
     * keeps its ولد when used alone, and names the same man */
    struct doc *d = fx_annotate("ويرى الخبير الاقتصادي الشيخ ولد سيدي عبد الله، أستاذ الاقتصاد بجامعة نواكشوط، أن موريتانيا "
                                "\"تدفع ثمن صراع بعيد\". ودعا ولد سيدي عبد الله الحكومة إلى \"مراجعة شفافة لاتفاقيات الصيد\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "مراجعة شفافة لاتفاقيات الصيد", "ولد سيدي عبد الله", QUOTE_DIRECT, -1);
    for (int32_t i = 0; i < d->n_entities; i++)
        CHECK(strcmp(d->entities[i].name, "سيدي عبد الله") != 0);
}

static void test_a_foreign_name_in_marks_after_a_bodys_description(void)
{
    /* "شركة الطيران الروسية «أيروفلوت»": the name in marks no dictionary knows is the
     * company's; "وزارة الدفاع «مستعدة للرد»", common words, is what was said */
    struct doc *d = fx_annotate("وكانت شركة الطيران الروسية «أيروفلوت» قد أعلنت أنها \"تدرس استئناف الرحلات المباشرة\". "
                                "وقالت وزارة الدفاع إنها «مستعدة للرد».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تدرس استئناف الرحلات المباشرة", "أيروفلوت", QUOTE_DIRECT, -1);
    expect(d, "مستعدة للرد", "وزارة الدفاع", QUOTE_DIRECT, -1);
}

static void test_a_colleague_named_after_the_verb_and_monitors_and_shrines_as_sources(void)
{
    /* "ورد زميلها كريم رمضان بأن": the noun with her pronoun before a person's name is
     * who he is to her, not the verb's object; مراصد and a shrine administration speak */
    struct doc *d = fx_annotate("وقالت المذيعة ياسمين عز الدين إن البنزين \"حديث كل بيت\". ورد زميلها كريم رمضان بأن الإجابة "
                                "\"عند الضيوف\". وحسب مراصد الطيران المحلية، فإن عدد الطلعات تراجع. وبحسب إحصاءات العتبة "
                                "الحسينية المقدسة، فإن أعداد الزائرين تجاوزت أربعة ملايين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الإجابة \"عند الضيوف\"", "كريم رمضان", QUOTE_MIXED, -1);
    expect(d, "عدد الطلعات تراجع", "مراصد الطيران المحلية", QUOTE_INDIRECT, -1);
    expect(d, "أعداد الزائرين تجاوزت أربعة ملايين", "العتبة الحسينية المقدسة", QUOTE_INDIRECT, -1);
}

static void test_a_compound_given_name_with_a_title_word_before_ould(void)
{
    /* "محمد الأمين ولد ابّاه": الأمين (also "the secretary") between a given name and ولد
     * is the second half of the given name, not a title over "ولد ابّاه" */
    struct doc *d = fx_annotate("وفي نواذيبو، يشتكي محمد الأمين ولد ابّاه، صاحب مصنع لدقيق السمك، من تراجع الطلب. "
                                "يقول: \"الزبون الأوروبي صار يطلب منا وثائق\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الزبون الأوروبي صار يطلب منا وثائق", "محمد الأمين ولد اباه", QUOTE_DIRECT, -1);
}

static void test_an_energy_company_named_after_its_state(void)
{
    /* "قطر للطاقة": a company named by its state and sector is the company, not Qatar */
    struct doc *d = fx_annotate("وقالت شركة قطر للطاقة في بيان إنها \"ملتزمة بتعهداتها تجاه جميع عملائها\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ملتزمة بتعهداتها تجاه جميع عملائها", "شركة قطر للطاقة", QUOTE_DIRECT, -1);
    int company = 0;
    for (int32_t i = 0; i < d->n_entities; i++)
        company |= d->entities[i].type == ENT_ORG && !strcmp(d->entities[i].name, "قطر للطاقة");
    CHECK(company);
}

static void test_a_trade_noun_refers_back_to_its_holder(void)
{
    /* "ويضيف الخباز أن": a trade a vox pop names its speaker by refers back to the man
     * the text gave that trade */
    struct doc *d = fx_annotate("وقال بلقاسم عمراني، خباز منذ ثلاثين سنة، إن \"الفرينة موجودة\". "
                                "ويضيف الخباز أن سعر الخبز المدعم \"لم يتغير\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "سعر الخبز المدعم \"لم يتغير\"", "بلقاسم عمراني", QUOTE_MIXED, -1);
}

static void test_claiming_as_a_participle(void)
{
    /* "، مدعية أن": the participle of ادّعى goes on with the subject's words; the title
     * "المدعية العامة" is no cue */
    struct doc *d = fx_annotate("وزعمت القيادة المركزية الأمريكية أن قواتها \"دمرت عددا من المسيرات\"، مدعية أن الهجمات "
                                "\"تهدد حرية الملاحة\". وقالت المدعية العامة سارة جونز إن القضية \"معقدة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الهجمات \"تهدد حرية الملاحة\"", "القيادة المركزية الأمريكية", QUOTE_MIXED, -1);
    expect(d, "القضية \"معقدة\"", "سارة جونز", QUOTE_MIXED, -1);
    CHECK_INT(d->n_quotes, 3);
}

static void test_a_son_of_a_place_is_the_man_in_focus(void)
{
    /* "ويضيف ابن مدينة سطيف أن": the son of a place is an epithet for the man speaking,
     * no person of that name */
    struct doc *d = fx_annotate("ويرى المدرب الجزائري عبد الحكيم سليماني أن الودية \"حاجة عادية\" بالنسبة للروس. "
                                "ويضيف ابن مدينة سطيف أن المستوى الفني \"ما زال محترما\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المستوى الفني \"ما زال محترما\"", "عبد الحكيم سليماني", QUOTE_MIXED, -1);
    for (int32_t i = 0; i < d->n_entities; i++)
        CHECK(strcmp(d->entities[i].name, "ابن مدينة") != 0);
}

static void test_a_farmer_and_agriculture_and_a_lecturer_and_a_lecture(void)
{
    /* "وأكد الفلاح أن": the Maghreb's farmer is a role noun, but الفلاحة is "agriculture"
     * and goes on with a body's name; المحاضر is a lecturer, محاضرة "a lecture" */
    struct doc *d = fx_annotate("وقال الفلاح سعيد بن عمر إن المحصول \"ضعيف جدا\". "
                                "وأكد الفلاح أن تكلفة الإنتاج ارتفعت. "
                                "وقال الاتحاد التونسي للفلاحة والصيد البحري إن الأسعار \"لا تغطي الكلفة\". "
                                "وأوضح المحاضر علي بن صالح أن الحرب \"طويلة\". "
                                "وقالت طالبة إنها تحضر كل محاضرة عشان تتعلم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تكلفة الإنتاج ارتفعت", "سعيد بن عمر", QUOTE_INDIRECT, -1);
    expect(d, "الأسعار \"لا تغطي الكلفة\"", "الاتحاد التونسي للفلاحة والصيد البحري", QUOTE_MIXED, -1);
    expect(d, "الحرب \"طويلة\"", "علي بن صالح", QUOTE_MIXED, -1);
    CHECK(fx_entity(d, "تتعلم") == NULL);
}

static void test_a_family_name_in_nisba_after_a_compound_given_name_or_before_bianna(void)
{
    /* "المحلل السياسي نور الدين حكيمي": after a title, a word, الدين and a bare nisba
     * make a name, whatever words the dictionary reads in them; and "وعلقت زميلته ريم
     * العتيبي بأن": a given name and a family name in ي before بأن */
    struct doc *d = fx_annotate("ويرى المحلل السياسي نور الدين حكيمي، أستاذ العلوم السياسية، أن واشنطن \"لن تغامر\". "
                                "وافتتح المذيع فهد الدوسري الفقرة بسؤال. "
                                "وعلقت زميلته ريم العتيبي بأن \"الموضوع أكبر من البنزين\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "واشنطن \"لن تغامر\"", "نور الدين حكيمي", QUOTE_MIXED, -1);
    expect(d, "الموضوع أكبر من البنزين", "ريم العتيبي", QUOTE_DIRECT, -1);
}

static void test_a_body_named_by_its_remit_after_a_governing_participle(void)
{
    /* "مصدر مسؤول بكتابة الدولة المكلفة بالصيد البحري": a participle that governs ب keeps
     * its remit in the source's phrase and in the body's name; "ورحبت الوزارة | بالقرار"
     * still ends at the verb's object */
    struct doc *d = fx_annotate("وأكد مصدر مسؤول بكتابة الدولة المكلفة بالصيد البحري، في تصريح للصحيفة، أن الاتفاق "
                                "\"تقني محض\". وقالت المندوبية السامية المكلفة بالتخطيط إن النمو \"ضعيف\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاتفاق \"تقني محض\"", "مصدر مسؤول بكتابة الدولة المكلفة بالصيد البحري", QUOTE_MIXED, -1);
    expect(d, "النمو \"ضعيف\"", "المندوبية السامية المكلفة بالتخطيط", QUOTE_MIXED, -1);
    CHECK(fx_entity(d, "كتابة الدولة المكلفة بالصيد البحري") != NULL);
}

static void test_a_negated_adjective_goes_on_with_a_bodys_name(void)
{
    /* "إدارة الجمارك والضرائب غير المباشرة": غير and the adjective it negates are part of
     * the body's name and of its source's phrase */
    struct doc *d = fx_annotate("من جهته، أفاد مصدر من إدارة الجمارك والضرائب غير المباشرة بالناظور، فضل عدم الكشف عن "
                                "هويته، بأن مصالح الجمارك \"تخضع كل الشحنات للمراقبة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "مصالح الجمارك \"تخضع كل الشحنات للمراقبة\"", "مصدر من إدارة الجمارك والضرائب غير المباشرة بالناظور",
           QUOTE_MIXED, -1);
    CHECK(fx_entity(d, "إدارة الجمارك والضرائب غير المباشرة") != NULL);
}

static void test_a_bodys_one_word_name_before_an_honorific_and_a_university_named_after_abi(void)
{
    /* "الأمين العام لغرفة التجارة والصناعة تافنة، السيد محمد ...": the bare word before
     * the honorific names the body, the honorific's name its holder; "جامعة أبي بكر بلقايد"
     * is named after a man in the genitive of أبو, and the doctor after it speaks */
    struct doc *d = fx_annotate("وأوضح الأمين العام لغرفة التجارة والصناعة تافنة، السيد محمد الأمين بن عودة، في تصريح "
                                "للإذاعة، أن الغرفة تلقت \"أكثر من ستين شكوى\". ويرى الخبير الاقتصادي والأستاذ بجامعة "
                                "أبي بكر بلقايد الدكتور عبد القادر مسعودي أن المشكلة \"ليست في العقوبات وحدها\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الغرفة تلقت \"أكثر من ستين شكوى\"", "محمد الأمين بن عودة", QUOTE_MIXED, -1);
    expect(d, "المشكلة \"ليست في العقوبات وحدها\"", "عبد القادر مسعودي", QUOTE_MIXED, -1);
    CHECK(fx_entity(d, "جامعة أبي بكر بلقايد") != NULL);
    CHECK(fx_entity(d, "تافنة") == NULL);
    CHECK(fx_entity(d, "غرفة التجارة والصناعة تافنة") != NULL);
}

static void test_an_honorific_as_a_family_name_and_then_alone(void)
{
    /* "مقدمة البرنامج، مريم السيد،": after a given name and before a mark, السيد is the
     * family name, and "وختمت السيد الحلقة" is her again, not a man called الحلقة */
    struct doc *d = fx_annotate("استهلت مقدمة برنامج «نبض الخليج»، مريم السيد، الحلقة بالتذكير بأن المعاهدة \"لم تبق "
                                "حبرا على ورق\". ورأى المحلل السياسي عادل المناعي أن الخطر كبير. وختمت السيد الحلقة "
                                "بالقول إن أمن الخليج \"مسؤولية أبنائه أولا\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أمن الخليج \"مسؤولية أبنائه أولا\"", "مريم السيد", QUOTE_MIXED, -1);
    CHECK(fx_entity(d, "الحلقة") == NULL);
}

static void test_a_commentary_broadcast_by_an_agency_and_its_role_noun_before_fi(void)
{
    /* "وجاء في تعليق بثته الوكالة أن": a commentary is a statement, the agency its author;
     * "فيما وصفت الوكالة في تعليق منفصل العقوبات بأنها": the role noun before في and
     * where it spoke (في بيان) is the subject, not what is described; "تعليق الرحلات"
     * names no one */
    struct doc *d = fx_annotate("نقلت وكالة الأنباء المركزية الكورية عن وزيرة الخارجية تشوي سون هوي قولها إن \"الصداقة "
                                "قوية\"، فيما وصفت الوكالة في بيان منفصل العقوبات الغربية بأنها \"سلاح صدئ\". وقال "
                                "الباحث كريم سالم إن الحرب طويلة. وجاء في تعليق بثته الوكالة أن المعاهدة ستبقى \"درعا "
                                "منيعا\". وأكدت الشركة تعليق الرحلات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "سلاح صدئ", "وكالة الأنباء المركزية الكورية", QUOTE_DIRECT, -1);
    expect(d, "المعاهدة ستبقى \"درعا منيعا\"", "وكالة الأنباء المركزية الكورية", QUOTE_MIXED, -1);
    CHECK_INT(d->n_quotes, 4);
}

static void test_the_one_speaking_is_whoever_spoke_last(void)
{
    /* "وتابع المتحدث أن": alone, المتحدث is the one speaking, the analyst who spoke last,
     * not the official before him */
    struct doc *d = fx_annotate("واعتبر النائب رابح بوعلام أن الدعوات \"تدخل سافر\". ويرى المحلل السياسي كريم سالمي أن "
                                "واشنطن \"لن تغامر\". وتابع المتحدث أن التصريحات \"لا تعبر عن موقف البيت الأبيض\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التصريحات \"لا تعبر عن موقف البيت الأبيض\"", "كريم سالمي", QUOTE_MIXED, -1);
}

static void test_a_headline_mp_for_a_place_the_role_names(void)
{
    /* "نائب عن سبها:": the MP the body places in that constituency, not the host quoted
     * first */
    struct doc *d = fx_annotate("نائب عن سبها: الوجود الروسي في الجنوب يحتاج إلى موقف واضح\n\n"
                                "واستهل مقدم البرنامج أنور الفيتوري الحلقة بالتساؤل: \"هل أصبحت ليبيا ورقة؟\".\n\n"
                                "وقال عضو مجلس النواب عن دائرة سبها، عبد السلام القماطي، إن \"لا أحد يعرف العدد\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوجود الروسي في الجنوب", "عبد السلام القماطي", -1, RESOLVED_HEADLINE);
}

static void test_a_person_introduced_after_a_fronted_place_and_ala_no_family_name(void)
{
    /* "وفي ضيعته بإقليم اشتوكة، لا يخفي الفلاح X قلقه. ويقول لـ...:": past the fronted
     * place set off by a comma, the person the sentence introduces goes on speaking; and
     * على written with its ى is no mention of a man whose family name is علي */
    struct doc *d = fx_annotate("يعيش المصدرون على وقع قلق متزايد. وقال رئيس الجمعية إبراهيم أوبلا إن السوق \"مفتوحة\". "
                                "وفي ضيعته بإقليم اشتوكة، لا يخفي الفلاح الحسين أيت علي قلقه من الوضع. ويقول للموقع: "
                                "«الطماطم ديالنا كانت كتمشي لروسيا بلا مشاكل».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الطماطم ديالنا", "الحسين أيت علي", QUOTE_DIRECT, -1);
    const struct entity *e = fx_entity(d, "الحسين أيت علي");
    CHECK(e != NULL && e->n_mentions == 1);
}

static void test_clergy_a_church_and_a_presenter_who_answered(void)
{
    /* "الكاهن يوحنا شمعون"، "الكنيسة الأرثوذكسية الروسية"، "القس الكوري الجنوبي بارك
     * جونغ-سو" (a title, so the adjectives after it are no name), and "وعقبت X بأن":
     * commented, answered */
    struct doc *d = fx_annotate("وقال الكاهن يوحنا شمعون إن الوضع \"صعب\". وقال القس الكوري الجنوبي بارك جونغ-سو إن "
                                "العمال \"منهكون\". وكانت الكنيسة الأرثوذكسية الروسية قد أصدرت بيانا قالت فيه إن روسيا "
                                "\"حامية للمسيحيين\". وقالت المذيعة منى عبد الوهاب إن الوضع صعب. وعقبت عبد الوهاب بأن "
                                "الحلقة \"مش هدفها نطمن الناس\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوضع \"صعب\"", "يوحنا شمعون", QUOTE_MIXED, -1);
    expect(d, "العمال \"منهكون\"", "بارك جونغ-سو", QUOTE_MIXED, -1);
    expect(d, "الحلقة \"مش هدفها", "منى عبد الوهاب", QUOTE_MIXED, -1);
    const struct entity *e = fx_entity(d, "الكنيسة الأرثوذكسية الروسية");
    CHECK(e != NULL && e->type == ENT_ORG);
}

static void test_a_headline_head_of_no_list_that_told_an_outlet(void)
{
    /* "عائد من كورسك لـ"جسر برس": "..."": whoever told the outlet speaks, though no list
     * knows the word; the place he comes from is no speaker, the body's man is */
    struct doc *d = fx_annotate("عائد من كورسك لـ\"جسر برس\": \"وعدونا بحراسة منشآت ولقينا حالنا بالخندق\"\n\n"
                                "وقال محمد الخطيب إن وسيطا عرض عليه عقدا. وأضاف الخطيب: «وعدونا بحراسة منشآت ولقينا "
                                "حالنا بالخندق».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "وعدونا بحراسة منشآت");
    CHECK(q != NULL && q->cue_kind == CUE_HEADLINE);
    if (q)
        CHECK_STR(q->speaker_name, "محمد الخطيب");
}

static void test_a_service_and_a_chamber_referred_back_to_as_sources(void)
{
    /* "وبحسب الجهاز، فإن"، "وحسب أرقام الغرفة، فإن": the service and the chamber named
     * before are the sources */
    struct doc *d = fx_annotate("وقال جهاز الأمن الأوكراني إن الأسيرين تحدثا. وقال الوزير إن البلاد بخير. وبحسب الجهاز، "
                                "فإن الجنديين كانا يحملان بطاقات. وقالت غرفة التجارة والصناعة إن الواردات تراجعت. وقال "
                                "الخبير كريم سالم إن الوضع صعب. وحسب أرقام الغرفة، فإن الصادرات تراجعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجنديين كانا يحملان بطاقات", "جهاز الأمن الأوكراني", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "الصادرات تراجعت", "غرفة التجارة والصناعة", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_an_outlets_credit_line_with_its_label_after_the_colon(void)
{
    /* "ناظورسيتي: متابعة" on its own line credits the outlet; no headline quotation */
    struct doc *d = fx_annotate("ميناء الناظور يستقبل شحنات القمح الروسي\n\nناظورسيتي: متابعة\n\n"
                                "وقال المدير محمد أمزيان إن الميناء \"يعمل بشكل عادي\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "متابعة") == NULL);
    CHECK_INT(d->n_quotes, 1);
}

static void test_a_site_heading_the_headline_is_its_topic(void)
{
    /* "مرفأ طرطوس بعد المعاهدة: ..." names where the story happens, as "لافروف من
     * وونسان:" names who spoke and where: a port does not speak */
    struct doc *d = fx_annotate("مرفأ طرطوس بعد المعاهدة الروسية الكورية: ورشات توسيع وآمال بفرص عمل\n\n"
                                "وقال المدير رامي حسن إن الأعمال \"تتقدم ببطء\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "ورشات توسيع وآمال بفرص عمل") == NULL);
    CHECK_INT(d->n_quotes, 1);
}

static void test_professionals_as_a_source_and_the_lecturer_referred_back_to(void)
{
    /* "حسب ما أفاد به مهنيون في القطاع": people of a trade as unnamed sources; "وقالت
     * المحاضرة" is the woman lecturing, though "محاضرة" alone is a lecture */
    struct doc *d = fx_annotate("وتراهن الفنادق على عطلة رأس السنة، حسب ما أفاد به مهنيون في القطاع. وقالت أستاذة "
                                "القانون الدولي سناء الخطيب إن الحرب طويلة. وقال الطالب أحمد يوسف إن الجامعة جيدة. "
                                "وقالت المحاضرة إن \"الشرعية الدولية لا تتجزأ\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وتراهن الفنادق على عطلة رأس السنة", "مهنيون في القطاع", QUOTE_INDIRECT, RESOLVED_SOURCE);
    expect(d, "الشرعية الدولية لا تتجزأ", "سناء الخطيب", QUOTE_DIRECT, RESOLVED_ROLE_NOUN);
}

static void test_what_someone_calls_it(void)
{
    /* "ما سمّاه «...»": the words someone names a thing by are theirs, and no outlet;
     * the passive "ما يسمى «...»" (so-called) quotes no one */
    struct doc *d = fx_annotate("واحتفت صحيفة «إزفستيا» بما سمته «أخوة السلاح». "
                                "وحذر النائب سامي الحسن مما سماه «عسكرة المنطقة». "
                                "وقال الخبير ماهر عيسى إن الخطر يكمن فيما يسمى «العقوبات الثانوية» التي تطال الجميع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أخوة السلاح", "إزفستيا", QUOTE_DIRECT, -1);
    expect(d, "عسكرة المنطقة", "سامي الحسن", QUOTE_DIRECT, -1);
    expect(d, "الخطر يكمن فيما يسمى", "ماهر عيسى", QUOTE_MIXED, -1);
    CHECK(fx_entity(d, "أخوة السلاح") == NULL);
    CHECK_INT(d->n_quotes, 3);
}

static void test_brief_refers_back_to_its_own_noun(void)
{
    /* "ويلفت الموجز": the definite noun is the brief issued before, not the tally another
     * body published in between */
    struct doc *d = fx_annotate("وأصدر مركز مسقط للدراسات الآسيوية موجزا تحليليا عن المعاهدة. ويقدر الموجز عدد الجنود "
                                "بنحو 14 ألفا، في إشارة إلى حصيلة كشفتها الاستخبارات الكورية الجنوبية. ويلفت الموجز "
                                "إلى أن الحرب «لن تنتهي قريبا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحرب «لن تنتهي قريبا»", "مركز مسقط للدراسات الآسيوية", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
}

static void test_magazine_that_published_the_article(void)
{
    /* "إذ كتب في مقال نشرته مجلة X أن": the writer speaks, the magazine only publishes;
     * "جاء في بلاغ أصدرته الوزارة أن": the ministry's */
    struct doc *d = fx_annotate("ويذهب الباحث جوناثان ريد أبعد من ذلك، إذ كتب في مقال نشرته مجلة «فورين بوليسي» أن "
                                "المعاهدة «تكمل ما بدأته الحرب». وجاء في بلاغ أصدرته وزارة الصحة أن «باب الحوار "
                                "مفتوح».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة «تكمل ما بدأته الحرب»", "جوناثان ريد", QUOTE_MIXED, -1);
    expect(d, "باب الحوار مفتوح", "وزارة الصحة", QUOTE_DIRECT, -1);
}

static void test_participle_past_a_verbal_noun_and_kana(void)
{
    /* "بموقف من نقل معدات ...، قائلا": نقل after a preposition is a verbal noun, not the
     * verb whose subject goes on; "وكان X قد تجنب ...، مكتفيا": X is the subject */
    struct doc *d = fx_annotate("وافتتح النائب سالم الورشفاني النقاش بمطالبة رئاسة المجلس بموقف واضح من نقل معدات روسية "
                                "إلى قاعدتي الخادم والجفرة، قائلا: \"لن نكون كوريا شمالية جديدة\".\n"
                                "وكان الكرملين قد تجنب التعليق على تقارير عن نقل تكنولوجيا إلى بيونغ يانغ، مكتفيا "
                                "بالتذكير بأن التعاون \"لا يستهدف أطرافا ثالثة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لن نكون كوريا شمالية جديدة", "سالم الورشفاني", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "التعاون \"لا يستهدف", "الكرملين", QUOTE_MIXED, RESOLVED_ELIDED);
}

static void test_social_media_groups(void)
{
    /* مغردون، مستخدمون: unnamed groups of a platform's users speak like ناشطون */
    struct doc *d = fx_annotate("قال الوزير إن الوضع صعب، فيما رأى مغردون آخرون أن المقارنة لا تستقيم. "
                                "وكتب مستخدمون على منصة إكس أن الصور قديمة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المقارنة لا تستقيم", "مغردون آخرون", QUOTE_INDIRECT, -1);
    expect(d, "الصور قديمة", "مستخدمون", QUOTE_INDIRECT, -1);
}

static void test_headline_quote_ends_with_its_marks(void)
{
    /* "X: «...».. وY يفعل": words wholly in marks end with their sentence; the narrator's
     * next headline is no part of them */
    struct doc *d = fx_annotate("واشنطن: \"لا تساوي الحبر\".. ومندوب بيونغ يانغ يغادر القاعة\n"
                                "نيويورك - قال المندوب الأمريكي إن المعاهدة لا تساوي الحبر الذي كتبت به.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "لا تساوي الحبر");
    CHECK(q != NULL && !strstr(fx_text(d, q->content), "يغادر"));
}

static void test_role_noun_of_a_relayer(void)
{
    /* "وصرح السفير X المتحدث الرسمي باسم الوزارة بأن الوزير أكد ...": X only relays, so
     * he is no speaker yet; "وأضاف المتحدث الرسمي أن" is still X, whose role holds it */
    struct doc *d = fx_annotate("استقبل د. بدر عبد العاطي وزير الخارجية، أمس، السفير الروسي.\n"
                                "وصرح السفير تميم خلاف المتحدث الرسمي باسم وزارة الخارجية، بأن الوزير عبد العاطي أكد "
                                "خلال اللقاء أن مصر «تتابع باهتمام بالغ» التطورات.\n"
                                "وأضاف المتحدث الرسمي أن الوزير استعرض مع السفير مستجدات العمل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "مصر «تتابع باهتمام بالغ»", "بدر عبد العاطي", QUOTE_MIXED, -1);
    expect(d, "الوزير استعرض", "تميم خلاف", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_highlights_listed_after_a_colon(void)
{
    /* "وتاليا أبرز ما جاء في كلمة الوزير:" over bulleted lines: each line is the minister's */
    struct doc *d = fx_annotate("وألقى الوزير محمد المومني كلمة في المنتدى.\n"
                                "وتاليا أبرز ما جاء في كلمة الوزير:\n"
                                "- الأردن يدعم حل النزاعات بالطرق السلمية.\n"
                                "- الحكومة تتابع أثر الحرب على أسعار القمح.\n"
                                "- لا أثر مباشرا للمعاهدة على المصالح الأردنية.\n"
                                "وقال المومني إن الأردن لا ينتمي إلى أي محور.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأردن يدعم", "محمد المومني", -1, -1);
    expect(d, "الحكومة تتابع", "محمد المومني", -1, -1);
    expect(d, "لا أثر مباشرا", "محمد المومني", -1, -1);
    CHECK_INT(d->n_quotes, 4);
}

static void test_document_opening_the_sentence(void)
{
    /* "وتذهب ورقة أصدرها مركز X أبعد من ذلك، إذ تخلص إلى أن": the paper's producer speaks */
    struct doc *d = fx_annotate("وتذهب ورقة أصدرها مركز الرؤى للدراسات في عمّان أبعد من ذلك، إذ تخلص إلى أن المعاهدة "
                                "\"أعادت إحياء منطق الأحلاف\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة \"أعادت", "مركز الرؤى للدراسات في عمّان", QUOTE_MIXED, -1);
}

static void test_in_reply_and_a_body_as_object(void)
{
    /* "ثم قال ردّاً على سؤال عن التقارير إن": the reply's circumstance names no one;
     * "وطالب المجلس الحكومة بـ": the government is whom the council calls on */
    struct doc *d = fx_annotate("وبعد الجلسة، تلا وزير الإعلام بول مرقص المقررات الرسمية، ثم قال ردّاً على سؤال عن التقارير "
                                "المتعلقة بالسلاح إنّ «أي جهة رسمية لم تقدم معطى». "
                                "ورأى المجلس السياسي للحزب أن الإقرار «جرس إنذار». وطالب المجلس الحكومة بـ«موقف رسمي واضح» "
                                "من التقارير.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أي جهة رسمية", "بول مرقص", QUOTE_DIRECT, -1);
    const struct quote *q = fx_quote(d, "«موقف رسمي واضح»");
    CHECK(q != NULL && q->speaker_name && !strstr(q->speaker_name, "الحكومة"));
}

static void test_body_that_acted_says_why(void)
{
    /* "بعد أن فرضت وزارة X عقوبات على ... سفينة، قالت إن": the verb after أن, or one
     * carrying the pronoun of an indefinite noun (عقوبات فرضتها وزارة X), has the body
     * as its subject, who then says why, though another spoke before */
    struct doc *d = fx_annotate("قال المحلل سمير داود إن الأسعار سترتفع. وصعدت الأسعار بعد أن فرضت وزارة التجارة "
                                "اليابانية قيودا على 40 سفينة، قالت إن بعضها نقل فحما كوريا. وجاء القرار بعد أيام من "
                                "غرامات فرضتها هيئة الموانئ الهندية على عشر شركات، قالت إنها خالفت القواعد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بعضها نقل فحما", "وزارة التجارة اليابانية", QUOTE_INDIRECT, RESOLVED_ELIDED);
    expect(d, "خالفت القواعد", "هيئة الموانئ الهندية", QUOTE_INDIRECT, RESOLVED_ELIDED);
}

static void test_next_act_ends_the_words(void)
{
    /* "...»، رافضا التعليق على ...": what the speaker did next ends the words, and says
     * nothing itself; "، ملاحظا أن" and "، مستذكرا أن" go on to the speaker's next words */
    struct doc *d = fx_annotate("وقال المتحدث باسم الخارجية الصينية وانغ لي إن المعاهدة «شأن يخص البلدين»، رافضا "
                                "التعليق على ما إذا كانت بكين قد أبلغت بها. وأضاف أن بلاده «تتابع عن كثب»، ملاحظا أن "
                                "الحدود هادئة، ومستذكرا أن الصين وقعت معاهدة مماثلة عام 1961.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "المعاهدة «شأن");
    CHECK(q != NULL && !strstr(fx_text(d, q->content), "رافضا"));
    CHECK(fx_quote(d, "كانت بكين") == NULL);
    q = fx_quote(d, "بلاده «تتابع");
    CHECK(q != NULL && !strstr(fx_text(d, q->content), "ملاحظا"));
    expect(d, "الحدود هادئة", "وانغ لي", QUOTE_INDIRECT, -1);
    expect(d, "الصين وقعت", "وانغ لي", QUOTE_INDIRECT, -1);
}

static void test_place_phrase_before_the_subject(void)
{
    /* "وفي طوكيو، خصصت صحيفة X ...، ووصفت": a preposition opening the sentence governs
     * its own clause only, not the subject after the comma; "وعلى هامش حفل ...، أمّن
     * السفير X على ...، وقال": a phrase in a preposition is no subject with an aside */
    struct doc *d = fx_annotate("أما صحيفة “إزفستيا” الروسية، فنشرت مقالا للمحلل السياسي ستيبان كوراغين رأى فيه أن "
                                "المعاهدة “تعيد الاعتبار لتحالف قديم”.\nوفي طوكيو، خصصت صحيفة “رودونج سينمون”، لسان "
                                "حال المحافظين، صفحتها الأولى للقمة، ووصفت المعاهدة في تعليق لها بأنها “تحالف ضرورة”.\n"
                                "وعلى هامش حفل أقامته السفارة الروسية مساء أمس، أمّن السفير إيغور سوكولوف على حديث الوزير، "
                                "وقال إن المركز «ترتيب ثنائي».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تحالف ضرورة", "رودونج سينمون", QUOTE_DIRECT, -1);
    expect(d, "المركز «ترتيب", "إيغور سوكولوف", QUOTE_MIXED, -1);
}

static void test_joined_participle_goes_on_with_the_relayer(void)
{
    /* "أفاد المراسل X بأن ...، ناقلا عن Y قوله إن «...»، ومضيفا أن": the participle in و
     * joins the relaying one and shares its subject, the correspondent */
    struct doc *d = fx_annotate("ومن بكين، أفاد مراسل القناة سامر الدباغ بأن الخارجية الصينية التزمت «الحذر»، ناقلا عن "
                                "الباحث وانغ يي قوله إن «بكين لا تريد أن تختار»، ومضيفا أن الشارع الصيني «لم يهتم كثيرا» "
                                "بالخبر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بكين لا تريد", "وانغ يي", QUOTE_DIRECT, -1);
    expect(d, "الشارع الصيني", "سامر الدباغ", QUOTE_MIXED, RESOLVED_ELIDED);
}

static void test_saluting_and_calling_on(void)
{
    /* "وحيّت الجبهة «...»": a salute of words in marks is its speaker's; "، ودعت الحكومات
     * العربية إلى «...»": a verb of calling on, in و right after the quotation, has whom
     * it calls on after it and shares the subject; "وأشّر الربيعي إلى أن" (Iraqi copy) */
    struct doc *d = fx_annotate("وحيّت الهيئة الوطنية «صمود العمال في المصانع»، ودعت الحكومات العربية إلى «توحيد "
                                "المواقف». وأشّر الخبير نزار العبيدي إلى أن الاتفاق «تأخر كثيرا». وحيّا الوزير الحضور.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "صمود العمال", "الهيئة الوطنية", QUOTE_DIRECT, -1);
    expect(d, "توحيد المواقف", "الهيئة الوطنية", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "الاتفاق «تأخر", "نزار العبيدي", QUOTE_MIXED, -1);
    CHECK(fx_quote(d, "الحضور") == NULL);
}

static void test_issuer_not_the_chair(void)
{
    /* "عقدت كتلة X اجتماعها برئاسة النائب Y، وأصدرت بيانا ... وأكد البيان أن": the
     * statement is the bloc's; Y, behind برئاسة, only chaired */
    struct doc *d = fx_annotate("عقدت كتلة «التجدد الوطني» اجتماعها الأسبوعي في بيروت برئاسة النائب سليم حداد، "
                                "وأصدرت في ختامه بياناً رأت فيه أن «المؤسسات وحدها تحمي البلد». وأكد البيان أن "
                                "الانتخابات «ضرورية».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الانتخابات «ضرورية»", "التجدد الوطني", QUOTE_MIXED, -1);
}

static void test_given_name_before_the_outlet_told(void)
{
    /* "تقول ميسون لـ الترا فلسطين": ل written apart ends the name, and the given name
     * alone is the woman named in full before */
    struct doc *d = fx_annotate("وقالت سهى الخطيب إن ابنها بخير. \"نسمع عن الحرب أكثر مما نسمع أصواتهم\"، تقول سهى لـ "
                                "الحدث نت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "نسمع عن الحرب", "سهى الخطيب", QUOTE_DIRECT, -1);
    for (int32_t i = 0; i < d->n_entities; i++)
        CHECK(strcmp(d->entities[i].name, "سهى ل") != 0);
}

static void test_compound_given_names_of_women(void)
{
    /* فاطمة الزهراء، نور الهدى: the word in ال completes the given name, and the family
     * name follows */
    struct doc *d = fx_annotate("وقالت الناشطة فاطمة الزهراء بوعزة إن الوضع صعب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوضع صعب", "فاطمة الزهراء بوعزة", QUOTE_INDIRECT, -1);
}

static void test_memo_named_bare_with_its_author(void)
{
    /* "مذكرة داخلية صادرة عن وزارة X ... وتضيف المذكرة أن": the bare noun no list holds
     * (مذكرة is also "reminding") still names the document its author issued */
    struct doc *d = fx_annotate("اطّلعت الصحيفة على مذكرة داخلية صادرة عن وزارة الزراعة. وتضيف المذكرة أن العدد "
                                "«أكبر مما أُعلن».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العدد «أكبر", "وزارة الزراعة", QUOTE_MIXED, -1);
}

static void test_a_breeder_of_a_headline_named_in_the_body(void)
{
    /* "مربي مواشٍ لإذاعة عبري:"، "مربٍّ في الدوادمي"، "تاجر مواش": a trade of two words, or
     * the indefinite مربٍّ, heads the headline and is the breeder the body names, not a name
     * of its own (مواش is مواشي before the tanween) */
    struct doc *d = fx_annotate("مربي مواشٍ لإذاعة عبري: كيس الشعير زاد ريالا في شهرين\n\n"
                                "وقال المربي سالم بن حمد الكلباني إن الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كيس الشعير", "سالم بن حمد الكلباني", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    d = fx_annotate("مربٍّ في الدوادمي لـ\"الدوادمي اليوم\": كيس الشعير صار يحسب له ألف حساب\n\n"
                    "وقال المربي فهد بن ناصر العتيبي إن الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كيس الشعير", "فهد بن ناصر العتيبي", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    d = fx_annotate("تاجر مواش لإذاعة الطائف: «الحلال ما يصبر»\n\nوقال تاجر المواشي فهد بن سعد الثبيتي إن "
                    "الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحلال ما", "فهد بن سعد الثبيتي", QUOTE_DIRECT, RESOLVED_HEADLINE);
    CHECK(fx_entity(d, "مواش") == NULL);
}

static void test_a_described_body_with_its_place_on_ba(void)
{
    /* "الغرفة التجارية بولاية شمال كردفان": a body no list names, described, with its place
     * on ب and the place's head, speaks as written, not the place */
    struct doc *d = fx_annotate("وأكدت الغرفة التجارية بولاية شمال كردفان أن أي اتفاق \"يجب أن يمر عبر القنوات\". وقالت "
                                "الغرفة التجارية بولاية سنار، في بيان، إن الإنتاج كبير.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أي اتفاق", "الغرفة التجارية بولاية شمال كردفان", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "الإنتاج كبير", "الغرفة التجارية بولاية سنار", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_unnamed_bodies_as_sources(void)
{
    /* تعاونيات، اتحادات (group_nouns.tsv): unnamed bodies keep their phrase as sources,
     * sentence-final after حسب too */
    struct doc *d = fx_annotate("وارتفعت تكلفة ري الهكتار الواحد بنحو الخمس، حسب تعاونيات زراعية في المنطقة. وأكدت "
                                "اتحادات عمالية أن الأجور تراجعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وارتفعت تكلفة", "تعاونيات زراعية في المنطقة", QUOTE_INDIRECT, -1);
    expect(d, "الأجور تراجعت", "اتحادات عمالية", QUOTE_INDIRECT, -1);
    /* (and so do parents and families, and drivers as subjects) */
    d = fx_annotate("وبحسب أولياء أمور تحدثوا للصحيفة، يتجاوز عدد الطلاب ستين طالبا. وقال سائقو الشاحنات إن "
                    "الطريق مغلق.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "يتجاوز عدد", "أولياء أمور تحدثوا للصحيفة", QUOTE_INDIRECT, -1);
    expect(d, "الطريق مغلق", "سائقو الشاحنات", QUOTE_INDIRECT, -1);
    /* (whom they talked to stays in their phrase: "مزارعين تحدثوا إلى الإذاعة") */
    d = fx_annotate("وبحسب مزارعين تحدثوا إلى الإذاعة، فإن المشاريع تنتظر السماد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المشاريع تنتظر", "مزارعين تحدثوا إلى الإذاعة", QUOTE_INDIRECT, -1);
}

static void test_subject_after_ghayr_anna_with_an_aside(void)
{
    /* "غير أن وسيطا في سوق دبي، طلب عدم ذكر اسمه، قال إن": the accusative after غير أن is
     * the subject, the bare verb between commas an aside on it */
    struct doc *d = fx_annotate("وقال المدير سالم الكعبي إن الشركة ملتزمة. غير أن وسيطا في سوق دبي، طلب عدم ذكر اسمه، "
                                "قال إن بعض الشركات «تغيّر أسماءها كل شهر».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بعض الشركات", "وسيطا في سوق دبي", QUOTE_MIXED, -1);
    /* (a noun of place that is also a preposition stays in the phrase after في, and the
     * phrase never ends on في) */
    d = fx_annotate("ويقول صاحب مخبز في وسط المدينة، طلب عدم ذكر اسمه، إنه قلص إنتاجه. وقال مصدر في وسط إن "
                    "الوضع هادئ.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "قلص إنتاجه", "صاحب مخبز في وسط المدينة", QUOTE_INDIRECT, -1);
    expect(d, "الوضع هادئ", "مصدر", QUOTE_INDIRECT, -1);
}

static void test_valued_with_its_shadda_and_recalled(void)
{
    /* "وثمّن الرئيس «...»" is a cue, "دفع ثمن «...»" the noun "price"; "واستذكر X أن"
     * reports X's words, but "واستذكر X ما أكده Y من أن «...»" recalls Y's, no cue of X */
    struct doc *d = fx_annotate("وثمّن الوزير نبيل حداد «الموقف الثابت» لموسكو. ودفع الفلاحون ثمن «الأزمة» وحدهم. "
                                "واستذكر حداد أن بلاده اعترفت بكوريا عام 1988. واستذكر النائب كريم عودة ما أكده الملك "
                                "في خطابه من أن «الأمن كل لا يتجزأ».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "«الموقف الثابت» لموسكو", "نبيل حداد", QUOTE_MIXED, -1);
    CHECK(fx_quote(d, "الأزمة") == NULL);
    expect(d, "بلاده اعترفت", "نبيل حداد", QUOTE_INDIRECT, -1);
    const struct quote *q = fx_quote(d, "الأمن كل");
    CHECK(q == NULL || !q->speaker_name || strcmp(q->speaker_name, "كريم عودة") != 0);
}

static void test_speech_given_by_the_relative_antecedent(void)
{
    /* "X، الذي قال في كلمة ألقاها إن": the speech is a circumstance (ألقاها is a verb in
     * أل, no article), and the antecedent speaks */
    struct doc *d = fx_annotate("وحضر الجلسة المستشار بالسفارة الروسية إيغور فولكوف، الذي قال في كلمة ألقاها بالروسية "
                                "إن العلاقات «تقوم على الاحترام».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العلاقات «تقوم", "إيغور فولكوف", QUOTE_MIXED, -1);
}

static void test_marked_head_before_kull(void)
{
    /* "طالب الحكومة بـ«محاسبة» كل من يزج ...": كل is the marked head's genitive; the words
     * go on past the marks */
    struct doc *d = fx_annotate("وطالب النائب فراس الحمداني الحكومة بـ«محاسبة» كل من يزج باسم البلاد في حروب الآخرين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "«محاسبة» كل من", "فراس الحمداني", QUOTE_MIXED, -1);
}

static void test_participle_with_a_relay_aside(void)
{
    /* "مضيفة، نقلا عن مصدرين في موسكو، أن": the relay set off after the participle names
     * who speaks */
    struct doc *d = fx_annotate("وذكرت وكالة «رويترز» أن القطارات تحركت، مضيفة، نقلاً عن مصدرين دبلوماسيين في موسكو، أن "
                                "الدفعة الأولى «قد تصل قبل الخريف».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الدفعة الأولى", "مصدرين دبلوماسيين في موسكو", QUOTE_MIXED, RESOLVED_EXPLICIT);
}

static void test_passive_voweled_verb_is_no_cue(void)
{
    /* "صورة ... كُتب عليها «...»": written on it, by no one the text names (the damma says
     * passive); "نُقل عن الوزير قوله إن" still names whom it relays */
    struct doc *d = fx_annotate("وتداول ناشطون صورة لجنود وسط ثلوج كورسك كُتب عليها «الحليف وقت الضيق». ونُقل عن الوزير "
                                "سامي النعيمي قوله إن الصورة «قديمة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "الحليف وقت الضيق") == NULL);
    expect(d, "الصورة «قديمة»", "سامي النعيمي", QUOTE_MIXED, -1);
}

static void test_one_member_of_a_body(void)
{
    /* "أحد نواب الحزب X": one member speaks, not the party, even when the party is known */
    struct doc *d = fx_annotate("وهنا صاح أحد نواب الحزب الشيوعي: «ولماذا تأخرنا إذا؟». "
                                "وقال أحد أعضاء البرلمان الأوروبي إن القرار خاطئ.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ولماذا تأخرنا", "أحد نواب الحزب الشيوعي", QUOTE_DIRECT, -1);
    expect(d, "القرار خاطئ", "أحد أعضاء البرلمان الأوروبي", QUOTE_INDIRECT, -1);
}

static void test_body_inside_the_words(void)
{
    /* a body named inside what the guest said is not who goes on: لكنه is the guest */
    struct doc *d = fx_annotate("وقال الباحث جواد حمدان إن الحرب طويلة. "
                                "وأضاف الضيف أن تقرير فريق الرصد متعدد الأطراف «يبالغ في الأرقام»، "
                                "لكنه أقر بأن الصواريخ استخدمت في ضرب المدن.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الصواريخ استخدمت", "جواد حمدان", QUOTE_INDIRECT, RESOLVED_PRONOUN);
}

static void test_sermon_and_elided_sources(void)
{
    /* an imam's headline and فضيلته; "وفق ما أوضحته عبر حسابها": no one after the verb, the
     * sentence's subject */
    struct doc *d = fx_annotate("إمام الحرم: لا تنشروا كل ما تسمعون\n\n"
                                "أوصى إمام وخطيب المسجد الحرام فضيلة الشيخ سليمان بن عبدالرحمن الراشد المسلمين بتقوى الله، "
                                "وقال إن «الكلمة أمانة».\n"
                                "وأضاف فضيلته: «جعل الله على كل لسان رقيبا».\n"
                                "وأعلنت وزارة الصحة خطة جديدة. وهيأت الوزارة 13 مستشفى إضافيا، وفق ما أوضحته عبر حسابها.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لا تنشروا", "سليمان بن عبدالرحمن الراشد", -1, RESOLVED_HEADLINE);
    expect(d, "الكلمة أمانة", "سليمان بن عبدالرحمن الراشد", QUOTE_DIRECT, -1);
    expect(d, "جعل الله", "سليمان بن عبدالرحمن الراشد", QUOTE_DIRECT, -1);
    expect(d, "وهيأت الوزارة", "وزارة الصحة", QUOTE_INDIRECT, -1);
    /* the two parties of talks speak together; an aside asking for anonymity is no name */
    d = fx_annotate("اختتم الوزيران محادثاتهما. وأكد الجانبان في البيان أن العلاقات «بلغت مستوى غير مسبوق».\n"
                    "وفي طوكيو، قال مسؤول في وزارة الخارجية اليابانية، طلب عدم نشر اسمه، إن بلاده تتابع التقارب بقلق.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العلاقات «بلغت", "الجانبان", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "بلاده تتابع", "مسؤول في وزارة الخارجية اليابانية", QUOTE_INDIRECT, -1);
    /* "«...»، هكذا علّق X": the words just quoted are the subject's */
    d = fx_annotate("«خطوة محسوبة تعيد التوازن»، هكذا علّق خالد سرحان، نائب رئيس بنك النهضة، على القرار.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "خطوة محسوبة", "خالد سرحان", QUOTE_DIRECT, -1);
    /* a title in construct with a person named before, then the speaker's name in commas */
    d = fx_annotate("تواصل عائلة المدوّن المغربي يوسف الإدريسي (29 عاما) مطالبتها بالإفراج عنه. وقال محامي الإدريسي، عبد "
                    "الرحيم بنعلي، في تصريح للموقع، إن موكله معتقل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موكله معتقل", "عبد الرحيم بنعلي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    /* an unnamed young man speaks, not the city in his phrase */
    d = fx_annotate("قال شاب سوري يدرس الهندسة في جامعة الأورال بمدينة يكاترينبورغ، طلب عدم ذكر اسمه، للموقع إن موظفة "
                    "استدعته.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "موظفة استدعته");
    CHECK(q != NULL && q->speaker_name && strstr(q->speaker_name, "شاب سوري") == q->speaker_name);
}

static void test_gesture_while_speaking_and_family_name_first(void)
{
    /* "ويضيف وهو يشير إلى صورة معلقة على الحائط: «...»": وهو + a present verb is what he
     * did while speaking, and معلقة after an indefinite feminine noun its adjective, not a
     * participle of commenting; ري, a Korean family name written first, is the person
     * named in full before (the ministry, feminine, is not) */
    struct doc *d = fx_annotate("يعيش ري كوانغ-سوك في سيول منذ عشر سنوات. وبحسب وزارة الخارجية، فإن عدد الطلبات "
                                "تراجع. أما الاتفاق، فيصفه ري بأنه «صفقة خاسرة»، ويضيف وهو يشير إلى صورة معلقة "
                                "على الحائط: «هذه قريتي التي لم أعد أعرفها».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "صفقة خاسرة", "ري كوانغ-سوك", QUOTE_DIRECT, -1);
    expect(d, "هذه قريتي", "ري كوانغ-سوك", QUOTE_DIRECT, -1);
}

static void test_threat_with_its_condition(void)
{
    /* "ملوحا بـ«...» إذا لم ...": the threat in marks and its condition are one mixed
     * quotation, apart from the clause before; "لوّحت X بإعادة النظر" is an act */
    struct doc *d = fx_annotate("وقال النائب سالم الهاجري إن الجواب «ناقص»، ملوحا بـ«استجواب الوزير» إذا لم تصل "
                                "الوثائق قبل نهاية الشهر. ولوّحت الحكومة بإعادة النظر في الاتفاق.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجواب «ناقص»", "سالم الهاجري", QUOTE_MIXED, -1);
    expect(d, "«استجواب الوزير» إذا لم تصل الوثائق", "سالم الهاجري", QUOTE_MIXED, -1);
    CHECK(fx_quote(d, "إعادة النظر") == NULL);
}

static void test_written_answer_speaks_for_its_author(void)
{
    /* "وجاء في رد الوزير، الذي ...، أن": the answer's possessor is its author, not the MP
     * who asked in focus before */
    struct doc *d = fx_annotate("وجه النائب سالم الهاجري سؤالا إلى وزير المالية خالد الرميحي، وقال إن الميزانية "
                                "«غامضة». وجاء في رد الوزير، الذي وصل إلى المجلس أمس، أن الوزارة «ملتزمة بالشفافية».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوزارة «ملتزمة بالشفافية»", "خالد الرميحي", QUOTE_MIXED, -1);
}

static void test_accusative_source_after_lakin(void)
{
    /* after لكن and إن the unnamed source is in the accusative (مصدرا أمنيا) */
    struct doc *d = fx_annotate("لكن مصدرا أمنيا خليجيا لم يستبعد أن «تتحول الموانئ إلى محطة للعبور».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تتحول الموانئ", "مصدرا أمنيا خليجيا", QUOTE_DIRECT, -1);
}

static void test_narrator_gloss_and_tag_before_marks(void)
{
    /* "، في إشارة إلى «...»" is the narrator's gloss: cut, and its marks quote no one;
     * "لأن X، على حد قوله، «...»": the speaker's own tag before marked words goes on */
    struct doc *d = fx_annotate("وقال المحلل سمير داود إن الأجور «تذهب إلى جهة أخرى»، في إشارة إلى «الصندوق الخاص» "
                                "للحزب. ويرى داود أن على عمّان أن تنتظر، لأن الأردن، على حد قوله، «بلد يعرف الصبر».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأجور «تذهب إلى جهة أخرى»", "سمير داود", QUOTE_MIXED, -1);
    const struct quote *q = fx_quote(d, "الأجور");
    CHECK(q != NULL && q->content.end - q->content.start < 40);
    CHECK(fx_quote(d, "الصندوق الخاص") == NULL);
    q = fx_quote(d, "على عمّان");
    CHECK(q != NULL && q->type == QUOTE_MIXED);
}

static void test_statement_shown_and_commented(void)
{
    /* "عرض X شريحة تتضمن تصريحا لـY قال فيه إن «...»، معلقا بأن «...»": Y's statement
     * (its noun in the accusative), X's comment; "أصدر الحزب بيانا طالب فيه ...، مؤكدا
     * أن": the statement goes on */
    struct doc *d = fx_annotate("وعرض الباحث أحمد بن سالم على الشاشة شريحة تتضمن تصريحا للرئيس الفرنسي إيمانويل "
                                "ماكرون قال فيه إن «أوروبا تحتاج إلى جيش»، معلقا بأن «هذه الجملة تلخص المرحلة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أوروبا تحتاج", "إيمانويل ماكرون", QUOTE_DIRECT, -1);
    expect(d, "هذه الجملة", "أحمد بن سالم", QUOTE_DIRECT, -1);
}

static void test_message_read_out_and_cited_saying(void)
{
    /* "تلا X رسالة وجهها السفير Y إلى ...، أكد فيها أن": Y wrote it; "مستشهدا بقول الرئيس
     * Z إن «...»": Z's saying, and the one citing it stays in focus */
    struct doc *d = fx_annotate("وتلا الملحق الثقافي سمير نصر رسالة وجهها السفير المصري هشام بدر إلى الحضور، أكد "
                                "فيها أن الثقافة «جسر لا يسقط». وقال الباحث كمال سعيد إن الحوار «ضرورة»، مستشهدا "
                                "بقول الرئيس جمال عبد الناصر إن الأمة «لا تنسى». وأشار إلى أن الندوة ستتكرر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الثقافة «جسر", "هشام بدر", QUOTE_MIXED, -1);
    expect(d, "الأمة «لا تنسى»", "جمال عبد الناصر", QUOTE_MIXED, -1);
    expect(d, "الندوة ستتكرر", "كمال سعيد", QUOTE_INDIRECT, -1);
    /* (another masdar of saying: "مذكرا بتأكيد الرئيس X أن") */
    d = fx_annotate("وقال الباحث كمال سعيد إن الحوار «ضرورة»، مذكرا بتأكيد الرئيس جمال عبد الناصر في أكثر من "
                    "مناسبة أن الأمة «لا تنسى».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأمة «لا تنسى»", "جمال عبد الناصر", QUOTE_MIXED, -1);
}

static void test_relative_clause_names_its_own_subject(void)
{
    /* "وأطلع الجانب الروسي نظيره على المعاهدة، التي أحالها الرئيس X إلى الدوما، موضحا أنها":
     * X is the subject of the relative clause, not the one explaining */
    struct doc *d = fx_annotate("وأطلع الجانب الروسي نظيره البحريني على مضمون المعاهدة، التي أحالها الرئيس فلاديمير "
                                "بوتين أمس إلى مجلس الدوما، موضحا أنها «ذات طابع دفاعي».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "ذات طابع دفاعي");
    CHECK(q != NULL);
    CHECK(q && (!q->speaker_name || strcmp(q->speaker_name, "فلاديمير بوتين") != 0));
}

static void test_columnists_own_past_words(void)
{
    /* a column: the byline on a line of its own names the writer, whose past words
     * ("كتبنا في هذه الزاوية أن"، "فقلت له إن") are quoted as theirs; the present voice
     * ("ونحن نقول") is the column itself */
    struct doc *d = fx_annotate("ماذا بعد الاعتراف؟\nفراس المصري\nكتبنا في هذه الزاوية قبل عام أن الاتفاق سيغير "
                                "المنطقة. والتقيت دبلوماسيا عربيا، فقلت له إن الوقت «ينفد». ونحن نقول إن الصبر "
                                "ينفد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->byline_entity >= 0);
    expect(d, "الاتفاق سيغير المنطقة", "فراس المصري", QUOTE_INDIRECT, RESOLVED_PRONOUN);
    expect(d, "الوقت «ينفد»", "فراس المصري", QUOTE_MIXED, RESOLVED_PRONOUN);
    CHECK(fx_quote(d, "الصبر ينفد") == NULL);
    /* (كتبتُ with its damma written is "I wrote"; كتبت alone is "she wrote") */
    d = fx_annotate("ماذا بعد الاعتراف؟\nفراس المصري\nكتبتُ في هذه الزاوية قبل عام أن الاتفاق سيغير المنطقة. "
                    "وكتبت الصحيفة أن الوزير «غاضب».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاتفاق سيغير المنطقة", "فراس المصري", QUOTE_INDIRECT, RESOLVED_PRONOUN);
    CHECK(fx_quote(d, "الوزير «غاضب»") && strcmp(fx_quote(d, "الوزير «غاضب»")->speaker_name, "فراس المصري"));
    /* without a byline "I" names no one; inside someone's words, "قلت" is theirs */
    d = fx_annotate("كتبنا في هذه الزاوية قبل عام أن الاتفاق سيغير المنطقة. وقال الوزير سامي فهد: «قلت لهم "
                    "إن الوقت ينفد، ولم يسمعوا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->byline_entity < 0);
    CHECK(fx_quote(d, "الاتفاق سيغير") == NULL);
    expect(d, "قلت لهم", "سامي فهد", QUOTE_DIRECT, -1);
}

static void test_what_came_from_someone(void)
{
    /* "أبلغ الكلام جاء على لسان X، الذي قال إن": no source closing the words before;
     * "...، كما جاء على لسان X" is one */
    struct doc *d = fx_annotate("وقال الوزير سامي فهد إن الاتفاق مهم. ولعل أبلغ الكلام جاء على لسان الرئيس كمال نور، "
                                "الذي قال إن البلاد «لن تتراجع». وتعد المدينة من أقدم المدن، كما جاء على لسان نور.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "ولعل أبلغ") == NULL);
    expect(d, "البلاد «لن تتراجع»", "كمال نور", QUOTE_MIXED, -1);
    expect(d, "وتعد المدينة", "كمال نور", QUOTE_INDIRECT, -1);
}

static void test_briefing_by_a_name_with_a_title_in_construct(void)
{
    /* "بإحاطة قدمها خالد خياري، مساعد الأمين العام ...، قال فيها إن": a common word set off
     * by a comma before a title in construct is the family name, and he speaks */
    struct doc *d = fx_annotate("واستهلت الجلسة بإحاطة قدمها سامر خياري، مساعد الأمين العام للشؤون السياسية، قال فيها "
                                "إن الأمانة لا تملك آلية للتحقق.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأمانة لا تملك", "سامر خياري", QUOTE_INDIRECT, -1);
}

static void test_described_by_a_name_with_an_object_after_it(void)
{
    /* "وصفت واشنطن زيارة لافروف بأنها «...»": the name after the verb describes; the
     * visit and its visitor are what is described */
    struct doc *d = fx_annotate("قال سيرغي لافروف إن الزيارة ناجحة. فيما وصفت واشنطن زيارة لافروف بأنها «استعراض "
                                "لا يغير شيئا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "استعراض لا يغير", "واشنطن", QUOTE_DIRECT, -1);
}

static void test_honorific_subject_and_looking_forward(void)
{
    /* "وأكد سموه حرص المملكة على ...، مشددا على أن": the honorific with its pronoun is the
     * verb's subject, whom the participle goes on with; "متطلعا إلى أن" is a hope said */
    struct doc *d = fx_annotate("تلقى الأمير سعود بن نايف اتصالا من نظيره. وأكد سموه خلال الاتصال حرص البلاد على "
                                "التنسيق، مشددا على أن المملكة تدعم الحل السياسي، متطلعا إلى أن تستضيف الرياض "
                                "جولة جديدة. ويتطلع البلدان إلى رفع التبادل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المملكة تدعم الحل", "سعود بن نايف", QUOTE_INDIRECT, -1);
    expect(d, "تستضيف الرياض", "سعود بن نايف", QUOTE_INDIRECT, -1);
    CHECK(fx_quote(d, "رفع التبادل") == NULL);
}

static void test_body_as_written_named_again_by_its_head(void)
{
    /* "وأكد مجلس الوزراء أن ... وأعرب المجلس عن": the council that spoke (named as written,
     * a definite construct), not another council named inside its words */
    struct doc *d = fx_annotate("وأكد مجلس الوزراء أن المملكة تتابع باهتمام التطورات في المنطقة، وتدعو مجلس الأمن "
                                "الدولي إلى التحرك. وأعرب المجلس عن تقديره للجهود الدولية، معربا عن أمله في أن تسهم "
                                "الجهود في «التهدئة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أمله في أن", "مجلس الوزراء", QUOTE_MIXED, -1);
}

static void test_circles_relay_their_patron(void)
{
    /* "تنقل أوساط الرئيس X عنه قوله": the person whose circles relay, named before the
     * pronoun, not whoever spoke last */
    struct doc *d = fx_annotate("وقال الوزير سامي فهد إن الوضع صعب. وفي عين التينة، تنقل أوساط الرئيس نبيه بري عنه "
                                "قوله: «نحن مشغولون بالجنوب».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "نحن مشغولون", "نبيه بري", QUOTE_DIRECT, -1);
}

static void test_masculine_object_of_a_feminine_call(void)
{
    /* "أما النائبة X، فقد دعت الجانب الروسي إلى «...»": the side is whom she called on */
    struct doc *d = fx_annotate("أما النائبة عن حزب العدالة، سعاد بن علي، فقد دعت الجانب الروسي إلى «تسريع وتيرة» "
                                "الاستثمارات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "«تسريع وتيرة» الاستثمارات", "سعاد بن علي", QUOTE_MIXED, -1);
}

static void test_accusative_plural_object_and_seat_of_a_body(void)
{
    /* "ثم ذكّر المشاركين بأن": a definite plural in -ين right after the verb is its object,
     * the subject is elided; "جهاز X في سيول، الذي أبلغ المشرعين أن": the body, named with
     * its seat, not the seat alone */
    struct doc *d = fx_annotate("واستهل مدير المركز بدر الصانع الندوة بكلمة قصيرة. ثم ذكّر المشاركين بأن لكل منهم "
                                "عشر دقائق «لا أكثر». وقال الوزير سامي فهد إن الأمر سري. لكن جهاز الاستخبارات "
                                "الوطني في سيول، الذي أبلغ المشرعين أن نحو ألف جندي نقلوا، لم يعلق.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "لكل منهم");
    CHECK(q && (!q->speaker_name || strcmp(q->speaker_name, "المشاركين") != 0));
    expect(d, "نحو ألف جندي", "جهاز الاستخبارات الوطني في سيول", QUOTE_INDIRECT, -1);
}

static void test_name_in_marks_inside_a_subject_before_its_verb(void)
{
    /* "فمصادر قريبة من «حزب الله» ترى في المعاهدة «...»": the marked name behind من is
     * part of the subject before the verb; "محدّث «الرياض» يقر بأن" is not (the outlet told) */
    struct doc *d = fx_annotate("وتقول أوساط دبلوماسية غربية إن الأمر خطير. فمصادر قريبة من «حزب الله» ترى في "
                                "المعاهدة «دليلا على نهاية القطب الواحد».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "دليلا على نهاية", "مصادر قريبة من «حزب الله»", QUOTE_DIRECT, -1);
}

static void test_summed_up_before_a_colon_and_found_strange(void)
{
    /* "ويختصر X المشهد بعبارة: «...»": summing up before a colon is a cue; "استغرب أن" too,
     * but "لخص التقرير النتائج" and "استغرب الخطوة" report nothing */
    struct doc *d = fx_annotate("وقال الوزير إن الأمر خطير. ويختصر الخبير العسكري، العميد المتقاعد فهد الشمري، "
                                "المشهد بعبارة: «موسكو تشتري الوقت بالذخيرة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موسكو تشتري الوقت", "فهد الشمري", QUOTE_DIRECT, -1);
    d = fx_annotate("وقال سامي فهد إن الجنوب ليس معنيا، لكنه استغرب أن تمضي موسكو في تحالف علني. واستغرب "
                    "الوزير الخطوة الروسية. ولخص التقرير النتائج في جدول.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تمضي موسكو", "سامي فهد", QUOTE_INDIRECT, -1);
    CHECK(d->n_quotes == 2);
    d = fx_annotate("وحذر النائب سالم الدهيم من «جر الخليج إلى صراعات الآخرين»، مستغربا أن «تلتزم الحكومة "
                    "الصمت».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تلتزم الحكومة", "سالم الدهيم", QUOTE_DIRECT, -1);
}

static void test_in_his_view_and_an_aside_after_the_outlet_told(void)
{
    /* "وفي نظر الأكاديمي، فإن": in his view; "أبلغ «الخليج أونلاين»، طالبا عدم ذكر اسمه،
     * أن": the outlet told, and the clause after the aside is what was said */
    struct doc *d = fx_annotate("وقال الأستاذ عبد الحق الفيلالي إن الأمر خطير. وفي نظر الأكاديمي المغربي، فإن "
                                "الرباط مطالبة اليوم بقراءة هادئة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الرباط مطالبة", "عبد الحق الفيلالي", QUOTE_INDIRECT, -1);
    d = fx_annotate("لم يصدر أي بيان، غير أن مصدرا دبلوماسيا خليجيا أبلغ «الخليج أونلاين»، طالبا عدم ذكر اسمه، "
                    "أن دول المجلس «تتابع بقلق» التطورات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "دول المجلس") != NULL);
    CHECK(fx_quote(d, "الخليج أونلاين") == NULL);
    /* (and an aside's verb that told the outlet, whatever preposition the cue takes:
     * "ويقر دبلوماسي أوروبي، تحدث إلى «اللواء» شرط عدم ذكر اسمه، بأن") */
    d = fx_annotate("ويقرّ ديبلوماسي أوروبي في بيروت، تحدّث إلى «اللواء» شرط عدم ذكر اسمه، بأنّ عواصم القرار لا "
                    "تملك أدوات ضغط.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "عواصم القرار") != NULL);
    CHECK(fx_quote(d, "اللواء") == NULL);
}

static void test_family_name_with_its_particle_names_the_person_again(void)
{
    /* "وأضاف ولد سيدي عبد الله أن": the particle and the words after it end the name of
     * the diplomat named before, so they name him again */
    struct doc *d = fx_annotate("قال السفير السابق محمد المختار ولد سيدي عبد الله إن الحرب طويلة. وأضاف ولد سيدي "
                                "عبد الله أن السلام بعيد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "السلام بعيد", "محمد المختار ولد سيدي عبد الله", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "سيدي عبد الله") == NULL);
}

static void test_former_role_names_the_former_official(void)
{
    /* "وحذر الدبلوماسي السابق": the adjective of the role picks the speaker whose role the
     * text wrote with it (السفير ... السابق), not the president who spoke since */
    struct doc *d = fx_annotate("قال السفير الموريتاني السابق لدى روسيا محمد المختار ولد سيدي عبد الله إن الحرب "
                                "طويلة. وشكر الرئيس الروسي فلاديمير بوتين الجنود قائلا إن البطولة عظيمة. وحذّر "
                                "الدبلوماسي السابق من أنّ دول الساحل «ستجد نفسها مطالبة بالاختيار».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "دول الساحل", "محمد المختار ولد سيدي عبد الله", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
    /* (and when both hold the role word: "الوزير الأسبق" is the former minister, not the
     * minister who spoke since) */
    d = fx_annotate("اعتبر وزير الشؤون الخارجية الأسبق كمال بن يوسف أن المعاهدة مهمة. وقال وزير الخارجية "
                    "الأمريكي أنتوني بلينكن إن المعاهدة «تهدد السلم». كما ذكّر الوزير الأسبق بأن تونس صوتت "
                    "لصالح القرار.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تونس صوتت", "كمال بن يوسف", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_named_speaker_inside_a_participle_clause_and_a_role_with_a_quoted_outlet(void)
{
    /* "، مشيرا إلى أن المتحدث X اعتبر ...": the person named in the clause speaks, the
     * correspondent relays; "وأضاف مراسل «القاهرة الإخبارية» أن": the role the text gave
     * the correspondent after his name, a quoted outlet in it */
    struct doc *d = fx_annotate("قال أحمد البدري، مراسل «القاهرة الإخبارية» من موسكو، إن الكرملين رحب بالإعلان، "
                                "مشيرا إلى أن المتحدث باسم الكرملين دميتري بيسكوف اعتبر المشاركة «تطبيقا للمعاهدة». "
                                "وقالت الوزارة إن الأمر مهم. وأضاف مراسل «القاهرة الإخبارية» أن القنوات خصصت جانبا "
                                "من تغطيتها.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تطبيقا للمعاهدة", "دميتري بيسكوف", QUOTE_DIRECT, -1);
    expect(d, "القنوات خصصت", "أحمد البدري", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    CHECK(fx_quote(d, "المتحدث باسم") == NULL);
}

static void test_the_anchor_and_her_question(void)
{
    /* "سؤال المذيعة نهى سليم" ... "واختتمت المذيعة الفقرة بالإشارة إلى أن": the anchor
     * the text named; "المذيعة: ...؟" answered on the next line by a label is her turn in
     * the exchange, no quotation */
    struct doc *d = fx_annotate("وردا على سؤال المذيعة نهى سليم عما إذا كانت المعاهدة ملزمة، أوضح محمود العشري أن "
                                "المادة الرابعة «تلزم الطرفين».\nالمذيعة: هل نحن أمام تحالف عسكري؟\nالعشري: ليس "
                                "بعد، لكن المادة الرابعة لم تعد نصا نظريا.\nواختتمت المذيعة الفقرة بالإشارة إلى "
                                "أن الكرملين لم يحدد موعد الزيارة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الكرملين لم يحدد", "نهى سليم", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    CHECK(fx_quote(d, "هل نحن") == NULL);
    CHECK(fx_quote(d, "ليس بعد") != NULL);
}

static void test_saying_recalled_from_someone_else(void)
{
    /* "واستعاد X عبارة قالها له دبلوماسي روسي: «...»، مضيفا": the diplomat speaks the
     * saying (the verb describes the statement noun, its subject after it), and the
     * participle goes back to X, who recalls it */
    struct doc *d = fx_annotate("قال السفير عادل الحناوي إن المعاهدة مهمة. واستعاد الحناوي عبارة قالها له دبلوماسي "
                                "كوري شمالي خلال عمله في بكين: «روسيا تأتي وتذهب»، مضيفا: «يبدو أن روسيا جاءت لتبقى».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "روسيا تأتي وتذهب", "دبلوماسي كوري شمالي", QUOTE_DIRECT, -1);
    expect(d, "يبدو أن روسيا", "عادل الحناوي", QUOTE_DIRECT, -1);
}

static void test_source_marker_with_a_statement_noun_and_a_quoted_outlet(void)
{
    /* "وبحسب تقرير «النهار»، فإن"، "ووفق معلومات «X»": the outlet in marks after the
     * statement noun is the source */
    struct doc *d = fx_annotate("وبحسب تقرير «النهار»، فإنّ جهات حزبية وزعت مقاطع مترجمة. ووفق معلومات «الأخبار»، "
                                "فإن الوفد وصل أمس.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "جهات حزبية", "النهار", QUOTE_INDIRECT, -1);
    expect(d, "الوفد وصل", "الأخبار", QUOTE_INDIRECT, -1);
}

static void test_relay_set_off_before_the_verb(void)
{
    /* "فالحكومة، على لسان ناطقها الرسمي X، اكتفت بالقول إن": the spokesman speaks */
    struct doc *d = fx_annotate("وقال الوزير إن الأمر مهم. فالحكومة، على لسان ناطقها الرسمي مصطفى بايتاس، اكتفت "
                                "في الندوة بالقول إن المغرب «يتابع باهتمام التطورات».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المغرب «يتابع", "مصطفى بايتاس", QUOTE_MIXED, -1);
}

static void test_the_same_paper_is_the_last_one_named(void)
{
    /* "وأشارت ذات الصحيفة إلى أن": the paper named last, even one that only relayed an
     * official, not the last paper that spoke */
    struct doc *d = fx_annotate("وقالت صحيفة «دي فيلت» الألمانية إن أوروبا في خطر. ونقلت صحيفة «كوريا هيرالد» "
                                "الكورية الجنوبية عن مسؤول في وزارة الدفاع قوله إن الجنود قتلوا. وأشارت ذات "
                                "الصحيفة إلى أن سيول تدرس خيار تزويد كييف بأسلحة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "سيول تدرس", "كوريا هيرالد", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_what_was_said_asked_in_a_headline(void)
{
    /* "ماذا قالت الصحافة العالمية عن «...»؟": a question about what was said */
    struct doc *d = fx_annotate("ماذا قالت الصحافة العالمية عن «اعتراف كورسك»؟\nتصدر الاعتراف الصفحات الأولى.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->n_quotes == 0);
}

static void test_topic_answered_after_faqad(void)
{
    /* "أما الناطقة باسم الخارجية الأمريكية، فقد دعت إلى": the ف of فقد answers أما as a ف
     * on the verb does; the topic is the subject */
    struct doc *d = fx_annotate("واعتبرت الخارجية الكورية الجنوبية أن الأمر خطير. أما الناطقة باسم الخارجية الأمريكية، "
                                "فقد دعت في إيجاز صحفي إلى «محاسبة» بيونغ يانغ وموسكو.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "«محاسبة» بيونغ يانغ", "الناطقة باسم الخارجية الأمريكية", QUOTE_MIXED, -1);
}

static void test_dateline_with_the_paper_and_asserted_outright(void)
{
    /* "الخرطوم: الأيام" under the headline is a dateline with the paper's name; "لكنه قطع
     * بأن" after a clause whose subject is a role and a name set off by commas is that
     * person's */
    struct doc *d = fx_annotate("أحزاب سودانية تتباين حول المعاهدة\nالخرطوم: الأيام\nوقال الحزب إن الأمر مهم. وأمّن "
                                "القيادي بالحزب الاتحادي الديمقراطي الأصل، مولانا حسن إدريس، على حديث الطيب، لكنه "
                                "قطع بأن علاقة الخرطوم بموسكو «يجب أن تبنى على المصالح».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "الأيام") == NULL);
    expect(d, "علاقة الخرطوم", "حسن إدريس", QUOTE_MIXED, -1);
}

static void test_citing_what_someone_told_the_citer(void)
{
    /* "مستشهدا بما قاله له ملحق عسكري عربي سابق في موسكو من أن «...»": the attaché speaks,
     * named as written with where he served */
    struct doc *d = fx_annotate("وقال اللواء سمير عبد الغفار إن الأمر خطير، مستشهدا بما قاله له ملحق عسكري عربي سابق "
                                "في موسكو من أن «الكوريين جاءوا على دفعات».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الكوريين جاءوا", "ملحق عسكري عربي سابق في موسكو", QUOTE_DIRECT, -1);
}

static void test_headline_words_repeated_below_and_a_cited_masdar(void)
{
    /* "ونائب: «لسنا طرفًا في أي محور»": the body quotes the same words from one MP, though
     * another MP is named first; "واستشهد X بتأكيد الرئيس Y أن «...»، معتبرًا أن" goes on
     * with X, who cited Y */
    struct doc *d = fx_annotate("اللجنة تناقش المعاهدة.. ونائب: «لسنا طرفًا في أي محور»\n"
                                "ناقشت اللجنة برئاسة النائب حسام شلبي المعاهدة، واستهل شلبي الاجتماع بالتأكيد على أن "
                                "مصر «تتابع عن كثب». وقال النائب طارق الجندي: «لسنا طرفًا في أي محور، ولن نكون». "
                                "واستشهد وكيل اللجنة، النائب أحمد سليمان، بتأكيد الرئيس عبد الفتاح السيسي أن مصر «لا "
                                "تنحاز»، معتبرًا أن المعاهدة «شأن يخصهما».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لسنا طرفًا في أي محور", "طارق الجندي", QUOTE_DIRECT, RESOLVED_HEADLINE);
    expect(d, "مصر «لا تنحاز»", "عبد الفتاح السيسي", QUOTE_MIXED, -1);
    expect(d, "المعاهدة «شأن", "أحمد سليمان", QUOTE_MIXED, -1);
}

static void test_body_role_noun_before_a_named_object(void)
{
    /* "وطالبت الهيئة الأمم المتحدة بأن": the role noun is the subject, the body named
     * after it the object */
    struct doc *d = fx_annotate("حذرت هيئة الأركان العامة من المعاهدة. وطالبت الهيئة الأمم المتحدة بأن تعد أي نقل "
                                "للسلاح انتهاكا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تعد أي نقل", "هيئة الأركان العامة", QUOTE_INDIRECT, -1);
}

static void test_aside_on_a_subject_that_opens_the_sentence(void)
{
    /* "مصدر عسكري رفيع، فضّل حجب اسمه، أبلغ (الانتباهة) أن": an aside with no الذي on an
     * indefinite subject, and "الوزير، وهو عائد من موسكو، قال إن" */
    struct doc *d = fx_annotate("مصدر عسكري رفيع، فضّل حجب اسمه، أبلغ (الانتباهة) أن القوات المسلحة «لا تمانع» في أي "
                                "صيغة. الوزير، وهو عائد من موسكو، قال إن الجيش جاهز.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "القوات المسلحة «لا تمانع»", "مصدر عسكري رفيع", QUOTE_MIXED, -1);
    expect(d, "الجيش جاهز", "الوزير", QUOTE_INDIRECT, -1);
}

static void test_round_up_labels_and_a_report_inside_a_report(void)
{
    /* a round-up heads each paragraph with a line naming whose reaction follows; "وكشف
     * الوزير أن نظيره X أكد له أن «...»، مضيفاً أن" goes on with the minister; a title in
     * ب before the name set off (وزير الشؤون الخارجية والجالية الوطنية بالخارج، X،) */
    struct doc *d = fx_annotate("أبرز ردود الفعل على المعاهدة\n"
                                "وقع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونج أون المعاهدة أمس.\n"
                                "بوتين\n"
                                "قال الرئيس الروسي إن الوثيقة دفاعية، مضيفاً أن موسكو «لا تستبعد» التعاون.\n"
                                "كيم جونج أون\n"
                                "وصف المعاهدة بأنها «بداية عصر جديد»، مؤكداً أن بلاده تقف إلى جانب روسيا.\n"
                                "أكد وزير الدولة، وزير الشؤون الخارجية والجالية الوطنية بالخارج، أحمد عطاف، أن الجزائر "
                                "محايدة. وكشف الوزير أن نظيره الروسي سيرغي لافروف أكد له أن موسكو «حريصة على "
                                "التنسيق»، مضيفاً أن الجزائر ستبقى على مسافة واحدة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بداية عصر جديد", "كيم جونج أون", QUOTE_DIRECT, -1);
    expect(d, "بلاده تقف", "كيم جونج أون", QUOTE_INDIRECT, -1);
    expect(d, "الجزائر محايدة", "أحمد عطاف", QUOTE_INDIRECT, -1);
    expect(d, "موسكو «حريصة", "سيرغي لافروف", QUOTE_MIXED, -1);
    expect(d, "الجزائر ستبقى", "أحمد عطاف", QUOTE_INDIRECT, -1);
}

static void test_paper_named_again_by_its_nationality(void)
{
    /* "وأضافت الجريدة الإسبانية": the last paper the text gave no other nationality; "الصحيفة
     * الإسبانية" describes a paper, it names no body of its own */
    struct doc *d = fx_annotate("رأت صحيفة «إل باييس» الإسبانية أن موسكو دفعت الثمن. ونقلت صحيفة «كوميرسانت» الروسية "
                                "عن مصدر قوله إن الأمر عادي. وأضافت الجريدة الإسبانية أن الكرملين لم يعد بحاجة إلى "
                                "الإنكار.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الكرملين لم يعد", "إل باييس", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    CHECK(fx_entity(d, "الجريدة الإسبانية") == NULL);
}

static void test_telegram_sent_and_in_the_reckoning_of(void)
{
    /* "بعث ببرقية إلى الزعيم X وصف فيها": the one who sent it, not the addressee; "وفي
     * حساب ديبلوماسي عربي، فإن": his reckoning, a source */
    struct doc *d = fx_annotate("ولم يفوّت الرئيس فلاديمير بوتين المناسبة، إذ بعث ببرقية إلى الزعيم الكوري الشمالي كيم "
                                "جونغ أون وصف فيها المعاهدة بأنها «أساس متين». وفي حساب ديبلوماسي عربي مخضرم، فإن "
                                "الرابح الأكبر هو الصين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أساس متين", "فلاديمير بوتين", QUOTE_DIRECT, -1);
    expect(d, "الرابح الأكبر", "ديبلوماسي عربي مخضرم", QUOTE_INDIRECT, RESOLVED_SOURCE);
    /* "ويختم X حديثه إلى «الحياة» بالقول:": the paper told, then how he said it */
    d = fx_annotate("ويختم سفير غربي سابق في موسكو حديثه إلى «الحياة» بالقول: «المعاهدة لم تغيّر موازين الحرب».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة لم تغيّر", "سفير غربي سابق في موسكو", QUOTE_DIRECT, -1);
}

static void test_source_between_a_subject_and_its_predicate(void)
{
    /* "والخليج، بحسب المحلل X، ليس طرفاً": the source set off inside a clause of its own;
     * the words before, a speaker's, stop at the comma before that clause's subject */
    struct doc *d = fx_annotate("وقال المحلل خالد حسن إن الخليج «يراقب»، فالمنطقة، بحسب الأكاديميين الأربعة، ليست "
                                "طرفاً في هذه المعادلة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الخليج «يراقب»", "خالد حسن", QUOTE_MIXED, -1);
    const struct quote *q = fx_quote(d, "الخليج «يراقب»");
    CHECK(q && !strcmp(fx_text(d, q->content), "الخليج «يراقب»"));
    expect(d, "المنطقة، بحسب", "الأكاديميين الأربعة", QUOTE_INDIRECT, RESOLVED_SOURCE);
    q = fx_quote(d, "المنطقة، بحسب");
    CHECK(q && !strcmp(fx_text(d, q->content), "المنطقة، بحسب الأكاديميين الأربعة، ليست طرفاً في هذه المعادلة"));
}

static void test_considered_in_iraqi_copy(void)
{
    /* "عدّ الخبير X «...»": considered, as Iraqi copy writes اعتبر */
    struct doc *d = fx_annotate("وقال المتحدث باسم الخارجية أحمد الكناني إن الزيارة مهمة. وعدّ الكناني المعاهدة \"رسالة "
                                "روسية مبكرة\" قبل تسلم الإدارة مهامها.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    /* (with what قبل governs: one mixed quotation) */
    expect(d, "\"رسالة روسية", "أحمد الكناني", QUOTE_MIXED, -1);
    /* (and أسر, "captured" as well as "confided", with no أن after it is no other verb:
     * "إعلان أوكرانيا أسر جنديين «...»") */
    d = fx_annotate("عدّ الخبير رعد الخفاجي، اليوم الأحد، إعلان أوكرانيا أسر جنديين \"أول دليل ميداني ملموس\" على "
                    "تطبيق المعاهدة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "\"أول دليل", "رعد الخفاجي", QUOTE_MIXED, -1);
}

static void test_participle_after_a_verb_in_the_object(void)
{
    /* "عدّ X إعلان كييف أسر جنديين «...»، محذرا من أن": أسر sits in the object between
     * the cue and its words, so the participle goes on with X, not with whoever أسر
     * seems to have as subject */
    struct doc *d = fx_annotate("عدّ المحلل سالم العتيبي، أمس، إعلان الجيش أسر ثلاثة مقاتلين من الحرس الثوري في "
                                "محافظة مأرب \"أول اختبار حقيقي\" على جدية الهدنة، محذرا من أن الجبهة \"لن تهدأ "
                                "قريبا\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "\"أول اختبار", "سالم العتيبي", QUOTE_MIXED, -1);
    expect(d, "الجبهة", "سالم العتيبي", QUOTE_MIXED, RESOLVED_ELIDED);
}

static void test_marked_predicate_and_its_tail(void)
{
    /* "اعتبر X القرار «...» في مواجهة الحصار": the predicate's في phrase is part of the
     * mixed quotation, as its ل and على phrases are; "لقدرة الحكومة" after the marks is
     * a noun (قدرة), not ل + the verb قدّره with the government as its subject */
    struct doc *d = fx_annotate("واعتبر الباحث سالم العتيبي القرار \"خطوة متأخرة جدا\" في مواجهة الحصار.\n"
                                "وعدّ الخبير ماهر الدوسري الإعلان \"أول اختبار حقيقي وملموس\" لقدرة الحكومة على "
                                "الصمود.\n"
                                "ودعا النائب عادل الرميثي الحكومة إلى \"التريث\" في تصريح للصحفيين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "\"خطوة متأخرة", "سالم العتيبي", QUOTE_MIXED, -1);
    const struct quote *q = fx_quote(d, "\"خطوة متأخرة");
    CHECK(q && !strcmp(fx_text(d, q->content), "\"خطوة متأخرة جدا\" في مواجهة الحصار"));
    expect(d, "\"أول اختبار", "ماهر الدوسري", QUOTE_MIXED, -1);
    /* (the occasion of the words is the narrator's) */
    q = fx_quote(d, "التريث");
    CHECK(q && !strcmp(fx_text(d, q->content), "التريث"));
}

static void test_recommended_that(void)
{
    /* "أوصى بأن" + clause is speech (a report's or a committee's recommendation); "أوصى
     * بتوزيع أرباح", a noun phrase, is no quotation */
    struct doc *d = fx_annotate("ويوصي الباحثان بأن تفتح واشنطن «قناة هادئة» مع بكين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تفتح واشنطن", "الباحثان", QUOTE_MIXED, -1);
    d = fx_annotate("وأوصى مجلس الإدارة بتوزيع أرباح نقدية على المساهمين عن العام الماضي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_quotes, 0);
}

static void test_nationality_role_names_the_latest_of_that_nationality(void)
{
    /* "وأضاف الدبلوماسي الروسي": the Russian who spoke last (the ambassador), not the
     * first Russian the text named */
    struct doc *d = fx_annotate("أكد نائب وزير الاقتصاد الروسي أندريه كوليكوف أن التجارة «تنمو بسرعة». وقال السفير "
                                "الروسي في تونس سيرغي نيكولين إن «المعاهدة لا تعني شركاءنا». وأضاف الدبلوماسي الروسي "
                                "أن المبادلات «تتزايد».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المبادلات", "سيرغي نيكولين", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
}

static void test_verb_with_a_complement_closes_no_clause(void)
{
    /* "...، ليختم بصور أرشيفية لجنود في مقاطعة كورسك": concluding with pictures reports
     * nothing, and the place inside the ب phrase is no speaker of the clause before */
    struct doc *d = fx_annotate("ويتابع الفيلم حياة العمال في ورشات البناء بمدينة فلاديفوستوك، ليختم بصور أرشيفية "
                                "لجنود كوريين في مقاطعة كورسك.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_quotes, 0);
}

static void test_subject_after_the_verb_and_fih(void)
{
    /* "ونشر الموقع مقطعا يقول فيه الرئيس X إن": the president says it; the words before
     * the verb name the clip and who showed it */
    struct doc *d = fx_annotate("ويعرض الشريط مقطعا من مؤتمر صحفي يقول فيه وزير الخارجية الصيني وانغ يي إن "
                                "بلاده «لا تنحاز إلى أي طرف».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بلاده", "وانغ يي", QUOTE_MIXED, RESOLVED_EXPLICIT);
}

static void test_one_of_them_speaks(void)
{
    /* "وأضاف أحدهما أن"، "كتبت إحداهن ساخرة:": one of those named before speaks, as
     * written, without how or to whom */
    struct doc *d = fx_annotate("وقال صيادان في الميناء إن القارب نفذ ثلاث رحلات، وأضاف أحدهما أن طاقمه أُفرج عنه "
                                "بعد أسبوعين. وكتبت إحداهن ساخرة: \"لن نصمت بعد اليوم\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "طاقمه", "أحدهما", QUOTE_INDIRECT, -1);
    expect(d, "لن نصمت", "إحداهن", QUOTE_DIRECT, -1);
}

static void test_long_unnamed_speaker_and_long_asking_phrase(void)
{
    /* "قال قيادي سابق في الجماعة انشق عنها ... ويقيم حاليا في مأرب، إن": a speaker phrase
     * that carries a clause of its own is named by its head phrase; a verb followed by a
     * clause of its own ("يتساءل المراقبون عما تبقى ...") reports no clause before it */
    struct doc *d = fx_annotate("قال قيادي سابق في الحزب انشق عنه العام الماضي ويقيم حاليا في القاهرة، إن ضباطا "
                                "\"كانوا يتحدثون عن عرض روسي\".\n"
                                "منذ أن استخدمت روسيا حق النقض في مجلس الأمن، يتساءل المراقبون عما تبقى من منظومة "
                                "العقوبات التي بنتها الأمم المتحدة على مدى عقدين كاملين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ضباطا", "قيادي سابق في الحزب", QUOTE_MIXED, -1);
    CHECK_INT(d->n_quotes, 1);
}

static void test_first_headline_stops_at_the_second(void)
{
    /* "المنتدى: دعوة إلى رفع المبادلات.. والسفير الروسي: «...»": two headlines on one
     * line; the first one's words end where the second begins */
    struct doc *d = fx_annotate("منتدى الاستثمار: دعوة إلى مضاعفة المبادلات.. والسفير الروسي: «معاهدتنا لا تعني "
                                "شركاءنا»\n"
                                "افتتح المنتدى أمس. وقال السفير الروسي في تونس، سيرغي نيكولين، إن «معاهدتنا لا تعني "
                                "شركاءنا في إفريقيا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "دعوة إلى");
    CHECK(q && !strcmp(fx_text(d, q->content), "دعوة إلى مضاعفة المبادلات"));
    expect(d, "معاهدتنا لا تعني شركاءنا", "سيرغي نيكولين", -1, RESOLVED_HEADLINE);
}

static void test_headline_item_after_the_words(void)
{
    /* "الوزير: «...».. ونائب معارض يحذر من «...»": another speaker with a reporting verb
     * after the dots is the narrator's next item; ".. والملف عند اللجنة" goes on with the
     * same speaker's words */
    struct doc *d = fx_annotate("وزير الدفاع: تعاوننا مع موسكو «تقني بحت».. ونائب معارض يحذر من «صفقات سرية»\n"
                                "قال وزير الدفاع ثابت العباسي إن التعاون «تقني بحت».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "تعاوننا مع موسكو");
    CHECK(q && !strcmp(fx_text(d, q->content), "تعاوننا مع موسكو «تقني بحت»"));
    d = fx_annotate("وزير الدفاع: لا صفقات مع موسكو.. والملف عند اللجنة\n"
                    "قال وزير الدفاع ثابت العباسي إن بلاده لم توقع أي صفقة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    q = fx_quote(d, "لا صفقات");
    CHECK(q && !strcmp(fx_text(d, q->content), "لا صفقات مع موسكو.. والملف عند اللجنة"));
}

static void test_headline_marks_then_the_next_item(void)
{
    /* "خبير لـ«X»: «...» ونائبة تحذر من «عسكرة» المنطقة": the words in marks end before
     * the next item, whose marked head and genitive end the line; "وهران: سليمة. ع" is
     * the place and the writer's name with an initial, no quotation */
    struct doc *d = fx_annotate("خبير لـ«الوطن»: «موسكو تكافئ حلفاءها» ونائبة تحذر من «عسكرة» المنطقة\n"
                                "وهران: سليمة. ع\n"
                                "قال الخبير مراد بلقاسم إن موسكو «تكافئ حلفاءها». وحذرت النائبة نادية سعدي من "
                                "«عسكرة» الجنوب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "موسكو تكافئ");
    CHECK(q && !strcmp(fx_text(d, q->content), "موسكو تكافئ حلفاءها"));
    q = fx_quote(d, "«عسكرة» المنطقة");
    CHECK(q != NULL);
    CHECK(fx_quote(d, "سليمة") == NULL);
}

static void test_second_headline_with_its_wa_apart(void)
{
    /* ".. و«الحزب الشيوعي»: ...": و written apart from the marks of a second headline's head */
    struct doc *d = fx_annotate("أحزاب سودانية ترفض القاعدة الروسية.. و«الحزب الشيوعي»: لا لسياسة المحاور\n"
                                "الخرطوم - قال الحزب الشيوعي السوداني في بيان إنه يرفض أي قاعدة أجنبية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "لا لسياسة المحاور") != NULL);
}

static void test_unnamed_role_headline_is_the_unnamed_one_below(void)
{
    /* "مسؤول بالخارجية:" is the unnamed "مسؤول رفيع في وزارة الخارجية" quoted below, not
     * the first person the body names */
    struct doc *d = fx_annotate("مسؤول بالخارجية التونسية: المعاهدة \"لا تمس\" مصالحنا\n"
                                "قال المتحدث باسم الجيش، العميد كمال العياري، إن الجيش \"منفتح على الجميع\". وقال "
                                "مسؤول رفيع في وزارة الخارجية التونسية إن المعاهدة \"لا تمس\" مصالح البلاد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "المعاهدة \"لا تمس\" مصالحنا");
    CHECK(q != NULL);
    if (q) {
        CHECK(q->speaker_name && !strncmp(q->speaker_name, "مسؤول رفيع", strlen("مسؤول رفيع")));
        CHECK_INT(q->resolution, RESOLVED_HEADLINE);
    }
}

static void test_egyptian_hamza_seat(void)
{
    /* "مسئول" (Egyptian copy) is the official مسؤول: the unnamed official speaks, not the
     * body he works in */
    struct doc *d = fx_annotate("نقلت وكالة «يونهاب» عن مسئول بالرئاسة الكورية الجنوبية قوله إن سيول \"لن تقف "
                                "مكتوفة الأيدي\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "سيول", "مسئول بالرئاسة الكورية الجنوبية", QUOTE_MIXED, -1);
}

static void test_people_named_by_what_they_are(void)
{
    /* a listener, a viewer, a consul, a blogger: unnamed speakers, not the place after
     * them ("مستمع من صفاقس" is no Sfax) */
    struct doc *d = fx_annotate("وعلّق مستمع من قابس: \"المعاهدة لا تعنينا في شيء\".\n"
                                "وقال القنصل الروسي العام إن موسكو \"لا تطلب من أحد الانحياز\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة لا تعنينا", "مستمع من قابس", QUOTE_DIRECT, -1);
    expect(d, "موسكو", "القنصل الروسي العام", QUOTE_MIXED, -1);
}

static void test_voiced_words_in_marks(void)
{
    /* "أبدت طوكيو «قلقا بالغا»": أبدى's object in marks is what was voiced; "أبدى
     * تحفظه" is a feeling, and a party's name in marks in the subject opens nothing;
     * in "سيئول تستدعي ... وطوكيو تبدي" the second clause has its own subject */
    struct doc *d = fx_annotate("أنقرة تستدعي السفير الروسي وأثينا تبدي «قلقاً بالغاً» من معاهدة بوتين وكيم\n"
                                "وأبدى الاتحاد الوطني للطلبة تحفظه على القرار. وأبدت النائبة عن حزب «الغد» سلوى "
                                "الحامدي تحفظها على صياغة المادة الرابعة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "«قلقاً بالغاً» من", "أثينا", QUOTE_MIXED, -1);
    CHECK_INT(d->n_quotes, 1);
}

static void test_marked_object_and_what_it_governs(void)
{
    /* "إلى «ضبط النفس» والعودة إلى طاولة الحوار"، "«تحرك عاجل» لدى موسكو": a second
     * object and a لدى phrase belong to the marked words; بين does not (the development
     * set's "أشار إلى «تحالف متزايد» بين ...") */
    struct doc *d = fx_annotate("ودعت المندوبة الأطراف إلى «ضبط النفس» والعودة إلى طاولة الحوار.\n"
                                "وطالب النائب الخارجية بـ«تحرك عاجل» لدى موسكو لكشف مصير المفقودين.\n"
                                "وأشار الرئيس إلى «تحالف متزايد» بين روسيا والأنظمة المعزولة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "«ضبط النفس»");
    CHECK(q && !strcmp(fx_text(d, q->content), "«ضبط النفس» والعودة إلى طاولة الحوار"));
    q = fx_quote(d, "«تحرك عاجل»");
    CHECK(q && !strcmp(fx_text(d, q->content), "«تحرك عاجل» لدى موسكو لكشف مصير المفقودين"));
    q = fx_quote(d, "تحالف متزايد");
    CHECK(q && !strcmp(fx_text(d, q->content), "تحالف متزايد"));
    /* (وعدم, four letters, with عدم behind its و) */
    d = fx_annotate("ودعت السفارة الطلاب إلى «الالتزام بالتعليمات» وعدم الاقتراب من المواقع العسكرية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    q = fx_quote(d, "«الالتزام");
    CHECK(q && !strcmp(fx_text(d, q->content), "«الالتزام بالتعليمات» وعدم الاقتراب من المواقع العسكرية"));
    /* (قبل، خلف، وراء and what they govern) */
    d = fx_annotate("وقال النائب إن الوضع خطير، داعيا المجلس إلى «موقف سيادي واضح» قبل فوات الأوان.\n"
                    "ودعا الأمين العام المناضلين إلى «رص الصفوف» خلف رئيس الجمهورية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    q = fx_quote(d, "«موقف سيادي");
    CHECK(q && !strcmp(fx_text(d, q->content), "«موقف سيادي واضح» قبل فوات الأوان"));
    q = fx_quote(d, "«رص الصفوف");
    CHECK(q && !strcmp(fx_text(d, q->content), "«رص الصفوف» خلف رئيس الجمهورية"));
    /* (ل on a verbal noun of three letters before what it governs: لوقف استهداف) */
    d = fx_annotate("ودعا المسؤول المجتمع الدولي إلى «تحرك جاد» لوقف استهداف المدنيين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    q = fx_quote(d, "«تحرك جاد");
    CHECK(q && !strcmp(fx_text(d, q->content), "«تحرك جاد» لوقف استهداف المدنيين"));
}

static void test_role_holder_set_off_after_it(void)
{
    /* "وقال الناطق الإعلامي باسم المديرية، الرائد محمد الخوالدة، إن": the major set off
     * after the role speaks, not the director quoted before */
    struct doc *d = fx_annotate("قال مدير الدفاع المدني أحمد الملكاوي إن الحرائق \"تراجعت\". وقال الناطق الإعلامي "
                                "باسم المديرية، الرائد سامر العبادي، إن المدافئ \"خطرة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المدافئ", "سامر العبادي", QUOTE_MIXED, RESOLVED_EXPLICIT);
}

static void test_statement_adjective_then_author(void)
{
    /* "وجاء في بيان منفصل للخارجية اليابانية أن": the statement's author after its
     * adjective, in ل, speaks, not the person quoted before */
    struct doc *d = fx_annotate("قال المتحدث باسم الحكومة اليابانية يوشيماسا هاياشي إن طوكيو \"قلقة\". وجاء في بيان "
                                "منفصل للخارجية اليابانية أن طوكيو \"تتابع الوضع\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "طوكيو \"تتابع", "الخارجية اليابانية", QUOTE_MIXED, -1);
}

static void test_the_maghrebi_host_opens_the_show(void)
{
    /* "واستهلّ منشط البرنامج X الحصة بالتذكير بأنّ": the host, the Maghreb's منشط */
    struct doc *d = fx_annotate("قال الضيف الهادي بن رمضان إن المعاهدة مهمة. واستهلّ منشط البرنامج أنيس القلعي الحصة "
                                "بالتذكير بأنّ المعاهدة وقعت في بيونغ يانغ.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة وقعت", "أنيس القلعي", QUOTE_INDIRECT, -1);
}

static void test_report_byline_and_agreed_as_one(void)
{
    /* "تقرير: هبة عبد العظيم" and "بورتسودان: اليوم التالي" under a headline are the byline
     * and the dateline; "وأجمع المتحدثون على أن" is the group's */
    struct doc *d = fx_annotate("ندوة ببورتسودان تقرأ المعاهدة.. ولواء (م): «كورسك ليست البحر الأحمر»\n"
                                "تقرير: هبة عبد العظيم\n"
                                "بورتسودان: اليوم التالي\n"
                                "نظم المركز ندوة أمس. وأجمع المتحدثون على أن السودان مطالب بقراءة التجربة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "هبة عبد العظيم") == NULL);
    /* (a second headline whose rank carries "(م)", retired, is a quotation) */
    CHECK(fx_quote(d, "كورسك ليست البحر الأحمر") != NULL);
    CHECK(fx_quote(d, "اليوم التالي") == NULL);
    expect(d, "السودان مطالب", "المتحدثون", QUOTE_INDIRECT, -1);
}

static void test_when_clause_after_a_name_set_off(void)
{
    /* "وهو ما عبّر عنه الأمين العام للحزب، محمد جودار، حين قال إن": the clause of time
     * has the subject set off by commas before it, not a person named earlier in the
     * sentence */
    struct doc *d = fx_annotate("ويقود المغرب، بقيادة الملك محمد السادس، نهج دبلوماسية هادئة، وهو ما عبّر عنه الأمين "
                                "العام لحزب الاتحاد الدستوري، محمد جودار، حين قال إن المملكة «ليست معنية».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المملكة", "محمد جودار", QUOTE_MIXED, -1);
}

static void test_a_documents_makers_speak_for_it(void)
{
    /* "ويضيف معدو التقرير أن": the report's issuer; "وخلص معدوه إلى أن": the document
     * named last; "وأعده الباحثان X وY ... ووفقاً لمعدّي التقرير": those who prepared it */
    struct doc *d = fx_annotate("وأصدر مركز هارتويل لدراسات الأمن تقريرا جديدا عن الصواريخ.\n"
                                "ويضيف معدو التقرير أن الصواريخ دقيقة.\n"
                                "وخلص معدوه إلى أن المدى يتجاوز ألف كيلومتر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الصواريخ دقيقة", "مركز هارتويل لدراسات الأمن", QUOTE_INDIRECT, -1);
    expect(d, "المدى يتجاوز", "مركز هارتويل لدراسات الأمن", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "معدو") == NULL && fx_entity(d, "معدوه") == NULL);
    d = fx_annotate("ويقع التقرير في 58 صفحة، وأعده الباحثان دانيال هارتلي وجي-يون سونغ، المتخصصان في شؤون "
                    "شبه الجزيرة الكورية.\nووفقاً لمعدّي التقرير، فإن كوريا الديمقراطية زودت روسيا بالقذائف.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كوريا الديمقراطية زودت", "دانيال هارتلي وجي-يون سونغ", QUOTE_INDIRECT, -1);
}

static void test_a_recommendation_in_marks(void)
{
    /* "ويوصي التقرير صانع القرار بـ«...»": a verb of recommending reports words in marks
     * after بـ (as it does a clause after بأن); "اتفقا بـ«...»" and "قطع الأشجار" do not */
    struct doc *d = fx_annotate("وأصدر المرصد المغربي للدراسات الأوراسية تقريرا.\n"
                                "ويوصي التقرير صانع القرار المغربي بـ«تعميق الشراكات مع القوى الآسيوية».\n"
                                "وعمل في قطع الأشجار ضمن عمال يعرفون بـ«عمال العملة الصعبة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تعميق الشراكات", "المرصد المغربي للدراسات الأوراسية", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "عمال العملة") == NULL);
}

static void test_one_of_a_plural_of_people(void)
{
    /* "إحدى الطالبات"، "أحد متابعيه": one of people named by a plural no list holds speaks,
     * as written, also after the one the verb answers ("ليرد عليه أحد متابعيه:") */
    struct doc *d = fx_annotate("وتجمع الطلاب أمام السفارة. وقالت إحدى الطالبات إن الوضع صعب.\n"
                                "وكتب الناشط نبيل السقا: «أين العرب؟»، ليرد عليه أحد متابعيه: «ومن قطعها؟».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوضع صعب", "إحدى الطالبات", QUOTE_INDIRECT, -1);
    expect(d, "أين العرب", "نبيل السقا", QUOTE_DIRECT, -1);
    expect(d, "ومن قطعها", "أحد متابعيه", QUOTE_DIRECT, -1);
    /* (and "some of them", بعضهم) */
    d = fx_annotate("وتجمع الطلاب أمام السفارة. وتساءل بعضهم: «أين الحكومة؟».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أين الحكومة", "بعضهم", QUOTE_DIRECT, -1);
}

static void test_headline_speaker_by_shared_role_words_and_a_reworded_quote(void)
{
    /* the body person whose role shares the most words with the headline's head (not the
     * first "قائد"), and the body speaker of three of the headline's words in a row, the
     * headline rewording their start */
    struct doc *d = fx_annotate("قائد المنطقة العسكرية الخامسة: الشراكة مع موسكو \"تكسر\" الهيمنة\n"
                                "- نائب عراقي: على بغداد أن تقرأ دروس كورسك جيداً\n"
                                "وكان قائد الثورة عبدالملك الحوثي قد قال إن الأمة صامدة.\n"
                                "وقال قائد المنطقة العسكرية الخامسة اللواء يوسف المداني إن الشراكة \"تكسر\" الهيمنة.\n"
                                "وقالت المتحدثة ماريا زاخاروفا إن المعاهدة دفاعية. وأكد الرئيس كيم جونغ أون أن الجنود أبطال.\n"
                                "وفي بغداد، قال عضو لجنة العلاقات الخارجية علي السعدي إن الأمر جلل، داعياً الحكومة إلى "
                                "\"قراءة دروس كورسك جيداً\" قبل أي اتفاق.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشراكة مع موسكو", "يوسف المداني", -1, RESOLVED_HEADLINE);
    expect(d, "على بغداد", "علي السعدي", -1, RESOLVED_HEADLINE);
}

static void test_but_another_speaker_ends_the_words(void)
{
    /* "...، غير أن مصدرا حكوميا قال إن": another speaker's clause ends the words before
     * (not "، غير أنه": the same subject) */
    struct doc *d = fx_annotate("ويرى متعاملون في السوق أن مصر \"لن تتأثر\"، غير أن مصدرا حكوميا قال لـ\"مباشر\" إن "
                                "الحكومة \"تدرس تنويع مناشئ القمح\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "مصر");
    CHECK(q && !strcmp(fx_text(d, q->content), "مصر \"لن تتأثر\""));
    expect(d, "الحكومة", "مصدرا حكوميا", QUOTE_MIXED, -1);
}

static void test_feminine_present_forms_of_listed_verbs(void)
{
    /* تلاحظ، تردف، تستطرد ...: the feminine present of verbs listed in the masculine ends
     * the words before it after a comma and reports its own */
    struct doc *d = fx_annotate("أما المؤرخة الفرنسية كلير ديمونتيه فتصف علاقة الطرفين بأنها «زواج مصلحة بلا حب»، "
                                "وتلاحظ أن بيونغ يانغ «تعلمت يومها كيف تبيع ولاءها».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "زواج مصلحة");
    CHECK(q && !strcmp(fx_text(d, q->content), "زواج مصلحة بلا حب"));
    expect(d, "بيونغ يانغ", "كلير ديمونتيه", QUOTE_MIXED, -1);
}

static void test_role_before_its_verb_with_the_name_set_off(void)
{
    /* "وكان الناطق باسم الحكومة، مصطفى بايتاس، قد اكتفى، في ...، بالقول إن": the person
     * the role was read with, set off after it, before the verb */
    struct doc *d = fx_annotate("وقال الاقتصادي عبد الرحيم الهواري إن الصمت مكلف. وكان الناطق الرسمي باسم الحكومة، "
                                "مصطفى بايتاس، قد اكتفى، في الندوة الصحفية الأسبوعية، بالقول إن المغرب \"يتابع "
                                "باهتمام\" التطورات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المغرب", "مصطفى بايتاس", QUOTE_MIXED, -1);
}

static void test_student_after_a_noun_is_no_verb(void)
{
    /* "قال X، والد طالب في السنة الرابعة:": طالب after a bare noun is "student", the
     * genitive, not "demanded"; the words after the colon are X's */
    struct doc *d = fx_annotate("وفي اتصال مع \"سرايا\"، قال سامي العلي، والد طالب في السنة الرابعة: \"ابني يطمئننا كل "
                                "مساء\".\nوأصدر النادي بيانا رسميا طالب فيه الاتحاد بالتحقيق.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ابني يطمئننا", "سامي العلي", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "وفي اتصال") == NULL);
    /* (والدة, "mother", is one word the lexicon knows whole, not و + ال + دة) */
    d = fx_annotate("وقالت السيدة هالة محمود، والدة طالب في سنة ثالثة بكلية الطب: «أول ما سمعت الخبر بكيت».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أول ما سمعت", "هالة محمود", QUOTE_DIRECT, -1);
}

static void test_participle_after_a_person_who_relays(void)
{
    /* "ونقل X عن Y قوله: «...»، مضيفاً أن": X, a person, goes on in his own words; after an
     * agency that relays, Y goes on */
    struct doc *d = fx_annotate("وقال السفير خليل الطويل إن الأمر مهم. ونقل الطويل عن دبلوماسي كوري شمالي قوله: \"نحن "
                                "نعرف معنى الحصار\"، مضيفاً أن \"هذه العبارة تختصر نظرة بيونغ يانغ\".\n"
                                "ونقلت وكالة تاس عن رئيس الدوما فياتشيسلاف فولودين قوله إن المعاهدة دفاعية، مضيفا أن "
                                "\"المصادقة تمت بالإجماع\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "هذه العبارة", "خليل الطويل", QUOTE_DIRECT, -1);
    expect(d, "المصادقة", "فياتشيسلاف فولودين", QUOTE_DIRECT, -1);
}

static void test_feminine_title_does_not_name_a_man(void)
{
    /* "وذكّرت المتحدثة بقضية الطالب إبراهيم سعدون، ...، معتبرة أن": the spokeswoman goes
     * on; the man named in her complement is no spokeswoman */
    struct doc *d = fx_annotate("وقالت الناشطة سعاد البقالي إن الأمر مهم. وذكّرت المتحدثة بقضية الطالب المغربي إبراهيم "
                                "سعدون، الذي صدر بحقه حكم بالإعدام، معتبرة أن الدولة \"تعاملت مع مواطنها كعبء\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الدولة", "سعاد البقالي", QUOTE_MIXED, -1);
    const struct entity *e = fx_entity(d, "إبراهيم سعدون");
    CHECK(e && e->gender == GENDER_MASC);
}

static void test_the_same_speaker_in_maghrebi_copy(void)
{
    /* "وزاد المتحدث ذاته:": the speaker quoted last, not the spokesman named before */
    struct doc *d = fx_annotate("وقال المتحدث باسم الكرملين ديمتري بيسكوف إن المعاهدة دفاعية. ويرى الباحث عبد الحق "
                                "الفيلالي أن المغرب محايد. وزاد المتحدث ذاته: «روسيا عضو دائم في مجلس الأمن».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "روسيا عضو دائم", "عبد الحق الفيلالي", QUOTE_DIRECT, -1);
}

static void test_second_headline_with_a_quoted_outlet_and_a_womans_role(void)
{
    /* ".. أكاديمية قطرية لـ«العرب»: ...": a second headline whose outlet told stands in
     * marks; the role is a woman's, so the first woman quoted below, not the first person */
    struct doc *d = fx_annotate("بعد عام على المعاهدة.. أكاديمية قطرية لـ«العرب»: الخليج يراقب «تحالف الضرورة»\n"
                                "الدوحة - العرب\nوقال الرئيس فلاديمير بوتين إن التحالف قوي. وترى الدكتورة مريم "
                                "السليطي أن الخليج «يراقب بحذر».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الخليج يراقب «تحالف", "مريم السليطي", QUOTE_MIXED, RESOLVED_HEADLINE);
}

static void test_ali_after_the_verb_and_a_negated_contrast(void)
{
    /* "وقال علي حسن إن": علي of a name folds like على, but it is the subject, also after
     * عن ("نقلت الوكالة عن علي الحسن قوله") */
    struct doc *d = fx_annotate("أعلنت موسكو الخبر أمس. وقال علي حسن إن موسكو لا تملك خيارا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موسكو لا تملك خيارا", "علي حسن", QUOTE_INDIRECT, -1);
    d = fx_annotate("وقالت وزارة الدفاع إن الوضع هادئ. ونقلت الوكالة عن علي الحسن قوله إن الحرب طويلة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحرب طويلة", "علي الحسن", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "علي الحسن") != NULL);
    /* "، إلا أنه لم يستبعد أن": a contrast with a negated verb opens a clause of its own,
     * and the first clause ends before it */
    d = fx_annotate("وأكد سامر حسن أن المعاهدة «دفاعية بالأساس»، إلا أنه لم يستبعد أن تتحول إلى «غطاء "
                    "قانوني» لأي تدخل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "المعاهدة «دفاعية بالأساس»");
    CHECK(q && !strstr(fx_text(d, q->content), "يستبعد"));
    expect(d, "تتحول إلى", "سامر حسن", QUOTE_MIXED, -1);
    d = fx_annotate("وقال سامر حسن إن المعاهدة دفاعية، لكنه لم يستبعد أن تتحول إلى غطاء.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    q = fx_quote(d, "المعاهدة دفاعية");
    CHECK(q && !strstr(fx_text(d, q->content), "لكنه"));
}

static void test_headlines_of_a_rank_and_a_defector(void)
{
    /* "لواء سابق: ..."، "منشق كوري شمالي لـ«معا»: ...": an indefinite rank and a defector
     * are roles a headline speaks by */
    struct doc *d = fx_annotate("لواء سابق: الجنود في كورسك «بروفة» لما بعد المعاهدة\nناقش البرنامج المعاهدة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "الجنود في كورسك") != NULL);
    d = fx_annotate("منشق كوري شمالي لـ«معا»: أبناء قريتي يرسلون إلى كورسك\nفي شقة صغيرة يعيش الرجل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "أبناء قريتي") != NULL);
    /* (a named head with where the person is from may be longer: "... X من جامعة الجزائر 3:") */
    d = fx_annotate("السفير الأسبق بن سالم من جامعة الجزائر 3: المعاهدة «لا تعني» الجزائر عسكريا\n"
                    "ألقى السفير عبد الحميد بن سالم محاضرة في الجامعة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة «لا تعني»", "عبد الحميد بن سالم", QUOTE_MIXED, -1);
}

static void test_a_leftist_column_of_statements_and_asides(void)
{
    /* "وكنت قد كتبت": after كنت (not كانت) the verb's ت is the writer's own */
    struct doc *d = fx_annotate("معاهدة بيونغ يانغ وموسكو\nبقلم: سامر الخطيب\n\n"
                                "وقال الرفيق جميل المصري إن المعاهدة جبهة واحدة.\n"
                                "وكنت قد كتبت في هذه الزاوية أن ما جرى \"ليس مجرد بروتوكول\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ما جرى", "سامر الخطيب", -1, -1);
    /* "وفي تعليق نشرته الوكالة الكورية، اعتبرت أن": what a body published, opening the
     * sentence, is the body's when the verb agrees with it; and "الوكالة الكورية" is the
     * agency given that nationality, not a site named since that never spoke */
    d = fx_annotate("وبثت وكالة الأنباء المركزية الكورية بيانا عن المعاهدة.\n"
                    "أما الكاتب حسن ضاهر فيرى في مقال نشره موقع \"الميادين نت\" أن موسكو تعلمت الدرس.\n"
                    "وفي تعليق نشرته الوكالة الكورية يوم الجمعة، اعتبرت أن المعاهدة \"أسقطت وهم العزلة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة \"أسقطت", "وكالة الأنباء المركزية الكورية", -1, RESOLVED_ELIDED);
    /* "أما X، صاحب كتاب «كوريا: الحرب ...»، فيذهب إلى أن": the colon of a title in marks
     * is no headline's, and the topic before the aside speaks */
    d = fx_annotate("أما الكاتب اللبناني حسن ضاهر، صاحب كتاب \"كوريا: الحرب التي لم تنته\"، فيذهب في مقال "
                    "نشره موقع \"الميادين نت\" إلى أن موسكو \"تعلمت الدرس متأخرة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موسكو \"تعلمت", "حسن ضاهر", -1, -1);
    d = fx_annotate("أما الكاتب اللبناني حسن ضاهر، صاحب كتاب \"كوريا: الحرب التي لم تنته\"، فيرى أن موسكو "
                    "تعلمت الدرس.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "الحرب التي لم تنته") == NULL);
    expect(d, "موسكو تعلمت", "حسن ضاهر", -1, -1);
    /* "ودعا الحكومة إلى": a masculine verb's feminine body right after it is its object */
    d = fx_annotate("وقال النائب جميل المصري إن المعاهدة مهمة، ودعا الحكومة إلى \"قراءة التحولات\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "قراءة التحولات", "جميل المصري", -1, RESOLVED_ELIDED);
}

static void test_a_feature_of_an_ambassador_who_recalls(void)
{
    /* before anyone spoke, an elided subject is the person named last as a subject, not
     * one a preposition governs through his title ("بوزير الخارجية الروسي X") */
    struct doc *d = fx_annotate("في مكتبه بالزمالك، لا يزال السفير محمود الشاذلي يحتفظ بصورة تجمعه بوزير الخارجية "
                                "الروسي سيرجي لافروف. يشير إليها ويقول مبتسما: \"هذا رجل لا يوقع إلا ما ينفذه\".\n"
                                "ويستعيد الشاذلي عبارة قالها له مسؤول روسي رفيع: \"نحن لا ننسى من وقف معنا\". "
                                "ويضيف أن بيونج يانج \"راهنت على هذه الذاكرة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "هذا رجل", "محمود الشاذلي", -1, RESOLVED_ELIDED);
    expect(d, "نحن لا ننسى", "مسؤول روسي رفيع", -1, -1);
    /* whoever recalls a saying stays in focus after it */
    expect(d, "بيونج يانج", "محمود الشاذلي", -1, RESOLVED_ELIDED);
}

static void test_a_column_under_kataba(void)
{
    /* "كتب: Name" on a line of its own is a byline like "بقلم:": the writer's own past
     * words are theirs, and what they would say ("إذا قلنا إن") is no quotation */
    struct doc *d = fx_annotate("حين يصبح البحر الأحمر ساحة خلفية\n\nكتب: فؤاد أحمد الشرجبي\n\n"
                                "وقال الوزير إن الوضع صعب.\n"
                                "وكنت قد كتبت في هذه الزاوية، عقب توقيع المعاهدة، أن «بيونغ يانغ ستدفع الفاتورة».\n"
                                "ولسنا نبالغ إذا قلنا إن ما يزعج واشنطن ليس عدد القذائف.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->byline_entity >= 0 && !strcmp(d->entities[d->byline_entity].name, "فؤاد أحمد الشرجبي"));
    expect(d, "بيونغ يانغ ستدفع", "فؤاد أحمد الشرجبي", -1, -1);
    CHECK(fx_quote(d, "ما يزعج واشنطن") == NULL);
}

static void test_headlines_of_someone_by_trade(void)
{
    /* "برلماني: ..."، "مصرفي: ...": a bare adjective of relation names someone by trade,
     * the first person the body quotes — not the second headline's speaker on the line */
    struct doc *d = fx_annotate("برلماني: اعتراف بيونج يانج بالقتال في كورسك «رسالة للغرب».. وسفير سابق: مصر ليست طرفا\n"
                                "كتب: محمود عبد الغفار\n\n"
                                "قال النائب أحمد فاروق الشريف إن الإعلان رسالة واضحة.\n"
                                "وقال السفير السابق هشام الدمنهوري إن القاهرة على الحياد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "اعتراف بيونج يانج", "أحمد فاروق الشريف", -1, RESOLVED_HEADLINE);
    expect(d, "مصر ليست طرفا", "هشام الدمنهوري", -1, RESOLVED_HEADLINE);
    /* (a story's label is no one: "حصري: ...") */
    d = fx_annotate("حصري: مخاوف غربية من وصول ذخائر كورية إلى اليمن\n\nقال مسؤول أمريكي إن الشحنات مستمرة.\n");
    CHECK(d != NULL);
    if (d)
        CHECK(fx_quote(d, "مخاوف غربية") == NULL);
}

static void test_a_family_name_that_is_a_role_word(void)
{
    /* "وقال الجندي لـ«...» إن": a family name that is also a title (الجندي، the soldier)
     * names him when the outlet he told follows it; and "X، وهو وكيل تجاري ..." gives
     * X the role a later "الوكيل التجاري" points back to */
    struct doc *d = fx_annotate("التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في موسكو.\n"
                                "ويرى الباحث الدكتور عمرو الجندي أن الأسواق قلقة. وقال الجندي لـ«الأسبوع» إن البنوك "
                                "تؤخر التحويلات.\n"
                                "ويروي كريم البنا، وهو وكيل تجاري يستورد الخشب من روسيا، أن شحنتين تأخرتا. وأكد الوكيل "
                                "التجاري أن الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "البنوك تؤخر التحويلات", "عمرو الجندي", -1, -1);
    expect(d, "الأسعار ارتفعت", "كريم البنا", -1, RESOLVED_ROLE_NOUN);
}

static void test_a_statement_posted_on_a_page(void)
{
    /* "وفي بيان نشرته على صفحتها في فيسبوك، أكدت بلدية X أن ... وجاء في البيان أن": the
     * platform is where it was posted; the statement is the words of the cue it opens */
    struct doc *d = fx_annotate("وقال المهندس سامر الخطيب إن الأعمال متوقفة.\n"
                                "وفي بيان نشرته على صفحتها في فيسبوك، أكدت بلدية الزرقاء أن المشاريع ماضية.\n"
                                "وجاء في البيان أن الإدارة تتابع التطورات مع الوزارة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المشاريع ماضية", "بلدية الزرقاء", -1, -1);
    expect(d, "الإدارة تتابع", "بلدية الزرقاء", -1, -1);
    /* (and "على صفحتها الرسمية بموقع فيسبوك": the page is still where it was posted) */
    d = fx_annotate("من جهتها، أعلنت الإدارة العامة للجمارك، في بلاغ نشرته على صفحتها الرسمية بموقع فيسبوك، "
                    "حجز شحنة وقود. وأضاف البلاغ أن الدوريات تكثفت على الحدود.\n");
    CHECK(d != NULL);
    if (d)
        expect(d, "الدوريات تكثفت", "الإدارة العامة للجمارك", -1, -1);
}

static void test_a_trade_noun_that_is_also_a_verb(void)
{
    /* "قال X، تاجر ذهب، إن": ذهب is the gold he trades in, not "held that" */
    struct doc *d = fx_annotate("وفي سوق الصاغة، قال وليد حمدان، تاجر ذهب، إن الزبائن يشترون السبائك.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الزبائن يشترون", "وليد حمدان", -1, RESOLVED_EXPLICIT);
}

static void test_a_state_called_on_after_a_quotation(void)
{
    /* "اعتبرت الجبهة أن ... "..."، وطالبت موسكو بـ"...": after the same sentence's
     * quotation, the state after the verb is whom the front calls on */
    struct doc *d = fx_annotate("من جهتها، اعتبرت حركة التحرير الشعبية أن الاتفاق \"خطوة صحيحة\"، وطالبت موسكو "
                                "بـ\"الضغط لوقف الحرب على الشعب\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الضغط لوقف", "حركة التحرير الشعبية", -1, -1);
}

static void test_a_scene_before_a_verb_of_going_on(void)
{
    /* "في مكتب صغير بالميناء، يتابع X شاشة": the opening phrase sets the scene; it is no
     * one's words */
    struct doc *d = fx_annotate("في مكتب صغير قرب ميناء العقبة، يتابع التاجر فؤاد الحمدان شاشة تعرض أسعار القمح.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "في مكتب صغير") == NULL);
    CHECK_INT(d->n_quotes, 0);
}

static void test_an_issuer_with_its_short_name_in_brackets(void)
{
    /* "أصدر المعهد ... (رصانة) دراسة ... وترى الدراسة أن": the issuer stands before its
     * short name in brackets */
    struct doc *d = fx_annotate("أصدر مركز الخليج للدراسات الاستراتيجية (مدار) دراسة جديدة عن المحور.\n\n"
                                "وترى الدراسة أن طهران تنظر إلى المعاهدة بوصفها نموذجا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "طهران تنظر", "مركز الخليج للدراسات الاستراتيجية", -1, -1);
}

static void test_a_relay_over_an_agency_short_name_in_brackets(void)
{
    /* "ونقلت وكالة الأنباء الإيرانية (إرنا) عنه قوله إن": the one named before speaks */
    struct doc *d = fx_annotate("وقال المتحدث ناصر كنعاني إن العلاقات طبيعية. ونقلت وكالة الأنباء الإيرانية (إرنا) "
                                "عنه قوله إن إيران لا تحتاج إلى إذن من أحد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "إيران لا تحتاج", "ناصر كنعاني", -1, -1);
}

static void test_a_headline_role_found_in_an_apposition(void)
{
    /* "رئيس «الكرامة»: ..." is the man whose apposition says رئيس حزب الكرامة, not the
     * president named first, though his role before the name is only المهندس */
    struct doc *d = fx_annotate("رئيس \"النهضة\": الشعوب لن تقبل وصاية واشنطن\n\n"
                                "وقع الرئيس الروسي فلاديمير بوتين المعاهدة في بيونغ يانغ.\n\n"
                                "وقال المهندس سامي الجبالي، رئيس حزب النهضة، إن الشعوب سئمت الوصاية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشعوب لن تقبل", "سامي الجبالي", -1, RESOLVED_HEADLINE);
}

static void test_a_long_headline_head_with_the_outlet_told(void)
{
    /* "الخبيرة في الشئون الروسية د. X لـ«الأهرام العربي»: ...": a long role, the name and
     * the outlet told in two words still head the headline */
    struct doc *d = fx_annotate("الخبيرة في الشئون الروسية د. منى الشريف لـ«الأهرام العربي»: موسكو تدفع ثمن الحرب\n\n"
                                "قالت الخبيرة منى الشريف إن موسكو تدفع ثمن الحرب غاليا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موسكو تدفع ثمن الحرب", "منى الشريف", -1, RESOLVED_HEADLINE);
}

static void test_a_mother_referred_back_to(void)
{
    /* "وتضيف الأم أن": the mother named before as أم محمد */
    struct doc *d = fx_annotate("وفي إربد، تقول أم خالد إن ابنها بخير. وتضيف الأم أن ابنها يرفض العودة قبل التخرج.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ابنها يرفض العودة", "أم خالد", -1, RESOLVED_ROLE_NOUN);
}

static void test_a_paper_prepared_by_someone_named_after_it(void)
{
    /* "نشرت مبادرة ... ورقة ...، أعدّها الباحث X ... وتخلص الورقة إلى أن": no issuer is an
     * entity; whoever prepared the paper speaks for it */
    struct doc *d = fx_annotate("نشرت مبادرة الحوار الإقليمي ورقة جديدة، أعدّها الباحث السوري نزار الحمصي.\n\n"
                                "وتخلص الورقة إلى أن موسكو باتت تدير تحالفاتها بمنطق المصالح.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موسكو باتت تدير", "نزار الحمصي", -1, -1);
}

static void test_a_source_marker_with_its_pronoun(void)
{
    /* "وحسبه، فإن": according to him, the speaker in focus; "وبحسبها، فإن" her */
    struct doc *d = fx_annotate("وقال النائب كمال بن عيسى إن الجزائر مستقلة في قرارها. وحسبه، فإن المعاهدة شأن سيادي.\n"
                                "وقالت الباحثة سعاد مرابط إن الساحل يتغير. وبحسبها، فإن السلاح يتدفق عبر الحدود.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة شأن سيادي", "كمال بن عيسى", -1, -1);
    expect(d, "السلاح يتدفق", "سعاد مرابط", -1, -1);
    /* (and with no comma before فإن: "وحسبه فإن") */
    d = fx_annotate("وقال النائب كمال بن عيسى إن الجزائر مستقلة في قرارها. وحسبه فإن المعاهدة شأن سيادي.\n");
    CHECK(d != NULL);
    if (d)
        expect(d, "المعاهدة شأن سيادي", "كمال بن عيسى", -1, -1);
}

static void test_an_occasion_opening_the_sentence_is_no_ones_words(void)
{
    /* "وردا على سؤال آخر، نفى المسؤول وجود نقص": the occasion, not words before the cue */
    struct doc *d = fx_annotate("وقال المتحدث باسم الحكومة نبيل الصالحي إن الوضع مستقر. وردا على سؤال آخر، نفى المسؤول "
                                "الحكومي وجود أي نقص في المخزون.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "وردا على سؤال") == NULL);
}

static void test_darija_verbs_of_saying(void)
{
    /* Moroccan Darija's present in ك: "كيقول X: «...»"، "فكيشوف أن" (holds that) */
    struct doc *d = fx_annotate("من مكناس، كيقول والد الطالب، محمد العلوي: «كل ليلة كنتصلو بيه».\n"
                                "أما يونس العلوي، طالب الطب في قازان، فكيشوف أن المشكل هو الفلوس.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كل ليلة كنتصلو", "محمد العلوي", -1, -1);
    expect(d, "المشكل هو الفلوس", "يونس العلوي", -1, -1);
}

static void test_present_verb_after_a_past_cue_goes_on(void)
{
    /* "قال X إن Y «...»، ويحث ...": after a past cue a present verb in و is Y going on,
     * one quotation; "، وأكد أن" (past, with its own أن) is the speaker's next clause */
    struct doc *d = fx_annotate("وقال المتحدث باسم الحكومة نبيل الصالحي إن الرئيس \"يرفض أي تصعيد\"، ويدعو جميع الأطراف "
                                "إلى \"ضبط النفس والعودة إلى الحوار\". وأكد الصالحي أن الحكومة تتابع الوضع، "
                                "وأن الاتصالات مستمرة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "الرئيس");
    CHECK(q != NULL);
    if (q) {
        CHECK(strstr(fx_text(d, q->content), "والعودة إلى الحوار") != NULL);
        CHECK_INT(q->type, QUOTE_MIXED);
    }
    CHECK(fx_quote(d, "ضبط النفس") == NULL);
    expect(d, "الحكومة تتابع", "نبيل الصالحي", -1, -1);
    /* (its own أن too, unless a subject is named before it) */
    d = fx_annotate("وأفاد بيان لوزارة الخارجية بأن الجزائر تتابع التطورات، وتؤكد أن أمن المنطقة يمر بالحوار. "
                    "وقالت الوزيرة سلمى العابد إن الوضع مقلق، وتعلق الحكومة على ذلك بأن الحوار ممكن.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    q = fx_quote(d, "الجزائر تتابع");
    CHECK(q != NULL);
    if (q)
        CHECK(strstr(fx_text(d, q->content), "يمر بالحوار") != NULL);
    q = fx_quote(d, "الوضع مقلق");
    CHECK(q != NULL);
    if (q)
        CHECK(strstr(fx_text(d, q->content), "الحوار ممكن") == NULL);
}

static void test_a_report_of_a_panel_is_the_panels(void)
{
    /* "أفاد تقرير لفريق خبراء الأمم المتحدة المعني باليمن بأن": the panel, named as
     * written, speaks, not the organisation its name holds */
    struct doc *d = fx_annotate("وأفاد أحدث تقرير لفريق خبراء الأمم المتحدة المعني باليمن بأن الجماعة تواصل الحصول على "
                                "مكونات عسكرية عبر شبكات تهريب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجماعة تواصل", "فريق خبراء الأمم المتحدة المعني باليمن", -1, -1);
}

static void test_an_unlisted_plural_of_people_speaks(void)
{
    /* "ويقول صيادون في منطقة نشطون إن": a sound plural no list holds, whose singular is a
     * word, is an unnamed group speaking (قانون، مليون are too short to be one) */
    struct doc *d = fx_annotate("ويقول صيادون في منطقة نشطون إن دوريات خفر السواحل قليلة مقارنة بطول الساحل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "دوريات خفر", "صيادون في منطقة نشطون", -1, -1);
}

static void test_a_role_noun_names_whose_apposition_holds_it(void)
{
    /* "اللواء مجدي الطوخي، الخبير العسكري والاستراتيجي، إن" then "واستبعد الخبير العسكري
     * أن": the apposition after the name is his role too, though a rank came first */
    struct doc *d = fx_annotate("وأجاب الدكتور طارق الحسيني، أستاذ العلوم السياسية بجامعة القاهرة، بأن المعاهدة تحالف ضرورة.\n"
                                "وقال اللواء مجدي الطوخي، الخبير العسكري والاستراتيجي، إن إرسال الجنود سابقة خطيرة.\n"
                                "وأكد الحسيني أن الصين قلقة. واستبعد الخبير العسكري أن تتحول المعاهدة إلى تحالف.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تتحول المعاهدة", "مجدي الطوخي", -1, -1);
}

static void test_a_second_title_in_a_row_is_a_role_too(void)
{
    /* "نائب رئيس الوزراء وزير الخارجية X" then "أوضح وزير الخارجية أن": the second title
     * is X's, so the bare title is X, not the foreign minister named since with his
     * nationality; "رئيس الوزراء" is not X's (the deputy's genitive) */
    struct doc *d = fx_annotate("بحث نائب رئيس الوزراء وزير الخارجية أيمن الصفدي في موسكو مع وزير الخارجية الروسي سيرغي "
                                "لافروف العلاقات.\nوقال الصفدي إن المملكة \"تتابع بقلق\".\n"
                                "وأوضح وزير الخارجية أن الأردن \"لا يتدخل في الخيارات\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأردن", "أيمن الصفدي", -1, -1);
}

static void test_an_aside_on_the_relayed_speaker_before_his_saying(void)
{
    /* "نقلت عن مسؤول أمريكي، لم تكشف هويته، قوله إن": the negated verb in the aside is
     * no cue; the official speaks, and "المسؤول ذاته" is him afterwards */
    struct doc *d = fx_annotate("وكانت صحيفة \"وول ستريت جورنال\" قد نقلت عن مسؤول أمريكي، لم تكشف هويته، قوله إن واشنطن "
                                "\"رصدت زيادة ملحوظة\" في عدد الرحلات.\nوأوضح المسؤول ذاته أن الإدارة \"تتابع الأمر\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "واشنطن", "مسؤول أمريكي", -1, -1);
    expect(d, "الإدارة", "مسؤول أمريكي", -1, -1);
    /* (a source in marks, the page's words: the marks are no part of the speaker) */
    d = fx_annotate("في المقابل، نقلت صفحة محلية عن \"مصدر عسكري\" قوله إن عددا من الفنيين وصلوا فعلا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "عددا من", "مصدر عسكري", QUOTE_INDIRECT, -1);
}

static void test_a_headline_headed_by_the_datelines_place(void)
{
    /* "صفاقس: ..." over the dateline "صفاقس – إذاعة صفاقس": where the story happened, no
     * speaker; a capital over another city's dateline still speaks */
    struct doc *d = fx_annotate("صفاقس: صادرات الأسمدة تتراجع أمام المنافسة الروسية\n\nصفاقس – إذاعة صفاقس\n\n"
                                "وقال المدير إن الصادرات تراجعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "صادرات الأسمدة") == NULL);
    d = fx_annotate("موسكو: المعاهدة دفاعية بحتة\n\nسيول – وكالات\n\nوقال المدير إن الصادرات تراجعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة دفاعية", "موسكو", -1, -1);
}

static void test_as_if_opens_no_clause(void)
{
    /* "تظهر جنودا ...، ويعلقون عليها كأنها مشاهد": كأن (ك + أن) is "as if", no clause of
     * what the verb before it said */
    struct doc *d = fx_annotate("مقاطع مصورة تظهر جنودا في منطقة كورسك الروسية، يتداولها كثيرون ويعلقون عليها كأنها "
                                "مشاهد من لعبة إلكترونية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->n_quotes == 0);
}

static void test_a_headline_role_over_another_speakers_recurring_words(void)
{
    /* "باحث فلسطيني: تل أبيب تقرأ التعاون العسكري بين موسكو وبيونغ يانغ بقلق": the body's
     * "الباحث الفلسطيني X" holds the head's title and its adjective, though another
     * speaker's quotation repeats the headline's words */
    struct doc *d = fx_annotate("باحث فلسطيني: تل أبيب تقرأ التعاون العسكري بين موسكو وبيونغ يانغ بقلق\n\n"
                                "رأى الباحث الفلسطيني وسيم الحوراني أن الاحتلال يراقب المشهد.\n"
                                "وقال المحلل الإسرائيلي إيتان شامير إن المؤسسة الأمنية تنظر بقلق إلى التعاون العسكري بين "
                                "موسكو وبيونغ يانغ.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تل أبيب تقرأ", "وسيم الحوراني", -1, -1);
}

static void test_a_headline_title_with_its_body_is_the_bodys_role_holder(void)
{
    /* "مساعد أمين الجامعة العربية الأسبق:" read as written (a title and the body it
     * serves) is the person the body gives that role: "السفير X، مساعد الأمين العام
     * لجامعة الدول العربية الأسبق" */
    struct doc *d = fx_annotate("مساعد أمين الجامعة العربية الأسبق: محور موسكو وبيونج يانج \"رسالة للغرب لا للعرب\"\n\n"
                                "قال السفير هشام عبد المنعم يوسف، مساعد الأمين العام لجامعة الدول العربية الأسبق، إن "
                                "التحالف موجه إلى الغرب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "محور موسكو", "هشام عبد المنعم يوسف", -1, -1);
}

static void test_an_unknown_outlet_told_after_the_verb(void)
{
    /* "X، طالبة ...، قالت لشدى إف إم:": ل on a name no list holds before the colon is the
     * outlet told; the subject stands before the verb (لبنى, a given name, still speaks) */
    struct doc *d = fx_annotate("أعلنت الوزارة اليوم إجراءات جديدة للطلبة.\n"
                                "هبة الزياني، طالبة في السنة الرابعة بكلية الطب، قالت لشدى إف إم: \"كنقراو عادي ولكن الخوف كاين\".\n"
                                "وقالت لبنى الخطيب: \"الوضع صعب على الجميع هذه الأيام\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كنقراو عادي", "هبة الزياني", -1, -1);
    expect(d, "الوضع صعب", "لبنى الخطيب", -1, -1);
}

static void test_a_headline_group_with_where_it_spoke(void)
{
    /* "خبراء في ندوة بالمنامة: ..." and ".. وتجار وسط البلد: ...": a listed group heads
     * the headline, where or which of them after it; the group speaks as the line names
     * it, up to the outlet told ("مصادر دبلوماسية لـ القبس:") */
    struct doc *d = fx_annotate("خبراء في ندوة بالمنامة: التقارب الروسي الكوري اختبار لسياسة التوازن\n\n"
                                "نظم مركز للدراسات ندوة حضرها باحثون ودبلوماسيون.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التقارب الروسي", "خبراء في ندوة بالمنامة", -1, -1);
    d = fx_annotate("الأمانة تعلن الطوارئ.. وتجار وسط البلد: خسائرنا تتكرر كل شتاء\n\nغمرت المياه الشوارع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "خسائرنا تتكرر", "تجار وسط البلد", -1, -1);
    d = fx_annotate("مصادر دبلوماسية لـ القبس: سيئول طلبت إيصال رسالة قلق إلى موسكو\n\nزار المبعوث الكويت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "سيئول طلبت", "مصادر دبلوماسية", -1, -1);
}

static void test_a_verb_after_its_subject_in_commas_reports_nothing_before(void)
{
    /* "لكن الخبير ...، المحامي القطري خالد الكواري، يرى الأمر أكثر تعقيدا": the person
     * before the comma is the verb's subject, not words it reports ("«...»، يرى X") */
    struct doc *d = fx_annotate("لكن الخبير في القانون الرياضي، المحامي القطري خالد الكواري، يرى الأمر أكثر تعقيدا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_quotes, 0);
}

static void test_a_report_of_a_panel_in_construct_is_the_panels(void)
{
    /* "تقرير فريق خبراء الأمم المتحدة المعني بالسودان": the document in construct with the
     * panel, as with ل (تقرير لفريق ...) */
    struct doc *d = fx_annotate("وأشار تقرير فريق خبراء الأمم المتحدة المعني بالسودان إلى أن شبكات تهريب تنشط في المنطقة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "شبكات تهريب", "فريق خبراء الأمم المتحدة المعني بالسودان", -1, -1);
}

static void test_talib_a_student_not_a_verb(void)
{
    /* طالب is "demanded" and "a student": before a nationality ("طالب أردني في فورونيج
     * لـ«مزاج»:") and in apposition to a person ("ليث العمري، طالب ...، قال") it is the
     * noun; the outlet told may be followed by where it was said ("قال لمزاج إف إم في
     * اتصال هاتفي:") */
    struct doc *d = fx_annotate("طالب أردني في فورونيج لـ\"مزاج\": \"الوضع هادي والدراسة ماشية\"\n\n"
                                "عمان - مزاج إف إم\n\n"
                                "ليث العمري، طالب سنة ثالثة في جامعة فورونيج، قال لمزاج إف إم في اتصال هاتفي: "
                                "\"والله الحياة هون طبيعية والدوام ماشي\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوضع هادي", "ليث العمري", -1, -1);
    expect(d, "والله الحياة", "ليث العمري", -1, -1);
    /* (and the verb it also is keeps its subject: "وطالب النائب X الحكومة بـ") */
    d = fx_annotate("وطالب النائب أحمد الصفدي الحكومة بأن تكشف تفاصيل الاتفاق.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تكشف تفاصيل", "أحمد الصفدي", -1, -1);
}

static void test_an_embassy_speaks_with_its_seat(void)
{
    /* "قالت السفارة الروسية في بيروت"، "سفارة روسيا الاتحادية لدى الجزائر": the entity is
     * the embassy alone, the speaker is named with the capital it sits in */
    struct doc *d = fx_annotate("وقالت السفارة الروسية في بيروت، في بيان، إن المعاهدة ذات طابع دفاعي.\n"
                                "وقالت سفارة روسيا الاتحادية لدى الجزائر إن التعاون يسير وفق الاتفاقات.\n"
                                "وقالت وزارة الخارجية في بيان إن الموقف ثابت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة ذات", "السفارة الروسية في بيروت", -1, -1);
    expect(d, "التعاون يسير", "سفارة روسيا الاتحادية لدى الجزائر", -1, -1);
    expect(d, "الموقف ثابت", "وزارة الخارجية", -1, -1);
    CHECK(fx_entity(d, "السفارة الروسية") != NULL);
    /* (any body: "شركة النفط اليمنية في عدن") */
    d = fx_annotate("وقالت شركة النفط اليمنية في عدن إن الزيادة مرتبطة بالأسعار العالمية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الزيادة مرتبطة", "شركة النفط اليمنية في عدن", -1, -1);
}

static void test_a_body_named_with_its_seat_speaks_so_throughout(void)
{
    /* the seat may be a region, a sea or a place after its head ("بولاية البحر الأحمر"); a
     * body named with its seat once, then by its bare noun, keeps the seat */
    struct doc *d = fx_annotate("وأعلنت وزارة الزراعة بولاية البحر الأحمر أن التقاوي وصلت إلى المخازن.\n"
                                "وأعلنت مديرية الطب البيطري بالبحر الأحمر أن الحملات مستمرة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التقاوي وصلت", "وزارة الزراعة بولاية البحر الأحمر", QUOTE_INDIRECT, -1);
    expect(d, "الحملات مستمرة", "مديرية الطب البيطري بالبحر الأحمر", QUOTE_INDIRECT, -1);
    d = fx_annotate("أصدرت مديرية التجارة الداخلية وحماية المستهلك في ريف دمشق أمس بيانا حول المازوت.\n"
                    "وأكدت المديرية في البيان أن الدفعة الأولى ستوزع هذا الشهر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الدفعة الأولى", "مديرية التجارة الداخلية وحماية المستهلك في ريف دمشق", QUOTE_INDIRECT, -1);
}

static void test_someone_of_a_place_heads_the_headline(void)
{
    /* a word no list holds, من or في and a place (a town no list knows, too), then words
     * in marks or a relation noun's: the headline is a quotation of whom the body names
     * with that word */
    struct doc *d = fx_annotate("بحار من الوطية: «الغازوال كلا لينا الرزق»\n\n"
                                "وقال البحار امبارك ولد اعبيد إن الغازوال صار غاليا على الصيادين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الغازوال كلا", "امبارك ولد اعبيد", QUOTE_DIRECT, RESOLVED_HEADLINE);
    d = fx_annotate("بيطري في الجبايش: نفوق العجول زاد مع غلاء العلف\n\n"
                    "وقال صاحب حظيرة جبار عودة الفريجي إن العلف غال.\n"
                    "أما الطبيب البيطري في المستوصف، حيدر ناصر الحلفي، فأوضح أن النفوق ارتفع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "نفوق العجول زاد", "حيدر ناصر الحلفي", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    /* (with the trade's adjective between: "مخلّص جمركي في سواكن:") */
    d = fx_annotate("مخلّص جمركي في سواكن: «القمح الروسي بقى يجينا متأخر»\n\n"
                    "وقال المخلص الجمركي محمد طاهر أوشيك إن القمح يتأخر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "القمح الروسي بقى", "محمد طاهر أوشيك", QUOTE_DIRECT, RESOLVED_HEADLINE);
    /* (a topic and a place, with no marks, is no one's) */
    d = fx_annotate("ارتفاع في الأسعار: الخبز يغلو في المدينة\n\nوقال التاجر سالم العبدلي إن الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "الخبز يغلو") == NULL);
}

static void test_people_of_a_trade_are_a_source(void)
{
    /* "بحسب صيادين": a sound plural whose singular is a word (صياد) is people; a broken
     * plural of the same ending (قوانين) is no one */
    struct doc *d = fx_annotate("وارتفعت كلفة رحلة الصيد إلى نحو 900 جنيه، بحسب صيادين في مرسى فايد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وارتفعت كلفة رحلة", "صيادين في مرسى فايد", QUOTE_INDIRECT, RESOLVED_SOURCE);
    d = fx_annotate("وتغيرت الأسعار كثيرا هذا العام، بحسب قوانين السوق.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_quotes, 0);
}

static void test_fishermen_a_guide_and_a_given_name_that_is_morning(void)
{
    struct doc *d = fx_annotate("وفي الميناء، قال صيادون إن أسعار الوقود لم تتغير. وأضاف الصيادون أن الطلب تراجع.\n"
                                "ولم تحط في المطار سوى رحلتين هذا الموسم، حسب الدليل السياحي امحمد ولد اعلي بيه.\n"
                                "ونقلت الوكالة عن مدير زراعة ذي قار، صباح جبار الحسيناوي، قوله إن البذور متوفرة.\n"
                                "ويقول بائعو أعلاف في سوق الهفوف إن الطلب زاد على البرسيم.\n"
                                "ويقول رعاة في سوق تيشيت الأسبوعي إن كثيرين منهم باعوا الإبل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الطلب تراجع", "صيادون", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "بائعو") == NULL);
    expect(d, "ولم تحط", "امحمد ولد اعلي بيه", QUOTE_INDIRECT, RESOLVED_SOURCE);
    expect(d, "البذور متوفرة", "صباح جبار الحسيناوي", QUOTE_INDIRECT, -1);
    expect(d, "الطلب زاد", "بائعو أعلاف في سوق الهفوف", QUOTE_INDIRECT, -1);
    expect(d, "كثيرين منهم", "رعاة في سوق تيشيت الأسبوعي", QUOTE_INDIRECT, -1);
}

static void test_in_the_opinion_of_with_bi(void)
{
    /* "وبرأي X، فإن": رأي as a noun after ب, a source like بحسب */
    struct doc *d = fx_annotate("وبرأي الأستاذ في جامعة الحمدانية، الدكتور نوئيل سركيس متي، فإن أجور الشحن "
                                "\"انعكست على كلفة العلف\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أجور الشحن", "نوئيل سركيس متي", QUOTE_MIXED, -1);
}

static void test_a_poultry_breeder_of_a_place_told_the_outlet(void)
{
    struct doc *d = fx_annotate("مربي دواجن في بغديدا لـ\"الحمدانية نيوز\": العلف صار أغلى من الفرخ\n\n"
                                "وقال مربي الدواجن يوسف بهنام ككا إن العلف صار غاليا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العلف صار أغلى", "يوسف بهنام ككا", QUOTE_INDIRECT, RESOLVED_HEADLINE);
}

static void test_asking_if_it_was_is_a_question(void)
{
    /* after a verb of asking, "إن كان" is "whether": a question put, no words reported */
    struct doc *d = fx_annotate("وسألت مقدمة البرنامج، رنا الخوالدة، المتصلين إن كانت ورديات العمل قد تقلصت هذا العام.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_quotes, 0);
}

static void test_an_agencys_short_name_in_marks_after_its_name(void)
{
    struct doc *d = fx_annotate("وذكرت وكالة السودان للأنباء «سونا»، نقلا عن مدير إدارة التجارة والتموين بولاية النيل "
                                "الأبيض، عوض الكريم محمد الطيب، "
                                "أن حصة الولاية \"ستصل خلال أيام\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "سونا") == NULL);
    expect(d, "حصة الولاية", "عوض الكريم محمد الطيب", QUOTE_MIXED, -1);
}

static void test_a_long_unnamed_source_keeps_its_seat(void)
{
    /* a phrase cut at its length never ends inside a name or between a place's head and
     * the place */
    struct doc *d = fx_annotate("وتحدث أهال عن نقص الطحين، وهو ما نفاه مصدر في فرع الشركة العامة لتجارة الحبوب بذي قار، "
                                "مؤكدا أن الشحنات منتظمة.\n"
                                "وتحدث مربون عن تأخر الحصص، وهو ما نفاه مصدر في فرع وزارة البيئة والمياه والزراعة بمنطقة "
                                "تبوك، موضحا أن الحصص تصرف في موعدها.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشحنات منتظمة", "مصدر في فرع الشركة العامة لتجارة الحبوب بذي قار", QUOTE_INDIRECT, -1);
    expect(d, "الحصص تصرف", "مصدر في فرع وزارة البيئة والمياه والزراعة بمنطقة تبوك", QUOTE_INDIRECT, -1);
}

static void test_a_delegate_of_a_place_named_after_a_comma(void)
{
    /* معتمد (a Tunisian delegate) is a title: "معتمد قرقنة، X،" is X, not the island */
    struct doc *d = fx_annotate("ونقلت إذاعة صفاقس عن معتمد قرقنة، سامي الفقي، قوله إن الصيد تراجع.\n"
                                "وقال رئيس تعاونية مزارعي دير الأحمر، طانيوس بطرس رحمة، إن الكلفة تضاعفت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الصيد تراجع", "سامي الفقي", QUOTE_INDIRECT, -1);
    expect(d, "الكلفة تضاعفت", "طانيوس بطرس رحمة", QUOTE_INDIRECT, -1);
    const struct entity *town = fx_entity(d, "دير الأحمر");
    CHECK(town == NULL || town->type == ENT_GPE);
}

static void test_a_headline_opening_with_words_the_body_quotes(void)
{
    /* a headline that opens with words in marks is the body's speaker's when the body
     * quotes them; with no one saying them below, no quotation */
    struct doc *d = fx_annotate("«البواخر صارت تتأخر أسابيع».. عمال مرفأ شكا يترقبون\n\n"
                                "وقال العامل جورج طنوس: «البواخر صارت تتأخر أسابيع، وإذا ما في بواخر ما في شغل».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_quotes, 2);
    expect(d, "البواخر صارت تتأخر أسابيع", "جورج طنوس", QUOTE_DIRECT, RESOLVED_HEADLINE);
    d = fx_annotate("«البواخر صارت تتأخر أسابيع».. عمال مرفأ شكا يترقبون\n\nوقال العامل جورج طنوس إن الشغل قليل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "البواخر صارت") == NULL);
}

static void test_a_maghreb_civil_society_activist(void)
{
    struct doc *d = fx_annotate("واعتبر فاعل جمعوي بتنجداد أن الحديث عن الحرب \"يبدو بعيدا\".\n"
                                "والفاعلة الجمعوية فاطمة الزهراء بوعزاوي، رئيسة جمعية نسائية لتثمين التمور بالمنطقة، "
                                "تعتبر أن الأزمة \"فرصة\" لتسويق التمور.\n"
                                "وأكدت الغالية بوسحاب، رئيسة تعاونية نسوية لتجفيف السمك، أن النساء فقدن نصف الكميات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحديث عن الحرب", "فاعل جمعوي بتنجداد", QUOTE_MIXED, -1);
    expect(d, "الأزمة", "فاطمة الزهراء بوعزاوي", QUOTE_MIXED, -1);
    expect(d, "النساء فقدن", "الغالية بوسحاب", QUOTE_INDIRECT, -1);
    d = fx_annotate("وتعتبر المحاضرة في الاقتصاد بجامعة القدس المفتوحة في طوباس، هبة نزال صوافطة، أن المعاهدة بعيدة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة بعيدة", "هبة نزال صوافطة", QUOTE_INDIRECT, -1);
}

static void test_an_honorific_opens_the_apposition_after_a_role(void)
{
    /* "مدير جامعة X 1، البروفيسور Y Z، إن": the name in apposition, past its honorific */
    struct doc *d = fx_annotate("وقال مدير جامعة الإخوة منتوري قسنطينة 1، البروفيسور سليم بوعلام، إن الجامعة وقعت ثلاث "
                                "اتفاقيات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجامعة وقعت", "سليم بوعلام", QUOTE_INDIRECT, -1);
}

static void test_a_given_name_alone_after_its_verb(void)
{
    /* "وختم فيصل الفقرة بالقول إن": the verb's object (الفقرة) before "by saying" is no
     * family name, and the given name alone is the person named in full before */
    struct doc *d = fx_annotate("فتح المذيعان فيصل العتيبي وريم الشهري الملف.\n"
                                "وختم فيصل الفقرة بالقول إن الترند يروح ويجي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الترند يروح", "فيصل العتيبي", -1, -1);
    CHECK(fx_entity(d, "فيصل الفقرة") == NULL);
}

static void test_who_after_an_indefinite_apposition(void)
{
    /* "عبدالله القحطاني، طالب العلوم السياسية في جامعة الملك سعود، الذي قال:": the
     * relative goes back past the apposition (a role no list holds) to the person */
    struct doc *d = fx_annotate("واستضاف البرنامج عبدالله القحطاني، طالب العلوم السياسية في جامعة الملك سعود، الذي قال: "
                                "«صرت أتابع الخريطة كل يوم».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "صرت أتابع", "عبدالله القحطاني", -1, -1);
}

static void test_fi_taqdir_after_the_first_word_cites_no_one(void)
{
    /* "أن المبالغة في تقدير أثر المعاهدة ...": في تقدير right after the content's first
     * word estimates; it is no source ending the words (as "في تقدير المحلل X، فإن" is) */
    struct doc *d = fx_annotate("ورأت الدكتورة منيرة الصالح أن المبالغة في تقدير أثر المعاهدة على الخليج \"ليست في محلها\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "المبالغة");
    CHECK(q != NULL);
    if (q)
        CHECK(q->content.end - q->content.start > 20);
}

static void test_a_verbal_noun_after_whom_a_verb_told(void)
{
    /* "أكدت له نقل ثلاث مروحيات ..." inside his clause: نقل after "told him" is the
     * verb's object, "moving", no relaying; the marks at the end are still his words */
    struct doc *d = fx_annotate("وأوضح النقيب المنشق عبد الكريم الحسين أن مصادره داخل قاعدة حميميم أكدت له نقل ثلاث مروحيات "
                                "من طراز \"مي-24\" ومنظومة دفاع جوي، \"وهذا لم يحصل منذ 2015\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "مصادره داخل قاعدة حميميم", "عبد الكريم الحسين", -1, -1);
    CHECK_INT(d->n_quotes, 1);
}

static void test_a_bodys_noun_after_a_definite_subject_is_the_object(void)
{
    /* "وطالب الاتحاد الجهوي سلطة الإشراف بـ": after a definite word a body's noun with
     * no article cannot be in construct with it; it starts the verb's object */
    struct doc *d = fx_annotate("وطالب الاتحاد الجهوي سلطة الإشراف بـ\"التدخل العاجل\" لتوفير الأسمدة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "\"التدخل العاجل", "الاتحاد الجهوي", -1, -1);
}

static void test_the_paper_told_after_a_talk_noun_is_no_author(void)
{
    /* "قال في حديث للصحيفة إن": ل + a media noun after حديث is the outlet told, not the
     * talk's author; the subject stands before the verb */
    struct doc *d = fx_annotate("رئيس منتدى المهاجرين في حيفا، يفغيني كوغان، قال في حديث للصحيفة إن كثيرين من أبناء الجالية "
                                "\"يشعرون بالخجل\" من رؤية جنود أجانب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كثيرين من أبناء", "يفغيني كوغان", -1, -1);
}

static void test_a_press_statement_and_the_journalists_told_are_no_author(void)
{
    /* "وقال في تصريحات صحفية إن"، "في تصريح صحفي إن": an adjective in ي alone after the
     * statement noun; "في تصريحات للصحفيين إن": whom it was told; the subject is elided */
    struct doc *d = fx_annotate("وصل السفير جورجي بوريسينكو إلى القاهرة. وقال في تصريحات صحفية إن التعاون مستمر. "
                                "وأضاف في تصريح صحفي إن الشراكة قوية. وتابع في تصريحات للصحفيين إن العلاقات متينة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التعاون مستمر", "جورجي بوريسينكو", -1, RESOLVED_ELIDED);
    expect(d, "الشراكة قوية", "جورجي بوريسينكو", -1, RESOLVED_ELIDED);
    expect(d, "العلاقات متينة", "جورجي بوريسينكو", -1, RESOLVED_ELIDED);
}

static void test_a_banker_unnamed_and_because_in_his_aside(void)
{
    /* "وأكد مصرفي ...، طلب عدم ذكر اسمه لأنه غير مخول بالحديث، أن": a banker speaks
     * unnamed; لأن inside the aside says why, the words open at أن */
    struct doc *d = fx_annotate("وأكد مصرفي في أحد البنوك الحكومية، طلب عدم ذكر اسمه لأنه غير مخول بالحديث لوسائل الإعلام، "
                                "أن البنوك المصرية «تتجنب تماما» أي تحويل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "البنوك المصرية", "مصرفي في أحد البنوك الحكومية", -1, -1);
    CHECK(fx_quote(d, "غير مخول") == NULL);
}

static void test_a_source_statement_issued_by_its_author(void)
{
    /* "وبحسب بيان صادر عن وزارة الدفاع، فإن": the statement, its participle of issue
     * and عن; the author is the source */
    struct doc *d = fx_annotate("وبحسب بيان صادر عن وزارة الدفاع، فإن التحالف يراقب الوضع. وبحسب تقرير صادر عن مركز "
                                "الدراسات الاستراتيجية، فإن الأسعار سترتفع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التحالف يراقب", "وزارة الدفاع", -1, RESOLVED_SOURCE);
    expect(d, "الأسعار سترتفع", "مركز الدراسات الاستراتيجية", -1, RESOLVED_SOURCE);
}

static void test_federations_and_a_part_of_a_body_as_the_subject_of_a_participle(void)
{
    /* الفيدرالية، الكونفدرالية and الاتحادية head a body's name; after a name they are its
     * adjective (جامعة قازان الفيدرالية), and before a state they name it (فدرالية روسيا).
     * "المكتب الجهوي للكونفدرالية ... بمراكش" as the subject of a participle is the whole
     * phrase, as after a verb of saying */
    struct doc *d = fx_annotate("وأكدت الفيدرالية الوطنية لمهنيي النقل أن الأسعار \"ارتفعت بشكل كبير\". وقال سفير فدرالية "
                                "روسيا إن بلاده \"لن تتراجع\". وتستقبل جامعة قازان الفيدرالية مئات الطلبة.\n\n"
                                "وحمّل المكتب الجهوي للكونفدرالية الديمقراطية للشغل بمراكش السلطات المسؤولية، مطالبا "
                                "بـ\"فتح تحقيق عاجل\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأسعار \"ارتفعت بشكل كبير\"", "الفيدرالية الوطنية لمهنيي النقل", QUOTE_MIXED, -1);
    expect(d, "فتح تحقيق عاجل", "المكتب الجهوي للكونفدرالية الديمقراطية للشغل بمراكش", QUOTE_DIRECT, -1);
    CHECK(fx_entity(d, "جامعة قازان الفيدرالية") != NULL);
    CHECK(fx_entity(d, "فدرالية روسيا") == NULL);
    CHECK(fx_entity(d, "روسيا") != NULL);
}

static void test_a_copys_recipient_is_no_author_and_a_head_named_in_marks_before_her_verb(void)
{
    /* "وفي بيان تلقت «الوطن» نسخة منه، قالت المديرية": the paper received the statement,
     * the office issued it and "وأضاف البيان" is the office's; the office's seat in ل is
     * part of its name. "رئيسة جمعية «الأمل» ترى": the role and its body's quoted name
     * before the verb are its subject */
    struct doc *d = fx_annotate("وتقول رئيسة جمعية الأمل، السيدة خديجة العلوي، إن النساء \"تضررن كثيرا\".\n\n"
                                "وفي بيان تلقت «الوطن» نسخة منه، قالت المديرية الجهوية للفلاحة لمراكش إنها \"تتابع "
                                "الوضع\". وأضاف البيان أن لقاءات ستنظم قريبا مع الفلاحين. غير أن رئيسة جمعية «الأمل» "
                                "ترى أن هذه اللقاءات \"غير كافية\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لقاءات ستنظم قريبا مع الفلاحين", "المديرية الجهوية للفلاحة لمراكش", QUOTE_INDIRECT, -1);
    expect(d, "هذه اللقاءات \"غير كافية\"", "خديجة العلوي", QUOTE_MIXED, -1);
}

static void test_a_group_heads_a_companys_name_and_a_name_in_marks_in_the_speakers_apposition(void)
{
    /* "مجموعة ستيلانتيس" is a company (not "المجموعة الروسية", a nationality alone); the
     * marks after "بالمنطقة الصناعية" name the zone, and the words said follow أن */
    struct doc *d = fx_annotate("وأكد كريم الفاسي، مدير الاستثمار بالمنطقة الصناعية \"أطلانتيك بارك سيتي\"، في تصريح "
                                "لجريدة الصباح، أن الشركات \"لم تتأثر بالعقوبات\". وقالت مجموعة ستيلانتيس، في بيان، إن "
                                "مصنعها \"يعمل بشكل عادي\". وتضم المجموعة الروسية عدة شركات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشركات \"لم تتأثر بالعقوبات\"", "كريم الفاسي", QUOTE_MIXED, -1);
    expect(d, "مصنعها \"يعمل بشكل عادي\"", "مجموعة ستيلانتيس", QUOTE_MIXED, -1);
    CHECK(d->n_quotes == 2);
    CHECK(fx_entity(d, "المجموعة الروسية") == NULL);
}

static void test_a_bulletins_presenter_named_set_off_and_a_topic_in_an_before_the_verb(void)
{
    /* "مقدم نشرة المساء على إذاعة الشرق 95، سامر نجار، إن": a bulletin's presenter, and a
     * given name with a bare family name set off before the complementiser; "وعن العقوبات
     * التي فرضها الرئيس X ...، قال:" is the man speaking on, not X */
    struct doc *d = fx_annotate("وقال مقدم نشرة المساء على إذاعة الشرق 95، سامر نجار، إن الأسواق \"تشهد ركودا\". "
                                "وأضاف الخبير الاقتصادي وليد الحسيني أن الأسعار ارتفعت.\n\nوعن العقوبات التي فرضها "
                                "الرئيس الأمريكي جو بايدن على موسكو، قال: «الخاسر الأكبر هو المستهلك».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأسواق \"تشهد ركودا\"", "سامر نجار", QUOTE_MIXED, -1);
    expect(d, "الخاسر الأكبر هو المستهلك", "وليد الحسيني", QUOTE_DIRECT, -1);
    /* (the bulletin's presenter named after her title, then the verb's object) */
    d = fx_annotate("واستهلت مقدمة النشرة سلمى الحداد الفقرة بالتذكير بأن الأسواق \"تشهد ركودا\".\n");
    CHECK(d != NULL);
    if (d)
        expect(d, "الأسواق \"تشهد ركودا\"", "سلمى الحداد", QUOTE_MIXED, -1);
}

static void test_a_fused_abd_name_and_a_nationality_as_a_family_name_after_the_fathers(void)
{
    /* عبدالجبار written as one word is a given name; after a given name and the father's,
     * a nisba that is also a nationality before the phrase ends is the family name */
    struct doc *d = fx_annotate("وقال عضو المجلس البلدي عبدالجبار الحيدري إن المشروع \"متوقف منذ أشهر\". واعتبر رئيس "
                                "النقابة محمد صالح التونسي أن الأجور \"لم تعد تكفي\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المشروع \"متوقف منذ أشهر\"", "عبدالجبار الحيدري", QUOTE_MIXED, -1);
    expect(d, "الأجور \"لم تعد تكفي\"", "محمد صالح التونسي", QUOTE_MIXED, -1);
}

static void test_a_long_source_phrase_before_fa_inna_and_the_treasury_by_its_short_name(void)
{
    /* "وبحسب بيان لـX صدر عقب ... إلى موقع ...، فإن A، وإن B": the source's phrase runs
     * to the comma before فإن however long, and its content takes the second clause;
     * "الخزانة" alone is the treasury named before */
    struct doc *d = fx_annotate("وبحسب بيان للهيئة الوطنية للرقابة النووية صدر عقب زيارة وفد من خبرائها إلى موقع المحطة "
                                "الجديدة، فإن الأشغال \"تسير وفق الجدول\"، وإن التقرير النهائي سيصدر قريبا.\n\n"
                                "وأعلنت وزارة الخزانة الأمريكية فرض عقوبات جديدة. وزعمت الخزانة، في بيان، أن الشبكات "
                                "\"سهلت التهريب\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأشغال \"تسير وفق الجدول\"، وإن التقرير النهائي سيصدر قريبا", "الهيئة الوطنية للرقابة النووية",
           QUOTE_MIXED, -1);
    expect(d, "الشبكات \"سهلت التهريب\"", "وزارة الخزانة الأمريكية", QUOTE_MIXED, -1);
}

static void test_an_elder_called_uncle_and_whom_he_told_and_a_name_before_the_outlet(void)
{
    /* "أما عمي X، العامل ...، فقال لنا:": عمي before a name is an elder's honorific (not
     * after يا), and لنا after the verb is whom he told, not its subject; "المقاول وائل
     * قدسية لكاميرا سما:" is a name before the outlet told; "بتذكير المستمعين بأن" is a cue */
    struct doc *d = fx_annotate("أما عمي سليمان مرابط، العامل في المصنع منذ ثلاثين سنة، فقال لنا عند الباب: «الخدمة "
                                "قليلة». وقال المقاول وائل قدسية لكاميرا سما: «الشغل موجود». وقال مستمع: \"يا عمي "
                                "إحنا تعبنا\". وافتتحت المذيعة نرمين حسني الحلقة بتذكير المستمعين بأن الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الخدمة قليلة", "سليمان مرابط", QUOTE_DIRECT, -1);
    expect(d, "الشغل موجود", "وائل قدسية", QUOTE_DIRECT, -1);
    expect(d, "الأسعار ارتفعت", "نرمين حسني", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "إحنا") == NULL);
}

static void test_a_role_of_another_nationality_is_no_earlier_official(void)
{
    /* "وقال السفير الروسي لدى المملكة" after "وزير الخارجية البحريني X": a new man, named
     * as written, not the Bahraini minister */
    struct doc *d = fx_annotate("وقال وزير الخارجية البحريني عبد اللطيف الزياني إن البحرين \"تقف على مسافة واحدة\".\n\n"
                                "وقال السفير الروسي لدى المملكة إن المعاهدة «دفاعية».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة «دفاعية»", "السفير الروسي لدى المملكة", QUOTE_MIXED, -1);
}

static void test_a_body_between_kana_and_qad_goes_on_speaking(void)
{
    /* "وكانت وزارة الخزانة الأمريكية قد أعلنت ... حزمة عقوبات. وقالت في بيان إن": the
     * body introduced as the subject between كان and قد in the sentence before is the
     * elided subject, not the company that spoke last */
    struct doc *d = fx_annotate("وقال المتحدث باسم شركة لوك أويل إن الإنتاج مستمر. وكانت وزارة الخزانة الأمريكية قد "
                                "أعلنت، مطلع العام الجاري، حزمة عقوبات واسعة طالت شركات النفط. وقالت في بيان إن "
                                "\"أي مؤسسة مالية أجنبية تسهل معاملات كبيرة تعرض نفسها للعقوبات\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "أي مؤسسة");
    CHECK(q != NULL);
    if (q)
        CHECK_STR(q->speaker_name, "وزارة الخزانة الأمريكية");
}

static void test_a_source_with_its_own_verb_set_off_before_the_cues_preposition(void)
{
    /* "وأشار السفير، وفق ما أوردت الوكالة، إلى أن": the source's verb belongs to the aside
     * set off by commas; the cue goes on to its إلى (or على) and the complementiser */
    struct doc *d = fx_annotate("وقال السفير الروسي أندريه تشيرنوفول إن موسكو متمسكة بالاتفاق. "
                                "وأشار السفير، وفق ما أوردت الوكالة، إلى أن بلاده مستعدة لتزويد السودان بالقمح. "
                                "وشددت الوزيرة، حسبما نقلت الصحيفة، على أن الأسعار ستنخفض.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "بلاده مستعدة");
    CHECK(q != NULL);
    if (q)
        CHECK_STR(q->speaker_name, "أندريه تشيرنوفول");
    CHECK(fx_quote(d, "الأسعار ستنخفض") != NULL);
}

static void test_a_relative_verb_with_words_of_its_own_leaves_the_colon_to_said(void)
{
    /* "قال سائق الشاحنة أبو سليمان، الذي ينقل البوتاس ... إلى الميناء منذ 12 سنة: «...»":
     * the relative clause's verb (ينقل, also "relays") is no cue; قال is, and its subject
     * the driver. "استضاف البرنامج X، الذي قال: «...»" stays the relative's words. */
    struct doc *d = fx_annotate("وعلى الخط من العقبة، قال سائق الشاحنة أبو سليمان، الذي ينقل البوتاس من غور الصافي "
                                "إلى الميناء منذ 12 سنة: \"والله الشغل ماشي الحمد لله\". واستضاف البرنامج عبر الهاتف "
                                "عبدالله القحطاني، طالب العلوم السياسية، الذي قال: «والله صرت أتابع الخريطة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "والله الشغل");
    CHECK(q != NULL);
    if (q)
        CHECK_STR(q->speaker_name, "أبو سليمان");
    q = fx_quote(d, "والله صرت");
    CHECK(q != NULL);
    if (q)
        CHECK_STR(q->speaker_name, "عبدالله القحطاني");
}

static void test_a_manner_noun_with_its_possessors_pronoun_after_the_verb(void)
{
    /* "ويقول بلهجته الصعيدية: «...»": the noun in ب carries its possessor's pronoun (لهجة
     * written لهجته); it is how he speaks, not a name, and the subject is elided: the man
     * the sentence before introduced. A name in ب stays a name (بوتين). */
    struct doc *d = fx_annotate("وقال صاحب الفندق محمود الطحاوي ضاحكا: «السياح يحبون الشمس». وعلى كورنيش النيل، يجلس "
                                "الريس حسن عوض الله، صاحب فلوكة منذ ثلاثين عاما، في انتظار الزبائن. ويقول بلهجته "
                                "الصعيدية: «والله الحال اتعدل شوية». وقالت المرشدة ليلى سعيد بنبرتها الهادئة إن الموسم "
                                "جيد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "والله الحال");
    CHECK(q != NULL);
    if (q)
        CHECK_STR(q->speaker_name, "حسن عوض الله");
    q = fx_quote(d, "الموسم");
    CHECK(q != NULL);
    if (q)
        CHECK_STR(q->speaker_name, "ليلى سعيد");
}

static void test_one_of_a_places_notables_in_a_headline_is_whom_the_body_quotes(void)
{
    /* "أحد أعيان الأهقار لإذاعة تمنراست: «...»": notables are a group of people; one of
     * them in a headline is the man the body quotes saying the same words, not the place
     * of the station he told */
    struct doc *d = fx_annotate("أحد أعيان الأهقار لإذاعة تمنراست: «سكان الحدود يدفعون الثمن»\n\n"
                                "خصصت إذاعة تمنراست الجهوية حصتها لأمن الحدود. وفي مداخلة هاتفية، قال الحاج محمد أق "
                                "إبراهيم، أحد أعيان منطقة الأهقار: «سكان الحدود يدفعون الثمن، والناس هنا تعبت». "
                                "وقال أعيان المنطقة إن الطريق مفتوح.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "سكان الحدود يدفعون الثمن");
    CHECK(q != NULL);
    if (q) {
        CHECK_STR(q->speaker_name, "محمد أق إبراهيم");
        CHECK_INT(q->cue_kind, CUE_HEADLINE);
    }
    q = fx_quote(d, "الطريق مفتوح");
    CHECK(q != NULL);
    if (q)
        CHECK_STR(q->speaker_name, "أعيان المنطقة");
}

static void test_that_after_a_relative_verb_of_no_saying_is_that_verbs(void)
{
    /* "وتتابع الأسواق اجتماع «أوبك+» المقبل، الذي يُنتظر أن يحسم": تتابع also means "went
     * on saying", but the أن right after الذي and a verb of no saying is that verb's */
    struct doc *d = fx_annotate("وتتابع الأسواق الخليجية باهتمام اجتماع \"أوبك+\" المقبل، الذي يُنتظر أن يحسم مصير "
                                "التخفيضات الطوعية في الإنتاج. وتابع الوزير أن الإنتاج مستقر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "يحسم") == NULL);
    CHECK(fx_quote(d, "الإنتاج مستقر") != NULL);
}

static void test_a_present_verb_describing_a_marked_head_goes_with_it(void)
{
    /* "وطالب سيف الوزارة بـ"تسعيرة عادلة" تأخذ في الاعتبار الكلفة": the present verb after
     * the marked indefinite noun describes it; one mixed quotation to the comma */
    struct doc *d = fx_annotate("وقال النقيب أنطوان سيف إن الوضع صعب. وطالب سيف الوزارة بـ\"تسعيرة عادلة\" تأخذ في "
                                "الاعتبار الكلفة الحقيقية للإنتاج، وقال إن بعض الأفران ستغلق.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "\"تسعيرة عادلة\" تأخذ في الاعتبار الكلفة الحقيقية للإنتاج");
    CHECK(q != NULL);
    if (q)
        CHECK_INT(q->type, QUOTE_MIXED);
}

static void test_an_unknown_nisba_after_a_given_name_in_apposition_and_the_dialects_alli(void)
{
    /* "زميلته في التقديم ريم الدوسري ضاحكة:": after a definite noun, a given name and a nisba no
     * dictionary knows are a name whatever follows; "حنا اللي" is "we who" (اللي a function
     * word), no name */
    struct doc *d = fx_annotate("وعلّقت زميلته في التقديم ريم الدوسري ضاحكة: «الناس تبي ثلج». ويقول سائق: «كل مرة كيقولو "
                                "لينا العقوبات... وفي اللخر حنا اللي كنخلصو».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_entity(d, "ريم الدوسري") != NULL);
    CHECK(fx_entity(d, "حنا اللي") == NULL);
}

static void test_how_and_where_it_was_said_after_a_role_subject(void)
{
    /* "وقال المدير في تدخله:"، "ويضيف المدير مبتسما:": في with a noun carrying the subject's
     * pronoun, or an accusative in alef before the colon, follow the role noun; it is the
     * speaker, not "المدير في تدخله" */
    struct doc *d = fx_annotate("وقال مدير التعاونية كمال بن عودة إن الحصاد جيد. وقال المدير في تدخله على المباشر: "
                                "«القمح الروسي يروح للمطاحن». ويضيف المدير مبتسما: «الموسم طيب والحمد لله».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "القمح الروسي يروح", "كمال بن عودة", QUOTE_DIRECT, -1);
    expect(d, "الموسم طيب", "كمال بن عودة", QUOTE_DIRECT, -1);
    d = fx_annotate("وقال صاحب المخبز صالح مرشد إن سعر الكيس ارتفع. ويضيف الخباز مبتسما: «قالوا لنا القمح روسي».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "قالوا لنا", "الخباز", QUOTE_DIRECT, -1);
}

static void test_a_relative_after_an_indefinite_apposition_and_a_dialect_with_its_adjective(void)
{
    /* "التقينا بعمر البوزيدي، عامل في المنجم منذ عشرين سنة، الذي قال بدارجة خريبكية:": the
     * relative's antecedent is the person before the apposition, and the dialect with its
     * adjective says how, no one's name */
    struct doc *d = fx_annotate("وقال المدير عبد الإله الكرواني إن الإنتاج ارتفع. وفي حي الفتح، التقينا بعمر البوزيدي، عامل "
                                "في المنجم منذ عشرين سنة، الذي قال بدارجة خريبكية: «حنا ما كنعرفو لا روسيا لا كوريا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "حنا ما كنعرفو", "عمر البوزيدي", QUOTE_DIRECT, -1);
    /* (definite, the adjective too: "قال باللهجة المحلية:") */
    d = fx_annotate("أول المتصلين، أبو خالد من خورفكان، قال باللهجة المحلية: \"والله الديزل غلا علينا\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "والله الديزل", "أبو خالد", QUOTE_DIRECT, -1);
}

static void test_a_long_headline_role_that_told_a_known_station(void)
{
    /* "المدير العام لشركة X لإذاعة سطيف:": a station the text names, written onto its ل,
     * is whom the role told; the head ends before it however long the role */
    struct doc *d = fx_annotate("المدير العام لشركة مطاحن الهضاب لإذاعة سطيف: القمح الروسي يصل بانتظام\n"
                                "وقال المدير العام لشركة مطاحن الهضاب، كمال زروقي، إن الشحنات لم تتأخر هذا الشهر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "القمح الروسي يصل بانتظام");
    CHECK(q != NULL && q->speaker_name && !strstr(q->speaker_name, "إذاعة"));
}

static void test_an_elder_from_a_village_heads_a_headline(void)
{
    /* "شيخ من قرية الحمام: «...»": an elder, an indefinite شيخ, names a speaker the body
     * gives a name; "شيخة" stays a given name */
    struct doc *d = fx_annotate("شيخ من قرية الحمام: «أرضنا ما تتباعش للغريب»\n"
                                "وقال الشيخ سالم أبو عوف إن الأهالي يرفضون المشروع. وقالت الباحثة شيخة المري إن الحوار ممكن.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "أرضنا ما تتباعش للغريب") != NULL);
    expect(d, "الحوار ممكن", "شيخة المري", QUOTE_INDIRECT, -1);
}

static void test_a_treaty_or_a_drill_named_in_marks_is_no_quotation(void)
{
    /* "معاهدة «...»"، "مناورات «...»": the marks name what the noun before them is, so the
     * verb of a clause of time (منذ أن شددت ...) quotes nothing and the reported clause
     * goes on to its end */
    struct doc *d = fx_annotate("وقالت المذيعة إن الأسر تعاني، منذ أن شددت البنوك رقابتها على الحوالات بعد توقيع معاهدة "
                                "«الشراكة الاستراتيجية الشاملة» بين البلدين في الصيف. وأجرت القوات مناورات «درع الشمال» "
                                "قرب الحدود.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "الأسر تعاني");
    CHECK(q != NULL && strstr(fx_text(d, q->content), "في الصيف") != NULL);
    CHECK(fx_quote(d, "الشراكة الاستراتيجية الشاملة") == NULL && fx_quote(d, "درع الشمال") == NULL);
}

static void test_a_participle_before_the_colon_closes_no_headline(void)
{
    /* "واتصل X من Y ليسأل عن ...، قائلا: «...». ورد Z بأن": a narrated line that opens a
     * paragraph and ends in a participle of saying is no headline, and the reply after
     * the caller's words is a quotation of its own */
    struct doc *d = fx_annotate("عنوان الحلقة\n\nواتصل الحاج عبد الكريم بوزيد من نجع الشط ليسأل عن سعر السماد، قائلا: "
                                "\"الكيس غلا مرتين. شكون يرحمنا؟\". ورد كمال الهاشمي بأن ملف الأسمدة \"خارج صلاحياته\"، لكنه "
                                "أشار إلى أن المخزون كاف.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الكيس غلا مرتين", "عبد الكريم بوزيد", QUOTE_DIRECT, -1);
    expect(d, "ملف الأسمدة", "كمال الهاشمي", QUOTE_MIXED, -1);
}

static void test_the_worker_refers_back_to_the_worker_quoted(void)
{
    /* "بالعامل X ... ويشير العامل، الذي ...، إلى أن": the worker is the one the text
     * gave that title; "القوى العاملة" keeps its body's name */
    struct doc *d = fx_annotate("وفي الورشة التقت الإذاعة بالعامل حسين الطحان الذي قال: «الأجور تأخرت». ويشير العامل، الذي "
                                "يعول خمسة أطفال، إلى أن الإدارة وعدتهم بالدفع. وقالت الهيئة العامة للقوى العاملة إن "
                                "الملف قيد الدرس.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الإدارة وعدتهم", "حسين الطحان", QUOTE_INDIRECT, -1);
    expect(d, "الملف قيد", "الهيئة العامة للقوى العاملة", QUOTE_INDIRECT, -1);
}

static void test_going_on_before_a_colon_is_a_cue(void)
{
    /* "ويواصل X:" goes on with the words after the colon; "واصلت القوات تقدمها" says
     * nothing, and حزب «تواصل» stays a party's name */
    struct doc *d = fx_annotate("قال الفلاح مسعود قريشي للإذاعة: «الصابة مليحة». ويواصل قريشي: «المازوت غلا». وواصلت القوات "
                                "تقدمها نحو البلدة. وقال النائب عن حزب «تواصل» إن الحكومة تأخرت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المازوت غلا", "مسعود قريشي", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "تقدمها") == NULL);
    CHECK(fx_entity(d, "تواصل") != NULL);
}

static void test_a_relative_verb_whose_final_ya_turned_alef_before_its_pronoun(void)
{
    /* "وهو ما نفاه مصدر بالوزارة في تصريح للإذاعة": نفى carries its pronoun as نفاه; the
     * source runs to where it was said, and a short name in marks after its preposition is
     * part of it */
    struct doc *d = fx_annotate("وتحدثت تقارير عن ضغوط على الحكومة لوقف الواردات، وهو ما نفاه مصدر بوزارة الاقتصاد في تصريح "
                                "للإذاعة. وتحدثت صحف عن صفقة سلاح، وهو ما نفاه مصدر مقرب من «حزب الأمة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وتحدثت تقارير عن ضغوط", "مصدر بوزارة الاقتصاد", -1, -1);
    expect(d, "وتحدثت صحف", "مصدر مقرب من «حزب الأمة»", -1, -1);
}

static void test_farmers_of_a_place_head_a_headline(void)
{
    /* "مزارعو الغاب: ...": the farmers of a place, a group in construct, speak */
    struct doc *d = fx_annotate("مزارعو الغاب: المازوت يأكل الموسم\n\nوقال المزارع حسن الديب إن الري صار مكلفا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "المازوت يأكل الموسم") != NULL);
}

static void test_a_two_word_title_heads_a_headline(void)
{
    /* "مرشد سياحي لإذاعة الأقصر: «...»": a title of two words opens a headline's head as
     * a one-word title does */
    struct doc *d = fx_annotate("مرشد سياحي لإذاعة الأقصر: «الموسم ضعيف هذا العام»\n\nوقال المرشد السياحي كمال فهمي إن "
                                "الحجوزات تراجعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "الموسم ضعيف") != NULL);
}

static void test_a_companys_long_name_in_marks_is_no_quotation(void)
{
    /* "مديرة المبيعات في شركة «...»، X، بأن": four words in marks after a body's head and
     * before the comma name the company; the person after them speaks */
    struct doc *d = fx_annotate("وأفادت مديرة المبيعات في شركة «نجمة الخليج لخدمات الموانئ»، هند الكعبي، بأن الطلب ارتفع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "نجمة الخليج") == NULL);
    expect(d, "الطلب ارتفع", "هند الكعبي", QUOTE_INDIRECT, -1);
}

static void test_a_source_phrases_relay_verb_carrying_ma(void)
{
    /* "ووفق ما نقلته الوكالة عن مسؤولين في X، فإن": the relay verb carries ما's pronoun,
     * and those it relays speak; "بحسب ما نقلته وكالة تاس، بأن ... إلى الدول" relays no
     * one */
    struct doc *d = fx_annotate("ووفق ما نقلته وكالة رويترز عن مسؤولين في طوكيو، فإن الشحنات توقفت. وكان الوزير سيرغي "
                                "لافروف قد صرح، بحسب ما نقلته وكالة تاس، بأن موسكو مستعدة لزيادة صادراتها إلى الدول "
                                "الصديقة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشحنات توقفت", "مسؤولين في طوكيو", QUOTE_INDIRECT, -1);
    expect(d, "موسكو مستعدة", "سيرغي لافروف", -1, -1);
    CHECK(fx_quote(d, "الدول الصديقة") == NULL);
}

static void test_an_outlet_holding_a_place_named_again_in_marks(void)
{
    /* "مسؤول لـ«صوت مصراتة»: ..." then "تتابع «صوت مصراتة» منذ أسابيع": the outlet told,
     * named again in marks after a verb, is its subject, not the verb's words, though the
     * place inside it was read first */
    struct doc *d = fx_annotate("مسؤول اقتصادي لـ«صوت مصراتة»: الشحنات تصل بانتظام\n\nمصراتة – تتابع «صوت مصراتة» منذ "
                                "أسابيع أسعار الخبز في المدينة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "صوت مصراتة") == NULL);
    CHECK(fx_quote(d, "الشحنات تصل") != NULL);
}

static void test_an_outlets_question_over_its_fact_check_is_no_quotation(void)
{
    /* "إذاعة الوادي تتحقق: هل ...؟": an outlet's own question heads its story; "بوتين: هل
     * ...؟" is still a speaker's */
    struct doc *d = fx_annotate("إذاعة الوادي تتحقق: هل أغلقت الحدود أمام الشاحنات؟\n\nوقال المدير إن الحدود مفتوحة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "هل أغلقت") == NULL);
    d = fx_annotate("بوتين: هل تريد أوروبا الحرب؟\n\nوقال الرئيس إن بلاده تريد السلام.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "هل تريد أوروبا") != NULL);
}

static void test_a_present_verb_of_reassuring_closes_a_headline_head(void)
{
    /* "رئيس الغرفة يطمئن المربين: ...": the present of طمأن closes the head, so its object
     * is no name; "مطمئنا الموالين إلى أن" reports too */
    struct doc *d = fx_annotate("رئيس الغرفة الفلاحية يطمئن المربين: العلف متوفر\n\nوأكد رئيس الغرفة الفلاحية، سالم بوزيد، أن "
                                "الشحنات منتظمة، مطمئنا الموالين إلى أن الأسعار ستنخفض.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_entity(d, "يطمئن المربين") == NULL);
    expect(d, "الأسعار ستنخفض", "سالم بوزيد", QUOTE_INDIRECT, -1);
}

static void test_a_persons_labelled_answer_holds_the_speech_it_tells_of(void)
{
    /* "المرعبي: ...، والمطاحن تقول لنا إن ...": the answer under a person's label keeps
     * the nested speech inside it, no quotation of its own */
    struct doc *d = fx_annotate("استضافت الإذاعة المزارع كمال الأيوبي.\n\nالإذاعة: أين يذهب القمح؟\n\nالأيوبي: يذهب إلى "
                                "المطاحن، لكن الأسعار لا تغطي الكلفة، والتجار يقولون لنا إن المستورد أرخص.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "يذهب إلى المطاحن");
    CHECK(q != NULL && q->speaker_name && !strcmp(q->speaker_name, "كمال الأيوبي"));
    CHECK(fx_quote(d, "المستورد أرخص") == NULL);
}

static void test_a_farmer_from_a_place_heads_a_headline(void)
{
    /* "فلاح من الدوار: «...»": an indefinite farmer (not فلاحة, farming) heads a headline;
     * المحجوب is a Maghrebi given name with the article */
    struct doc *d = fx_annotate("فلاح من بني ملال: «المازوط غلا بزاف»\n\nويحكي المحجوب الزياني، وهو فلاح من الدوار: «الضيعة "
                                "عطشانة». وقالت وزارة الفلاحة إن الدعم قادم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "المازوط غلا") != NULL);
    expect(d, "الضيعة", "المحجوب الزياني", QUOTE_DIRECT, -1);
    CHECK(fx_entity(d, "وزارة الفلاحة") != NULL);
}

static void test_a_wish_before_that_is_a_cue(void)
{
    /* "متمنيا أن"، "ويأمل X أن": what is wished is said; "تمنى له الشفاء" quotes nothing */
    struct doc *d = fx_annotate("وقال السائق أبو عمر الراوي إن الطريق صار آمنا، متمنيا أن يبقى المنفذ مفتوحا. ويأمل "
                                "المدير سالم الكلباني أن تنتهي الأعمال قريبا. وتمنى الوزير له الشفاء العاجل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "يبقى المنفذ مفتوحا", "أبو عمر الراوي", QUOTE_INDIRECT, -1);
    expect(d, "تنتهي الأعمال قريبا", "سالم الكلباني", QUOTE_INDIRECT, -1);
    CHECK(fx_quote(d, "له الشفاء") == NULL && fx_quote(d, "الشفاء") == NULL);
}

static void test_a_programme_named_in_marks_and_its_host_in_apposition(void)
{
    /* "منشط برنامج «فلاحتنا اليوم»، X، ... إن": the marked words after برنامج are its name,
     * not a quotation; the host set off by commas after them speaks, whatever common word
     * the given name also is (خالد) */
    struct doc *d = fx_annotate("وقال منشط برنامج \"فلاحتنا اليوم\"، وليد العياري، في مستهل الحصة إن الجهة تعيش على وقع "
                                "الحصاد. وقالت مقدمة برنامج \"صباح الخير\"، خالد الخلف، إن دوريات روسية شوهدت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "فلاحتنا اليوم") == NULL);
    expect(d, "الجهة تعيش", "وليد العياري", QUOTE_INDIRECT, -1);
    expect(d, "دوريات روسية", "خالد الخلف", QUOTE_INDIRECT, -1);
}

static void test_a_worker_speaks_and_where_he_works_is_no_name(void)
{
    /* عامل is a title of a worker (roles.tsv); where he works, after في and before the
     * comma of his aside, is no name of his */
    struct doc *d = fx_annotate("وأفاد عامل في المنجم، فضّل عدم نشر اسمه، بأن الشاحنات تخرج كل يوم. "
                                "أما محمود الشرقاوي، وهو عامل شاب في إحدى الورش، فيقول إن زملاءه تركوا المهنة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشاحنات تخرج", "عامل في المنجم", QUOTE_INDIRECT, -1);
    expect(d, "زملاءه تركوا", "محمود الشرقاوي", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "إحدى الورش") == NULL);
}

static void test_a_treatys_name_in_marks_is_no_quotation(void)
{
    /* words in marks that open with a title's noun in construct with a definite word,
     * with no verb, name a treaty or a campaign; a description in marks («حملة تشهير
     * منظمة») may still be the words said */
    struct doc *d = fx_annotate("يتابع مصدرو التمور في منطقة نجران بقلق تداعيات \"معاهدة الشراكة الاستراتيجية الشاملة\" "
                                "التي وقعتها موسكو.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_quotes, 0);
    CHECK(fx_entity(d, "مصدرو") == NULL);
    d = fx_annotate("ووصفها المتحدث بأنها «حملة تشهير منظمة». وفي السوق، قال باعة إن الأسعار تراجعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "حملة تشهير منظمة", "المتحدث", QUOTE_DIRECT, -1);
    expect(d, "الأسعار تراجعت", "باعة", QUOTE_INDIRECT, -1);
    d = fx_annotate("وأفاد مرتادو السوق بأن أسعار اللحوم ارتفعت هي الأخرى.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أسعار اللحوم", "مرتادو السوق", QUOTE_INDIRECT, -1);
    /* (and women, speaking as a group, in the feminine plural: قلن) */
    d = fx_annotate("ونساء يبعن الخضار في طرف السوق قلن إن الزبائن قلوا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الزبائن قلوا", "نساء يبعن الخضار في طرف السوق", QUOTE_INDIRECT, -1);
}

static void test_the_outlets_labelled_question_is_no_quotation(void)
{
    /* a line of one question under the outlet's label, answered by a labelled line, is
     * the interviewer's turn, and what it reports is its framing */
    struct doc *d = fx_annotate("حاورت الإذاعة رئيس الغرفة الفلاحية، الطيب بن عمر.\n\n"
                                "إذاعة النعامة: ما علاقة المعاهدة بموال في عين الصفراء؟\n\n"
                                "بن عمر: العلاقة أقرب مما يظن الناس.\n\n"
                                "إذاعة النعامة: مسؤولون في الوزارة يقولون إن المخزون كاف، فلماذا ارتفع السعر؟\n\n"
                                "بن عمر: المخزون كاف فعلا، لكن المشكل في المضاربة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "ما علاقة") == NULL);
    CHECK(fx_quote(d, "المخزون كاف،") == NULL);
    expect(d, "العلاقة أقرب", "الطيب بن عمر", -1, -1);
    expect(d, "المخزون كاف فعلا", "الطيب بن عمر", -1, -1);
}

static void test_a_branch_of_a_ministry_and_a_written_reply(void)
{
    /* a masculine verb agrees with the bare noun in construct with the ministry (فرع
     * وزارة), which is no object of it; "في رد مكتوب" is the reply, a noun after في,
     * not the verb ردّ */
    struct doc *d = fx_annotate("وأفاد فرع وزارة الزراعة بمنطقة الباحة بأن الأسعار مستقرة. "
                                "وأفادت الوزارة، في رد مكتوب، بأن الفرق لم ترصد أي احتكار.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    /* (the branch speaks, named as written with where it sits; it is no entity) */
    expect(d, "الأسعار مستقرة", "فرع وزارة الزراعة بمنطقة الباحة", QUOTE_INDIRECT, -1);
    expect(d, "الفرق لم ترصد", "وزارة الزراعة", QUOTE_INDIRECT, -1);
}

static void test_a_role_over_two_places_joined_by_a_dash(void)
{
    /* "عضو المجلس البلدي في زغرتا - إهدن ريتا يونس": the dash joins two places the body
     * serves, and the role goes on to the name after them */
    struct doc *d = fx_annotate("من جهتها، قالت عضو المجلس البلدي في زغرتا - إهدن ريتا يونس إن البلدية تدرس توزيع قسائم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "البلدية تدرس", "ريتا يونس", QUOTE_INDIRECT, -1);
}

static void test_a_relative_aside_then_the_outlet_told(void)
{
    /* "قال X، الذي ينقل الحبوب إلى المدينة، للإذاعة: «...»": the relative clause's verb
     * (نقل, also a relay) belongs to the aside; the words after the colon are X's */
    struct doc *d = fx_annotate("وقال السائق سالم الشراري، الذي ينقل الحبوب إلى المدينة، للإذاعة: \"كنا نخلص بنص يوم\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كنا نخلص", "سالم الشراري", QUOTE_DIRECT, -1);
    /* (and so before the outlet told and the complementiser; شيار is a Kurdish given name,
     * and جنديرس, after من and before the comma, where he is from) */
    d = fx_annotate("وقال الصحفي المحلي من جنديرس، شيار حسو، الذي يتابع الشائعات، لـ«عفرين اليوم» إن الزي "
                    "روسي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الزي روسي", "شيار حسو", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_an_apposition_with_a_verb_of_its_own_and_the_statement_of_a_body(void)
{
    /* "X، صاحب مكتب ... نقل عمله إلى صور، أن": the apposition's relative clause has no
     * الذي after its indefinite noun; its verb (نقل, also a relay) is the aside's */
    struct doc *d = fx_annotate("ويوضح حسين بزي، صاحب مكتب لتحويل الأموال في بنت جبيل نقل عمله مؤقتا إلى صور، أن "
                                "شركات التحويل أوقفت خدماتها.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "شركات التحويل", "حسين بزي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    /* "وأضاف البيان" is the union's statement: a document's gender is its noun's, and the
     * bank the union called on is no part of a name that runs on to بإيجاد */
    d = fx_annotate("وقالت نقابة المعلمين إن \"الطلاب هم الفئة الأكثر تضررا\"، مطالبة مصرف لبنان بإيجاد آلية "
                    "للتحويلات. وأضاف البيان أن نحو 300 طالب يتابعون دراستهم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "نحو 300 طالب", "نقابة المعلمين", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    CHECK(fx_entity(d, "مصرف لبنان") != NULL);
}

static void test_a_village_headman_and_mukhtar_as_a_given_name(void)
{
    /* مختار is a village's headman before its complement (مختار إحدى قرى الناحية) and a
     * given name before a family name no dictionary knows (مختار السقاف); حمه is Kurdish */
    struct doc *d = fx_annotate("وقال مختار إحدى قرى ناحية سيدكان، حمه رشيد خضر، لإذاعة سوران: \"الجبل ما يرحم\". "
                                "وقال مختار السقاف إن الوضع سيئ.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجبل ما يرحم", "حمه رشيد خضر", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "الوضع سيئ", "مختار السقاف", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    /* (and المختار in a given name a body is named after: جامعة عمر المختار) */
    d = fx_annotate("أما الباحث بجامعة عمر المختار، خالد العبيدي، فيرى أن الحرب طويلة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_entity(d, "جامعة عمر المختار") != NULL);
}

static void test_owners_and_workers_speak_as_groups_and_name_bodies(void)
{
    /* أصحاب المراكب and عاملين في المرسى speak as groups; in a body's name they are whom it
     * gathers (نقابة أصحاب محطات المحروقات، النقابة التونسية لأصحاب الصيدليات الخاصة) */
    struct doc *d = fx_annotate("لكن أصحاب المراكب يقولون إن عدد السياح تراجع. وبحسب عاملين في المرسى، فإن ثلاثين "
                                "مركبا ظلت راسية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "عدد السياح", "أصحاب المراكب", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "ثلاثين مركبا", "عاملين في المرسى", QUOTE_INDIRECT, -1);
    /* (and drivers in the oblique after a sentence-final بحسب) */
    d = fx_annotate("وارتفعت أجرة نقل البرميل بنحو خمسة آلاف دينار، بحسب سائقي صهاريج تحدثوا للإذاعة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "ارتفعت أجرة") != NULL || fx_quote(d, "وارتفعت أجرة") != NULL);
    d = fx_annotate("وقالت نقابة أصحاب محطات المحروقات إن المخزون يكفي. وأكدت النقابة التونسية لأصحاب الصيدليات "
                    "الخاصة أن الأدوية نفدت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_entity(d, "نقابة أصحاب محطات المحروقات") != NULL);
    CHECK(fx_entity(d, "النقابة التونسية لأصحاب الصيدليات الخاصة") != NULL);
}

static void test_a_described_body_that_issued_a_statement_speaks_in_it(void)
{
    /* "وأصدرت الغرفة التجارية بولاية غرب كردفان بيانا قالت فيه إن": the body no list names,
     * with its place on ب, speaks as written, not its place */
    struct doc *d = fx_annotate("وأصدرت الغرفة التجارية بولاية غرب كردفان بيانا قالت فيه إن المخزون قليل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المخزون قليل", "الغرفة التجارية بولاية غرب كردفان", QUOTE_INDIRECT, -1);
}

static void test_a_feeling_voiced_with_no_an_before_min_anna(void)
{
    /* "أبدى X خشيته من أن" + clause, as "أعرب X عن خشيته من أن"; a feeling with no clause
     * ("أبدى الوزير تحفظه على القرار") is no quotation, and قلقه no name */
    struct doc *d = fx_annotate("وأبدى رئيس البلدية، خالد الرفايعة، خشيته من أن يمتد التراجع. وأبدى المزارع قلقه من أن "
                                "ترتفع الأسعار. وأبدى الوزير تحفظه على القرار.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "خشيته من أن يمتد", "خالد الرفايعة", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "قلقه من أن ترتفع", "المزارع", QUOTE_INDIRECT, -1);
    CHECK(fx_quote(d, "تحفظه") == NULL);
    CHECK(fx_entity(d, "قلقه") == NULL);
}

static void test_the_outlet_in_marks_after_a_call_with(void)
{
    /* "في اتصال مع «هفوف اليوم»": the outlet the words were told to, no quotation; the
     * relative cue's content is the clause before it */
    struct doc *d = fx_annotate("وتداول مزارعون أنباء عن توقف مصنع عن التصدير، وهو ما نفاه مدير المصنع في اتصال مع "
                                "«هفوف اليوم».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "هفوف اليوم") == NULL);
    CHECK(fx_quote(d, "وتداول مزارعون") != NULL);
    CHECK(fx_entity(d, "هفوف اليوم") != NULL);
}

static void test_a_role_over_a_governorate_and_a_second_title_heads_a_headline(void)
{
    /* "مديرة سياحة محافظة معان، المهندسة رانيا الخوالدة": سياحة is no future verb (س and
     * ياحة), محافظة in construct is the governorate, and the role holds both titles; so
     * the headline's "مديرة سياحة معان" is she, not the man quoted after her */
    struct doc *d = fx_annotate("مديرة سياحة معان للإذاعة: الحجوزات الروسية تراجعت إلى النصف\n\nوقالت مديرة سياحة "
                                "محافظة معان، المهندسة رانيا الخوالدة، إن المكاتب سجلت \"إلغاءات متتالية\". وقال أبو "
                                "عمر الطورة إن الوضع صعب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحجوزات الروسية", "رانيا الخوالدة", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    /* (and an aside on someone named says what he is, no name: "وهو سائق سيارة أجرة صغيرة
     * بحي المعاريف:") */
    d = fx_annotate("ويقول محمد أمين، وهو سائق سيارة أجرة صغيرة بحي المعاريف: \"الصابو غالي\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_entity(d, "صغيرة بحي المعاريف") == NULL);
}

static void test_a_title_with_its_owners_pronoun_after_the_verb_speaks(void)
{
    /* "مقطع فيديو على فيسبوك يدعي صاحبه أن": the clip's owner, after the verb, speaks,
     * not the platform before it */
    struct doc *d = fx_annotate("انتشر مقطع فيديو على فيسبوك يدعي صاحبه أن الشاحنات تذهب إلى روسيا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشاحنات تذهب", "صاحبه", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_a_callers_given_name_after_her_title(void)
{
    /* "واتصلت المستمعة سالمة من منطقة الماية لتقول إن": a phone-in caller's given name,
     * also a word (سالمة "safe"), after her title; not "حسين علي ولي" cut at علي */
    struct doc *d = fx_annotate("واتصلت المستمعة سالمة من منطقة الماية لتقول إن أسعار الدقيق زادت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أسعار الدقيق", "سالمة", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    d = fx_annotate("وقال السائق حسين علي ولي إن القطع غالية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_entity(d, "حسين") == NULL);
}

static void test_an_elative_after_min_and_a_stations_bulletin_heading(void)
{
    /* "تعد من أبرز مناطق": أبرز after من is "the most", no verb of highlighting; and a
     * station's bulletin heading the headline frames it, no one's words */
    struct doc *d = fx_annotate("نشرة إذاعة زالنجي: الدقيق يرتفع مجددا\n\nيذكر أن ولاية سليانة تعد من أبرز مناطق إنتاج "
                                "الحبوب، وأن موسم البذر ينطلق مع أمطار الخريف. وقال التاجر إن الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "الدقيق يرتفع") == NULL);
    CHECK(fx_quote(d, "موسم البذر") == NULL);
    expect(d, "الأسعار ارتفعت", "التاجر", QUOTE_INDIRECT, -1);
}

static void test_a_relative_cue_whose_speaker_has_a_relative_clause_of_his_own(void)
{
    /* "وهو ما أكده رئيس البلدية، X، الذي لفت إلى أن": the clause before is what he
     * confirmed; الذي لفت إلى أن opens a quotation of its own */
    struct doc *d = fx_annotate("وتحدث سائقون عن طوابير طويلة أمام المحطة، وهو ما أكده رئيس البلدية، عمر الشايب، الذي "
                                "لفت إلى أن البلدية راسلت الوزارة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وتحدث سائقون", "عمر الشايب", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "البلدية راسلت", "عمر الشايب", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_figures_of_a_body_named_before_by_its_head(void)
{
    /* "بحسب أرقام التعاونية": the figures' author is the cooperative named before */
    struct doc *d = fx_annotate("وأعلنت تعاونية مزارعي التفاح عن اجتماع. ويغطي التفاح ثلثي الأراضي، بحسب أرقام "
                                "التعاونية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ويغطي التفاح", "تعاونية مزارعي التفاح", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    /* (and the head alone: "بحسب الدائرة") */
    d = fx_annotate("وقالت دائرة الزراعة والثروة الحيوانية إن التوزيع بدأ. ويبلغ عدد المزارع 2800 مزرعة، بحسب "
                    "الدائرة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ويبلغ عدد", "دائرة الزراعة والثروة الحيوانية", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_the_official_refers_back_to_a_director_named_by_his_role(void)
{
    /* المسؤول stands for any official: the silo's director named by his role alone; سايلو
     * heads a site's name, so the word after مدير is no person's name */
    struct doc *d = fx_annotate("وبحسب مدير سايلو الشرقاط، فإن الكميات المستلمة تجاوزت 40 ألف طن. وأشار المسؤول إلى "
                                "أن المستحقات ستصرف على دفعات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الكميات المستلمة", "مدير سايلو الشرقاط", QUOTE_INDIRECT, -1);
    expect(d, "المستحقات ستصرف", "مدير سايلو الشرقاط", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    CHECK(fx_entity(d, "سايلو الشرقاط") != NULL);
    /* (a specific role word still names someone else: "وقال القاضي") */
    d = fx_annotate("وقال ممثل الادعاء العام إن التهم ثابتة. وقال القاضي إن الجلسة مؤجلة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجلسة مؤجلة", "القاضي", QUOTE_INDIRECT, -1);
}

static void test_a_state_service_named_maslaha_speaks(void)
{
    /* مصلحة names a state service only in the names institutions.tsv holds; otherwise it
     * is "interest" */
    struct doc *d = fx_annotate("ونفت مصلحة خفر السواحل في المهرة أن تكون أي ناقلة قد دخلت المياه الإقليمية. وقال "
                                "النائب إن مصلحة العراق فوق كل اعتبار.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تكون أي ناقلة", "مصلحة خفر السواحل", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "مصلحة خفر السواحل") != NULL);
    CHECK(fx_entity(d, "مصلحة العراق") == NULL);
}

static void test_explained_it_by_is_a_cue(void)
{
    /* فسّر ... بأن: the words are the بأن clause, after a relative cue too */
    struct doc *d = fx_annotate("ويشتكي التجار من ضعف المبيعات، وهو ما يفسره الخبير منير الدريدي بأن السائح يصرف أقل. "
                                "وفسر المسؤول ذلك بأن الأسعار ارتفعت عالميا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "السائح يصرف", "منير الدريدي", QUOTE_INDIRECT, -1);
    expect(d, "الأسعار ارتفعت", "المسؤول", QUOTE_INDIRECT, -1);
}

static void test_a_title_of_two_words_names_someone_new(void)
{
    /* رجل أعمال، مربي ماشية: a title of two words whose first is no title alone speaks
     * as written; a word no dictionary knows after its في is the town, no name */
    struct doc *d = fx_annotate("وقال رجل أعمال إن السوق راكدة. وقال مربي ماشية في القرية إن العلف غال. وقال مرشد "
                                "سياحي في تمغزة إن السائح يدفع نقدا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "السوق راكدة", "رجل أعمال", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "العلف غال", "مربي ماشية في القرية", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "السائح يدفع", "مرشد سياحي في تمغزة", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    const struct entity *town = fx_entity(d, "تمغزة");
    CHECK(town != NULL && town->type == ENT_GPE);
}

static void test_an_agency_relaying_an_official_of_a_body(void)
{
    /* "نقلت وكالة X للأنباء عن مسؤول بالمندوبية قوله": the agency's name ends before عن;
     * the official placed in a body speaks, as written */
    struct doc *d = fx_annotate("ونقلت وكالة المغرب العربي للأنباء عن مسؤول بالمندوبية الجهوية للصيد البحري قوله إن "
                                "التزويد عادي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التزويد عادي", "مسؤول بالمندوبية الجهوية للصيد البحري", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "وكالة المغرب العربي للأنباء") != NULL);
}

static void test_one_of_the_middlemen_or_distributors_speaks(void)
{
    /* أحد سماسرة السوق، أحد موزعي المحروقات: one of a group in construct speaks as written */
    struct doc *d = fx_annotate("وقال أحد سماسرة السوق إن السعر ارتفع. ويتحدث بحارة عن تخزين الوقود، وهو ما نفاه أحد "
                                "موزعي المحروقات في المدينة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "السعر ارتفع", "أحد سماسرة السوق", QUOTE_INDIRECT, -1);
    const struct quote *q = fx_quote(d, "ويتحدث بحارة");
    if (!q)
        q = fx_quote(d, "تخزين الوقود");
    CHECK(q != NULL);
    if (q)
        CHECK_STR(q->speaker_name, "أحد موزعي المحروقات في المدينة");
}

static void test_the_interviewee_introduced_after_another_speaker(void)
{
    /* the answers are the person the text introduces right before the questions, though
     * another person was quoted (and named more) before */
    struct doc *d = fx_annotate("ويقول الحاج فضل عبده القيسي، وهو من أبناء المنطقة: «ابني راح موسكو». وأضاف القيسي أن "
                                "ابنه لم يتصل.\n\nوحاورت الإذاعة الدكتور نبيل سالم الحوشبي، أستاذ الاقتصاد في الجامعة:\n\n"
                                "س: ما علاقة المعاهدة بسعر الدقيق؟\n\nج: المعاهدة بحد ذاتها لا تغير شيئا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة بحد ذاتها", "نبيل سالم الحوشبي", QUOTE_DIRECT, -1);
}

static void test_a_verb_in_an_aside_on_who_he_is_before_the_colon(void)
{
    /* "ويقول X، وهو سائق ميكروباص ينقل العمال ... إلى القاهرة: «...»": the aside's verb
     * (نقل, also a relay) is no cue; the words after the colon are X's, and the vehicle
     * after سائق is no name */
    struct doc *d = fx_annotate("ويقول محمود سليم أبو جرير، وهو سائق ميكروباص ينقل العمال العائدين من الميناء إلى "
                                "القاهرة: \"زمان كنا بنطلع أربع نقلات\". وقال سائق ميكروباص إن السولار غلي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "زمان كنا", "محمود سليم أبو جرير", QUOTE_DIRECT, -1);
    expect(d, "السولار غلي", "سائق ميكروباص", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "ميكروباص") == NULL);
}

static void test_complaining_that_is_a_cue(void)
{
    /* يشكو X من أن + clause is X's words; من + a noun phrase is no quotation */
    struct doc *d = fx_annotate("ويشكو مزارعون في أميون من أن التجار \"يفرضون السعر\" على الصغار. ويشتكي أصحاب المحلات "
                                "من ضعف المبيعات. ويشكو مربو الجاموس من غلاء العلف.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التجار", "مزارعون في أميون", QUOTE_MIXED, -1);
    CHECK(d->n_quotes == 1);
    CHECK(fx_entity(d, "مربو") == NULL);
}

static void test_figures_described_by_adjectives_alone_are_the_source(void)
{
    /* "بحسب أرقام رسمية": the figures, with no one named, are the source as written */
    struct doc *d = fx_annotate("وارتفع سعر الخبز بنسبة 20 بالمئة، بحسب أرقام رسمية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وارتفع سعر الخبز", "أرقام رسمية", QUOTE_INDIRECT, -1);
}

static void test_a_number_of_a_group_and_a_farmer_named_by_a_womans_name(void)
{
    /* "عدد من أصحاب المحلات": a bare word before من and a group speaks as written; سعيدة
     * ("happy") is a woman's given name before a family name */
    struct doc *d = fx_annotate("وارتفعت الإيجارات كثيرا، وهو ما أكده عدد من أصحاب المحلات في السوق. واشتكى المربون من "
                                "غلاء الأعلاف، وهو ما أكدته الفلاحة سعيدة الماجري من منطقة قلعة سنان.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وارتفعت الإيجارات", "عدد من أصحاب المحلات في السوق", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "سعيدة الماجري") != NULL);
}

static void test_a_lieutenant_colonel_after_the_spokesmans_role(void)
{
    /* المقدم is a rank: "المتحدث باسم الوزارة، المقدم X، أن" is X speaking */
    struct doc *d = fx_annotate("وأوضح المتحدث باسم حرس الحدود، المقدم سلطان بن فرحان البلوي، أن الدوريات تتابع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الدوريات تتابع", "سلطان بن فرحان البلوي", QUOTE_INDIRECT, -1);
}

static void test_a_crossings_place_after_the_directors_construct_heads_the_headline(void)
{
    /* "مدير منفذ سفوان لـ«...»:": the word after the title's bare noun is the crossing's
     * place, no name: the headline is the director the body names */
    struct doc *d = fx_annotate("مدير منفذ سفوان لـ\"سفوان بوست\": الحركة طبيعية والتأخير سببه التدقيق\n\n"
                                "وأوضح مدير المنفذ، ماجد عودة الكعبي، أن التدقيق مؤقت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحركة طبيعية", "ماجد عودة الكعبي", QUOTE_INDIRECT, RESOLVED_HEADLINE);
    const struct entity *place = fx_entity(d, "سفوان");
    CHECK(place == NULL || place->type == ENT_GPE);
}

static void test_the_outlet_asks_in_its_headline(void)
{
    /* the outlet, or its programme, asking in the headline frames the story (no one's
     * words); a person's question in a headline is still a quotation */
    struct doc *d = fx_annotate("إذاعة الجبيل تسأل: هل تستفيد مصانع الأسمدة من العقوبات؟\n\nقال المدير إن الطلب ارتفع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "هل تستفيد") == NULL);
    d = fx_annotate("منتدى إذاعة إليزي: ماذا يعني التقارب الروسي الكوري لأقصى الجنوب؟\n\nقال المدير إن الطلب ارتفع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "ماذا يعني") == NULL);
    d = fx_annotate("لافروف: هل يريد الغرب حربا مع روسيا؟\n\nقال وزير الخارجية الروسي سيرغي لافروف إن الغرب يصعد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "هل يريد") != NULL);
}

static void test_where_it_was_said_ends_the_subject_after_a_relative_verb(void)
{
    /* "وهو ما نفته X في بيان، مؤكدة أن": في بيان says where X said it, no part of X */
    struct doc *d = fx_annotate("وهو ما نفته شركة سكر كنانة في بيان، مؤكدة أن المصنع يعمل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المصنع يعمل", "شركة سكر كنانة", QUOTE_INDIRECT, RESOLVED_ELIDED);
}

static void test_ali_between_a_given_name_and_a_word_that_ends_the_name(void)
{
    /* "سيروان علي قادر إن": علي is the father's name and قادر, a word too, the family's */
    struct doc *d = fx_annotate("وقال مدير الثروة السمكية سيروان علي قادر إن العلف غال. وتحدث متصلون عن إغلاق الأقفاص، "
                                "وهو ما أكده قادر، قائلا إن أصحابها خسروا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العلف غال", "سيروان علي قادر", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "أصحابها خسروا", "سيروان علي قادر", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "سيروان علي قادر") != NULL);
}

static void test_a_persons_name_in_a_second_aside_after_a_role(void)
{
    /* "الأستاذة في كلية ...، التابعة لجامعة ...، الدكتورة X، أن": the first aside says
     * where, the second names her */
    struct doc *d = fx_annotate("وترى الأستاذة في كلية العلوم، التابعة لجامعة الملك سعود، الدكتورة نوف سعد المحيميد، "
                                "أن السوق حساسة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "السوق حساسة", "نوف سعد المحيميد", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_an_associate_professor_is_no_object_of_the_verb(void)
{
    /* المشاركة after الأستاذة is her rank's adjective: أشار takes no object before إلى */
    struct doc *d = fx_annotate("وتشير الأستاذة المشاركة في جامعة دمشق إلى أن السوق حساسة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "السوق حساسة", "الأستاذة المشاركة في جامعة دمشق", QUOTE_INDIRECT, -1);
}

static void test_the_man_and_his_age_refer_back_to_the_one_quoted(void)
{
    /* "ويضيف الرجل الستيني أن": a man named by what he is and his age is the one quoted
     * before; "السيدة الأربعينية" describes a woman and names none */
    struct doc *d = fx_annotate("وقال صابر أبو زيد إن الأسعار ارتفعت. ويضيف الرجل الستيني أن تكلفة الفدان زادت. "
                                "وقالت سعاد محمود إن العلف غال. وتضيف السيدة الأربعينية أن الحليب رخيص.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تكلفة الفدان زادت", "صابر أبو زيد", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "الأربعينية") == NULL);
}

static void test_a_byline_label_after_the_outlet_is_no_speech(void)
{
    /* "البلدة - صوت البلدة - كتب: Name": كتب before the writer's name on the byline line
     * is no verb of saying whose elided subject spoke the headline */
    struct doc *d = fx_annotate("الأعلاف والزوار وأجور العمال: كيف وصلت العقوبات إلى البلدة\n\n"
                                "الشونة الشمالية - صوت الغور - كتب: سامر الخطيب\n\n"
                                "قال المزارع إن الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "سامر الخطيب") == NULL);
    expect(d, "الأسعار ارتفعت", "المزارع", QUOTE_INDIRECT, -1);
}

static void test_a_medial_tag_between_two_clauses_stays_inside_the_quote(void)
{
    /* "إن A، حسب تعبيره، وإن B": the tag is medial and the one quotation goes on to B
     * (only a trailing tag is cut) */
    struct doc *d = fx_annotate("وقال خالد الحريري إن كيس الطحين \"صار غالي\"، حسب تعبيره، وإن الفرن يعمل ست ساعات فقط.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كيس الطحين \"صار غالي\"، حسب تعبيره، وإن الفرن يعمل ست ساعات فقط", "خالد الحريري", QUOTE_MIXED,
           RESOLVED_EXPLICIT);
}

static void test_one_of_the_callers_as_a_source_and_a_lecturer_as_a_role(void)
{
    /* "على حد قول أحد المتصلين، فإن": one of a plural of people is a source; "المدرّس في
     * كلية ..." is a university teacher's role, with his name in the apposition */
    struct doc *d = fx_annotate("وعلى حد قول أحد المتصلين من القرية، فإن بعض التجار يخزنون السماد. "
                                "وفي رأي المدرّس في كلية الاقتصاد، الدكتور إلياس نخلة الصايغ، فإن القمح ما زال يصل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بعض التجار يخزنون السماد", "أحد المتصلين من القرية", QUOTE_INDIRECT, RESOLVED_SOURCE);
    expect(d, "القمح ما زال يصل", "إلياس نخلة الصايغ", QUOTE_INDIRECT, -1);
}

static void test_a_body_speaks_with_a_town_no_list_holds_as_its_seat(void)
{
    /* "بحسب الاتحاد المحلي للفلاحة بتستور، فإن": the body speaks with its seat, a town no
     * list holds, where the phrase ends; "ببساطة" (ب and a word) is no town */
    struct doc *d = fx_annotate("وبحسب الاتحاد المحلي للفلاحة بتبرسق، فإن الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأسعار ارتفعت", "الاتحاد المحلي للفلاحة بتبرسق", QUOTE_INDIRECT, -1);
}

static void test_one_of_a_pages_followers_speaks(void)
{
    /* "وكتب أحد متابعي الصفحة ...:": one of the people a participle's construct plural
     * names, before a definite noun */
    struct doc *d = fx_annotate("وكتب أحد متابعي الصفحة في تعليق على المنشور: «ابني ما بعتش ولا جنيه».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ابني ما بعتش ولا جنيه", "أحد متابعي الصفحة", QUOTE_DIRECT, -1);
}

static void test_a_later_verb_with_no_subject_after_an_opening_verb_of_saying_that_quoted_nothing(void)
{
    /* "وأكد التاجر ذلك، وقال: «...»": أكد quotes nothing (an object), and the later verb is
     * its subject's, not the speaker quoted in the sentence before */
    struct doc *d = fx_annotate("قال محمد سعيد إن السوق هادئ. وأكد التاجر ذلك، وقال: «الأسعار غالية».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأسعار غالية", "التاجر", QUOTE_DIRECT, RESOLVED_ELIDED);
}

static void test_a_verb_after_a_relatives_subject_goes_on_with_it(void)
{
    /* "...، وهو ما أكده تاجر في السوق، وقال: «...»": the relative's subject goes on */
    struct doc *d = fx_annotate("وتحدث صيادون عن ارتفاع الأسعار، وهو ما أكده تاجر في السوق، وقال: «كل شيء صار يتأخر».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كل شيء صار يتأخر", "تاجر في السوق", QUOTE_DIRECT, RESOLVED_ELIDED);
}

static void test_what_was_not_hidden_and_a_feeling_voiced_after_its_subject(void)
{
    /* "ولم يخف X أن": not hiding is saying; "لكن X أبدى قلقه من أن": the feeling right
     * after the verb, the subject before it; "X، لم يخف قلق المتعاملين من أن": a feeling
     * whose owners follow it is no subject */
    struct doc *d = fx_annotate("ولم يخف أحمد الكعبي أن جيرانه باعوا نعاجهم. لكن سالم الهاشمي أبدى قلقه من أن تتأخر الشحنات. "
                                "غير أن رئيس المجلس، رضا بلحاج، لم يخف قلق المتعاملين من أن «تتحول العقوبات إلى سيف».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "جيرانه باعوا نعاجهم", "أحمد الكعبي", QUOTE_INDIRECT, -1);
    expect(d, "قلقه من أن تتأخر الشحنات", "سالم الهاشمي", QUOTE_INDIRECT, -1);
    expect(d, "قلق المتعاملين من أن «تتحول العقوبات إلى سيف»", "رضا بلحاج", QUOTE_MIXED, -1);
}

static void test_the_people_of_a_place_in_construct_with_it_are_the_source(void)
{
    /* "وحسب أهالي قرية مسارع، فإن": the people speak, the village only says which */
    struct doc *d = fx_annotate("وحسب أهالي قرية مسارع، فإن الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأسعار ارتفعت", "أهالي قرية مسارع", QUOTE_INDIRECT, -1);
}

static void test_wholesale_after_a_trades_noun_is_in_the_phrase(void)
{
    /* "تجار جملة في سوق النقوب": جملة is "wholesale" there, not the adverb of "نفاه جملة
     * وتفصيلا" */
    struct doc *d = fx_annotate("وبحسب تجار جملة في سوق النقوب، فإن الأسعار ارتفعت. ونفى المتحدث جملة وتفصيلا أن تكون الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأسعار ارتفعت", "تجار جملة في سوق النقوب", QUOTE_INDIRECT, -1);
    expect(d, "تكون الأسعار ارتفعت", "المتحدث", QUOTE_INDIRECT, -1);
}

static void test_when_and_where_the_words_were_said_after_wa_dhalik_end_them(void)
{
    /* "...، وذلك خلال ندوة نظمها النادي": the narrator's when and where, not the words
     * (but "، وذلك بفضل الأمطار" is the speaker's reason) */
    struct doc *d = fx_annotate("وأكد الوزير محمد العلي أن البلاد لن تنجر إلى معسكر، وذلك خلال ندوة نظمها النادي. "
                                "وأكدت الوزارة أن المخزون يكفي، وذلك بفضل الأمطار الأخيرة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "البلاد لن تنجر إلى معسكر", "محمد العلي", QUOTE_INDIRECT, -1);
    expect(d, "المخزون يكفي، وذلك بفضل الأمطار الأخيرة", "الوزارة", QUOTE_INDIRECT, -1);
}

static void test_a_pilot_as_the_topic_of_amma_speaks_without_the_comma(void)
{
    /* "أما الطيار الأردني المتقاعد، فيقول:": the topic is the subject of the verb in ف, and
     * its phrase ends before the comma that closed it */
    struct doc *d = fx_annotate("قال المدير إن الوضع صعب. أما الطيار الأردني المتقاعد، فيقول: «الطائرة قديمة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الطائرة قديمة", "الطيار الأردني المتقاعد", QUOTE_DIRECT, -1);
}

static void test_this_is_what_x_tells_after_a_closed_quotation(void)
{
    /* "«...». هذا ما يرويه X": the words just quoted are X's; "هذا ما يفسر" explains, no
     * one said them */
    struct doc *d = fx_annotate("«من كل عشر قذائف تنفجر ست فقط». هذا ما يرويه الضابط محمد العلي. «القذائف رديئة جدا». هذا ما يفسر تراجع الطلب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "من كل عشر قذائف تنفجر ست فقط", "محمد العلي", QUOTE_DIRECT, -1);
    CHECK(d->n_quotes == 1);
}

static void test_a_short_name_in_marks_before_the_verbs_preposition_is_the_subjects(void)
{
    /* "أعلنت شركة الطيران الكورية الشمالية «إير كوريو» عن تسيير رحلات": the marks name the
     * company, and what it announced is a noun phrase, no quotation */
    struct doc *d = fx_annotate("أعلنت شركة الطيران الكورية الشمالية «إير كوريو» عن تسيير رحلات بين بيونغ يانغ وموسكو.\n");
    CHECK(d != NULL);
    if (d)
        CHECK(d->n_quotes == 0);
}

static void test_another_speakers_clause_after_baad_an_ends_the_words(void)
{
    /* "... بعد أن أكدت وزارة الخارجية أنها ...": another speaker's verb and clause after بعد
     * أن end the words before; "بعد أن وجدت موسكو ... متنفسا" is the speaker's reason */
    struct doc *d = fx_annotate("توقع محمد العلي أن يتم ذلك قريبا، كما نتابع موقف القاهرة بعد أن أكدت وزارة الخارجية المصرية في بيان أنها تتابع التطورات. "
                                "ورأت سعاد زروقي أن العقوبات فقدت فعاليتها بعد أن وجدت موسكو في بيونغ يانغ متنفسا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "يتم ذلك قريبا، كما نتابع موقف القاهرة", "محمد العلي", QUOTE_INDIRECT, -1);
    expect(d, "تتابع التطورات", "وزارة الخارجية المصرية", QUOTE_INDIRECT, -1);
    expect(d, "العقوبات فقدت فعاليتها بعد أن وجدت موسكو في بيونغ يانغ متنفسا", "سعاد زروقي", QUOTE_INDIRECT, -1);
}

static void test_a_transcripts_label_with_the_role_in_parentheses(void)
{
    /* "سفيان قاسمي (مراسل القناة في موسكو): ...": the name, its role in parentheses, then
     * the colon: the turn is his */
    struct doc *d = fx_annotate("المذيعة أمينة سلاوي: مساء الخير.\nسفيان قاسمي (مراسل القناة في موسكو): الكرملين مرتاح للقرار.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الكرملين مرتاح للقرار", "سفيان قاسمي", -1, -1);
}

static void test_a_nouns_pronoun_before_a_figure_and_the_speakers_own_tag_inside_the_clause(void)
{
    /* "، وقدرها 25 ألف طن،": its amount, a noun, no verb of estimating; "، فموسكو، بحسبه،
     * تبحث": the speaker's own tag set off inside the clause, which goes on */
    struct doc *d = fx_annotate("وأوضح يوسف محمد زين أن الدفعة الأولى من القمح، وقدرها 25 ألف طن، وصلت إلى الميناء. "
                                "ويرى محمد صالح أيوب أن المعاهدة رسالة إلى الأفارقة، فموسكو، بحسبه، تبحث عن حلفاء.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الدفعة الأولى من القمح، وقدرها 25 ألف طن، وصلت إلى الميناء", "يوسف محمد زين", QUOTE_INDIRECT, -1);
    expect(d, "المعاهدة رسالة إلى الأفارقة، فموسكو، بحسبه، تبحث عن حلفاء", "محمد صالح أيوب", QUOTE_INDIRECT, -1);
}

static void test_a_role_described_anew_is_no_one_named_before(void)
{
    /* "قال السفير الروسي لدى أسمرا": a nationality and a seat no earlier role holds, someone
     * new, not the official in focus */
    struct doc *d = fx_annotate("وأوضح السيد تسفاي ميكائيل أن التفريغ سيستغرق عشرة أيام. "
                                "وقال السفير الروسي لدى أسمرا إن بلاده لن تنسى.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بلاده لن تنسى", "السفير الروسي لدى أسمرا", QUOTE_INDIRECT, -1);
}

static void test_asserting_outright_before_a_clause(void)
{
    /* "ويقطع العمدة X بأن": asserts outright, before a clause; "وتقطع الحكومة الكهرباء"
     * cuts, no saying */
    struct doc *d = fx_annotate("ويقطع العمدة آدم عبد الله هارون بأن النازحين لم يعودوا يثقون. وتقطع الحكومة الكهرباء عن الأحياء.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "النازحين لم يعودوا يثقون", "آدم عبد الله هارون", QUOTE_INDIRECT, -1);
    CHECK_INT(d->n_quotes, 1);
}

static void test_a_name_in_parentheses_after_the_words_is_their_speaker(void)
{
    /* "كلمة الأسبوع: «...» (كيم جونغ أون).": the person named alone in parentheses said them;
     * a name in marks, then its short form in parentheses, is no quotation */
    struct doc *d = fx_annotate("كلمة الأسبوع: «الصداقة مع روسيا أقوى من كل العقوبات» (كيم جونغ أون).\n"
                                "كشف تقرير أصدره «فريق المراقبة متعدد الأطراف للعقوبات» (MSMT) أن الشحنات زادت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الصداقة مع روسيا أقوى من كل العقوبات", "كيم جونغ أون", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "فريق المراقبة") == NULL);
}

static void test_a_source_opening_a_clause_after_a_comma(void)
{
    /* "...، فبحسب خبراء في المركز، فإن ...": the source opens its clause after the comma */
    struct doc *d = fx_annotate("غير أن ما يقلقنا أبعد من ذلك، فبحسب خبراء في مركز الدراسات، فإن أي تصعيد سينعكس على الأسعار.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أي تصعيد سينعكس على الأسعار", "خبراء في مركز الدراسات", QUOTE_INDIRECT, -1);
}

static void test_a_phrase_said_by_someone_after_a_closed_quotation(void)
{
    /* "«...»؛ عبارة قالها X": the words just quoted are X's; "استعاد «Name» عبارة قالها Y:"
     * is a name in marks, not words */
    struct doc *d = fx_annotate("قال كيم جونغ أون إن الرد سيكون قويا. «لن نقف مكتوفي الأيدي أمام ما يهدد أمننا»؛ عبارة قالها المستشار تشانغ هو جين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لن نقف مكتوفي الأيدي أمام ما يهدد أمننا", "تشانغ هو جين", QUOTE_DIRECT, -1);
}

static void test_how_it_was_said_before_the_speaker_after_the_words_and_volunteers_as_a_source(void)
{
    /* "«...»، قالها بحسرة أبو عمر": the speaker after how it was said; "ووفقا لمتطوعين في
     * غرف الطوارئ، فإن": volunteers speak as a group */
    struct doc *d = fx_annotate("«الروس ما بهمهم زول، بهمهم الدهب»، قالها بحسرة أبو عمر، التاجر الذي فقد دكانه. "
                                "ووفقا لمتطوعين في غرف الطوارئ، فإن ثلاثة مطابخ توقفت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الروس ما بهمهم زول، بهمهم الدهب", "أبو عمر", QUOTE_DIRECT, -1);
    expect(d, "ثلاثة مطابخ توقفت", "متطوعين في غرف الطوارئ", QUOTE_INDIRECT, -1);
}

static void test_a_relatives_antecedent_is_the_person_before_a_role_that_names_places(void)
{
    /* "X، المندوب الأسبق لجيبوتي لدى الأمم المتحدة في نيويورك، الذي أكد أن": the role names
     * a state and a body; the relative is the person's */
    struct doc *d = fx_annotate("التقت الصحيفة السفير عبد القادر حسين روبله، المندوب الأسبق لجيبوتي لدى الأمم المتحدة في نيويورك، "
                                "الذي أكد أن بلاده لن تختار معسكرا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بلاده لن تختار معسكرا", "عبد القادر حسين روبله", QUOTE_INDIRECT, -1);
}

static void test_a_korean_family_name_labels_a_briefings_answers(void)
{
    /* a briefing's transcript labels the spokesman's answers by his family name, which
     * Korean writes first: ليم of ليم سو سوك (the questions, labelled by outlet, are none) */
    struct doc *d = fx_annotate("قال المتحدث باسم وزارة الخارجية الكورية ليم سو سوك إن الوزارة تتابع الملف.\n\n"
                                "يونهاب: هل تنوي الوزارة استدعاء السفير؟\n"
                                "ليم: كل الخيارات مطروحة، وسننقل موقفنا بوضوح.\n");
    CHECK(d != NULL);
    if (d) {
        expect(d, "كل الخيارات مطروحة", "ليم سو سوك", -1, -1);
        CHECK(fx_quote(d, "هل تنوي") == NULL);
    }
}

static void test_a_document_with_a_feminine_adjective_and_a_colleges_department_as_its_author(void)
{
    /* the ة of a feminine adjective after the document is no pronoun of a verb; the
     * department and the college refer back to the bodies named before */
    struct doc *d = fx_annotate("نظم قسم العلوم السياسية في كلية الآداب ندوة عن المعاهدة. "
                                "وبحسب ورقة خلفية أعدها فريق المركز، فإن حجم التبادل التجاري ارتفع. "
                                "وبحسب بيان وزعه القسم عقب الندوة، فإن أكثر من مئة طالب حضروا الجلسة.\n");
    CHECK(d != NULL);
    if (d) {
        expect(d, "حجم التبادل التجاري ارتفع", "فريق المركز", QUOTE_INDIRECT, -1);
        expect(d, "أكثر من مئة طالب", "قسم العلوم السياسية", QUOTE_INDIRECT, -1);
    }
}

static void test_a_social_network_page_named_in_marks_speaks(void)
{
    /* a page is named in marks like a site; where it is published is not who wrote */
    struct doc *d = fx_annotate("وكتبت صفحة \"أخبار المحور العاجلة\" أن أول دفعة من الخبراء وصلت إلى القاعدة. "
                                "وكتبت صفحة \"عين الشمال\" على فيسبوك أن الرحلات توقفت.\n");
    CHECK(d != NULL);
    if (d) {
        expect(d, "أول دفعة من الخبراء", "أخبار المحور العاجلة", QUOTE_INDIRECT, -1);
        expect(d, "الرحلات توقفت", "عين الشمال", QUOTE_INDIRECT, -1);
    }
}

static void test_a_role_set_off_before_the_name_is_the_persons_for_a_role_noun_later(void)
{
    /* the dean's role opens the sentence before his titled name; "العميد" later is he,
     * not the leader of the headline */
    struct doc *d = fx_annotate("ماذا يعرف الطلبة عن معاهدة بوتين وكيم؟\n\n"
                                "عميد كلية العلوم السياسية، الأستاذ الدكتور خالد الجبوري، قال إن ضعف المتابعة مسؤوليتنا. "
                                "وأضاف العميد أن الجامعة تستضيف باحثين من سيول.\n");
    CHECK(d != NULL);
    if (d)
        expect(d, "الجامعة تستضيف باحثين", "خالد الجبوري", QUOTE_INDIRECT, -1);
}

static void test_a_participant_and_an_ordinal_after_a_role_are_one_unnamed_speaker(void)
{
    /* "a second participant", "a second researcher": the ordinal describes the role and
     * names no one; the feminine مشاركة stays the verbal noun "participation" */
    struct doc *d = fx_annotate("وذهب مشارك ثان إلى أن الخليج يتابع الملف عن كثب. "
                                "وقال باحث ثان إن المعاهدة لن تغير شيئا. "
                                "وأكدت الصحيفة أن مشاركة جنودها في المعارك باتت مؤكدة.\n");
    CHECK(d != NULL);
    if (d) {
        expect(d, "الخليج يتابع الملف", "مشارك ثان", QUOTE_INDIRECT, -1);
        expect(d, "المعاهدة لن تغير", "باحث ثان", QUOTE_INDIRECT, -1);
        CHECK(fx_entity(d, "ثان") == NULL);
        CHECK(fx_entity(d, "جنودها") == NULL);
    }
}

static void test_a_verb_after_a_clause_reports_it_only_when_someone_who_can_speak_follows(void)
{
    /* "X، يتابع الملف من زاوية": the clause's own verb and its object, no one who speaks;
     * the clause stays the words of the verb before it */
    struct doc *d = fx_annotate("ولفتت الباحثة سناء الرواشدة إلى أن الأردن، كغيره من الدول العربية، يتابع الملف من زاوية اقتصادية. "
                                "وتراجعت الصادرات بنسبة الربع خلال العام الماضي، يقول المحلل الاقتصادي كريم حداد.\n");
    CHECK(d != NULL);
    if (d) {
        expect(d, "الأردن، كغيره من الدول العربية، يتابع الملف", "سناء الرواشدة", QUOTE_INDIRECT, -1);
        expect(d, "وتراجعت الصادرات", "كريم حداد", QUOTE_INDIRECT, -1);
    }
}

static void test_a_title_with_its_bodys_pronoun_after_in_it_names_the_speaker(void)
{
    /* "a press conference in which its president X said": the title carries the body's
     * pronoun, and the name after it speaks, not the clause before the verb */
    struct doc *d = fx_annotate("عقدت الاتحادية الوطنية للصيد مؤتمرا صحفيا قال فيه رئيسها سيدي محمد ولد اعلي إن الموسم صعب.\n");
    CHECK(d != NULL);
    if (d)
        expect(d, "الموسم صعب", "سيدي محمد ولد اعلي", QUOTE_INDIRECT, -1);
}

static void test_an_unnamed_subject_in_the_accusative_after_anna_speaks(void)
{
    /* after غير أن and لكن the subject takes the accusative's alef: سكانا، تاجرا are the
     * group and the trade of the lists, the speakers */
    struct doc *d = fx_annotate("وقال المسؤول إن الطيران هادئ. غير أن سكانا في ودان قالوا إن الطائرات تحلق ليلا. "
                                "لكن تاجرا في السوق قال إن الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (d) {
        expect(d, "الطائرات تحلق ليلا", "سكانا في ودان", QUOTE_INDIRECT, -1);
        expect(d, "الأسعار ارتفعت", "تاجرا في السوق", QUOTE_INDIRECT, -1);
    }
}

static void test_advice_is_reported_only_in_bi_anna(void)
{
    /* نصح X Y بأن: advice, like أوصى; "بالتأكد من أن" advises a check, no words */
    struct doc *d = fx_annotate("ونصح الخبير محمود ربيع الطلبة بأن يتعلموا لغة آسيوية. "
                                "ونصح ربيع أولياء الأمور بالتأكد من أن الجامعة معترف بها.\n");
    CHECK(d != NULL);
    if (d) {
        expect(d, "يتعلموا لغة آسيوية", "محمود ربيع", QUOTE_INDIRECT, -1);
        CHECK(fx_quote(d, "الجامعة معترف بها") == NULL);
    }
}

static void test_a_nickname_in_marks_after_its_participle_is_no_quotation(void)
{
    /* "الملقب بـ«أسد العمارة»" names the speaker; the words before the verb are his */
    struct doc *d = fx_annotate("\"لن نعود إلا بميدالية\"، يقول الرباع مرتضى فالح الملقب بـ\"أسد العمارة\"، مضيفا أن التحضير جيد.\n");
    CHECK(d != NULL);
    if (d) {
        expect(d, "لن نعود إلا بميدالية", "مرتضى فالح", QUOTE_DIRECT, -1);
        CHECK(fx_quote(d, "أسد العمارة") == NULL);
    }
}

static void test_an_adjective_that_is_also_a_title_stays_in_an_unnamed_speakers_phrase(void)
{
    /* الكبير after السوق is its adjective, not the verb's object opening */
    struct doc *d = fx_annotate("وقال تجار في السوق الكبير بالمدينة إن الأسعار ارتفعت.\n");
    CHECK(d != NULL);
    if (d)
        expect(d, "الأسعار ارتفعت", "تجار في السوق الكبير بالمدينة", QUOTE_INDIRECT, -1);
}

static void test_a_relative_cues_speaker_ends_before_where_with_his_pronoun_it_was_said(void)
{
    /* "في حديثه للإذاعة" says where he said it; the role before it is the speaker */
    struct doc *d = fx_annotate("وقال نقيب الخبازين ميلاد الككلي إن الطحين شحيح. "
                                "وارتفعت الأسعار بنسبة كبيرة، وهو ما أكده نقيب الخبازين في حديثه للإذاعة.\n");
    CHECK(d != NULL);
    if (d)
        expect(d, "وارتفعت الأسعار", "ميلاد الككلي", QUOTE_INDIRECT, -1);
}

static void test_a_cooperative_and_a_branch_named_before_are_sources(void)
{
    /* "وفق تقديرات التعاونية"، "وفقا لإحصاءات الفرع": figures of a body named before */
    struct doc *d = fx_annotate("وأعلنت تعاونية مزارعي سهل الخيام عن خطة جديدة. وتراجعت المساحات المزروعة إلى النصف، وفق تقديرات التعاونية. "
                                "وأعلن فرع وزارة الزراعة بمنطقة الباحة عن خطة. ويبلغ عدد الماشية نحو مليون رأس، وفقا لإحصاءات الفرع.\n");
    CHECK(d != NULL);
    if (d) {
        CHECK(fx_quote(d, "وتراجعت المساحات المزروعة") != NULL);
        CHECK(fx_quote(d, "ويبلغ عدد الماشية") != NULL);
    }
}

static void test_a_number_of_a_definite_plural_is_a_group_not_a_reference_back(void)
{
    /* "عدد من المربين": part of a group of people, not the observers quoted before */
    struct doc *d = fx_annotate("ويرى مراقبون أن الأسعار سترتفع. وارتفعت الأسعار بنسبة كبيرة، وهو ما أكده عدد من المربين.\n");
    CHECK(d != NULL);
    if (d)
        expect(d, "وارتفعت الأسعار", "عدد من المربين", QUOTE_INDIRECT, -1);
}

static void test_a_relative_cues_title_takes_the_name_set_off_after_it(void)
{
    /* "وهو ما ذهب إليه أيضا عضو المجلس البلدي، X،": X, named in apposition */
    struct doc *d = fx_annotate("وارتفعت أسعار الخبز بنسبة كبيرة، وهو ما ذهب إليه أيضا عضو المجلس البلدي، عبد الحميد المسماري، "
                                "الذي قال إن الطحين شحيح.\n");
    CHECK(d != NULL);
    if (d)
        expect(d, "وارتفعت أسعار الخبز", "عبد الحميد المسماري", QUOTE_INDIRECT, -1);
}

static void test_a_dateline_and_a_writer_whose_given_name_is_a_word_is_a_byline(void)
{
    /* "سطيف: سليمة بوزيد" under the headline: the place and the writer, no one's words */
    struct doc *d = fx_annotate("دراسة حول السكري تتعثر بسبب العقوبات\n\nسطيف: سليمة بوزيد\n\n"
                                "لا يزال فريق البحث ينتظر شحنة من الكواشف.\n");
    CHECK(d != NULL);
    if (d)
        CHECK(fx_quote(d, "سليمة بوزيد") == NULL);
}

static void test_a_short_name_in_marks_right_after_the_verb_then_an_is_its_subject(void)
{
    /* "ويجيب «الوسيط المغاربي» عن أبرز الأسئلة": the outlet answers about a noun phrase,
     * no words; the inversion after words in marks still quotes */
    struct doc *d = fx_annotate("وقّع بوتين المعاهدة. ويجيب \"الوسيط المغاربي\" عن أبرز ما وصله من أسئلة القراء. "
                                "\"نعم ولا\"، يجيب الباحث كريم الحسيني.\n");
    CHECK(d != NULL);
    if (d) {
        CHECK(fx_quote(d, "الوسيط المغاربي") == NULL);
        CHECK(fx_quote(d, "\"الوسيط المغاربي\" عن") == NULL);
        expect(d, "نعم ولا", "كريم الحسيني", QUOTE_DIRECT, -1);
    }
}

static void test_talib_after_a_persons_age_in_parentheses_is_a_student(void)
{
    /* "ويعتبر سليم (23 سنة)، طالب ماجستير، أن": the age between the name and the
     * apposition leaves طالب the noun, so the clause is Salim's */
    struct doc *d = fx_annotate("ويعتبر سليم (23 سنة)، طالب ماجستير في القانون الدولي، أن إرسال الجنود يطرح إشكالا قانونيا.\n");
    CHECK(d != NULL);
    if (d)
        expect(d, "إرسال الجنود يطرح", "سليم", QUOTE_INDIRECT, -1);
}

static void test_a_feelings_clause_runs_past_an_aside_in_commas(void)
{
    /* "معربا عن أمله في أن تشهد المبادلات، ولا سيما في الصيد، نموا": the clause after أن
     * runs to its own end, not to the first comma */
    struct doc *d = fx_annotate("وأكد الوزير دعمه، معربا عن أمله في أن تشهد المبادلات بين البلدين، ولا سيما في مجال "
                                "الصيد، نموا ملموسا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *qt = fx_quote(d, "أمله في أن");
    CHECK(qt != NULL);
    if (qt) {
        const char *text = fx_text(d, qt->content), *tail = "نموا ملموسا";
        size_t n = strlen(text), k = strlen(tail);
        CHECK(n >= k && !strcmp(text + n - k, tail));
    }
}

static void test_the_speakers_reason_after_marks_goes_on_with_the_words(void)
{
    /* "«...»، لأن البنوك المراسلة باتت تسأل عن": the reason's verb has its own subject and
     * reports nothing; "«...»، لأنه يرى أن" is the speaker's next words */
    struct doc *d = fx_annotate("وقال وسيط تأمين إن شركات أخرى «تدرس خطوات مماثلة بصمت»، لأن البنوك المراسلة باتت تسأل "
                                "عن كل شحنة.\nوقال الخبير إن «الخطوة ضرورية»، لأن المصارف باتت تسأل عن كل شحنة.\n"
                                "وأكد المحلل أن «القرار متأخر»، لأنه يرى أن الأسواق سبقته.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *a = fx_quote(d, "شركات أخرى"), *b = fx_quote(d, "«الخطوة ضرورية»");
    CHECK(a && strstr(fx_text(d, a->content), "كل شحنة") != NULL);
    CHECK(b && strstr(fx_text(d, b->content), "كل شحنة") != NULL);
    CHECK(fx_quote(d, "تدرس خطوات") == NULL);
    expect(d, "القرار متأخر", "المحلل", QUOTE_DIRECT, -1);
    expect(d, "الأسواق سبقته", "المحلل", QUOTE_INDIRECT, -1);
}

static void test_a_negotiator_is_a_role(void)
{
    /* مفاوض is a role noun (not its feminine مفاوضة, "a negotiation") */
    struct doc *d = fx_annotate("ويروي مفاوض أمريكي سابق، طلب عدم ذكر اسمه، أن الوزيرة كانت الوحيدة في وفدها. وأضاف "
                                "المفاوض أن الوفد تأخر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوزيرة كانت", "مفاوض أمريكي سابق", QUOTE_INDIRECT, -1);
    expect(d, "الوفد تأخر", "مفاوض أمريكي سابق", QUOTE_INDIRECT, -1);
}

static void test_a_lawyers_plea_in_bianna(void)
{
    /* "دفع المحامي بأن": a plea reported; "دفع ببطلان" pleads a noun, "دفع الجيش بـ«...»"
     * pushes troops, and "دفع الله" after a given name is a family name */
    struct doc *d = fx_annotate("ودفع المحامي نبيل القصاص ببطلان إجراءات الضبط، ثم دفع بأن موكله «لا يملك صلاحية فتح "
                                "حاوية مختومة». ودفع الجيش بـ«قوات النخبة» إلى الحدود.\n"
                                "وقال العميد الركن الصادق إبراهيم دفع الله إن الجيش لم يتسلم شيئا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موكله «لا يملك", "نبيل القصاص", QUOTE_MIXED, -1);
    CHECK(fx_quote(d, "بطلان") == NULL);
    CHECK(fx_quote(d, "قوات النخبة") == NULL);
    expect(d, "الجيش لم يتسلم", "الصادق إبراهيم دفع الله", QUOTE_INDIRECT, -1);
}

static void test_a_family_name_shared_by_two_goes_to_the_verbs_gender(void)
{
    /* "ويضيف زعيتر" after his cousin نادين زعيتر was quoted: the man; "وتضيف زعيتر": her */
    struct doc *d = fx_annotate("يقول أحمد زعيتر إن الشحنة تأخرت. وتقول المهندسة نادين زعيتر إن المشكلة بالعقوبات. "
                                "وتضيف زعيتر أن المزارعين يبحثون عن أسواق. ويضيف زعيتر بحسرة: \"كنا نقول روسيا سوق مضمون\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المزارعين يبحثون", "نادين زعيتر", QUOTE_INDIRECT, -1);
    expect(d, "كنا نقول", "أحمد زعيتر", QUOTE_DIRECT, -1);
}

static void test_an_unnamed_woman_brought_in_by_her_trade_speaks_for_a_feminine_verb(void)
{
    /* "تعمل مهندسة بصرية، تقول إن" after a man was quoted: the feminine verb is hers, not
     * his (no woman is named or has spoken) */
    struct doc *d = fx_annotate("وقال السائق أبو مصطفى إن راتبه تأخر. وفي قسم السلامة، تعمل مهندسة بصرية طلبت أن "
                                "نسميها \"زينب\"، تقول إن الإدارة طمأنت الموظفين. وتضيف: \"إحنا نصدقهم\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "راتبه تأخر", "أبو مصطفى", QUOTE_INDIRECT, -1);
    expect(d, "الإدارة طمأنت", "مهندسة بصرية", QUOTE_INDIRECT, -1);
    expect(d, "إحنا نصدقهم", "مهندسة بصرية", QUOTE_DIRECT, -1);
}

static void test_a_relative_with_a_pronoun_speaks_and_may_be_named_after(void)
{
    /* "تقول زوجته، أم علي:": his wife speaks, named after the comma; "وتقول والدته إن": his
     * mother, unnamed */
    struct doc *d = fx_annotate("وقال المحامي زياد المصري إن موكله بريء. تقول زوجته، أم علي: \"زوجي ما أخد قرش حرام\". "
                                "وتقول والدته إن ابنها مظلوم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "زوجي ما أخد", "أم علي", QUOTE_DIRECT, -1);
    expect(d, "ابنها مظلوم", "والدته", QUOTE_INDIRECT, -1);
}

static void test_a_transcripts_given_name_labels_after_a_timestamp(void)
{
    /* "[03:25] نزار: ...": the time in brackets, then the given name of a guest named in
     * full before; the host's question over a labelled answer is no quotation */
    struct doc *d = fx_annotate("يستضيف جاد الحلبي العميد المتقاعد نزار عبد الساتر والصحافية ريم كرم للحديث عن المعاهدة.\n"
                                "[03:10] جاد: نزار، لنبدأ من النص. ما الجديد؟\n"
                                "[03:25] نزار: الجديد هو المادة الرابعة.\n"
                                "[05:02] ريم: صحيح، لكن الروس يكتبون نصوصهم بطريقة مفتوحة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجديد هو المادة", "نزار عبد الساتر", -1, -1);
    expect(d, "صحيح، لكن الروس", "ريم كرم", -1, -1);
    CHECK(fx_quote(d, "نزار، لنبدأ") == NULL);
}

static void test_an_interviews_label_of_a_family_name_that_is_a_word(void)
{
    /* "لي:" for لي جونغ هو: the family name, also "to me", labels his answers */
    struct doc *d = fx_annotate("حاورت المجلة الدبلوماسي الكوري الجنوبي لي جونغ هو في الجزائر.\n"
                                "كيف تلقيتم خبر المعاهدة؟\n"
                                "لي: بقلق حقيقي، فجيلنا تعلم أن الحرب انتهت بهدنة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بقلق حقيقي", "لي جونغ هو", -1, -1);
}

static void test_a_papers_name_in_parentheses_after_its_head(void)
{
    /* "ورأت صحيفة (ازفستيا) ان": agency copy puts the paper's name in parentheses; the
     * paper speaks, a body named inside them */
    struct doc *d = fx_annotate("وقالت صحيفة (يوميوري شيمبون) ان طوكيو قلقة. ورأت صحيفة (ازفستيا) ان المعاهدة دفاعية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "طوكيو قلقة", "يوميوري شيمبون", QUOTE_INDIRECT, -1);
    expect(d, "المعاهدة دفاعية", "ازفستيا", QUOTE_INDIRECT, -1);
    const struct entity *e = fx_entity(d, "ازفستيا");
    CHECK(e && e->type == ENT_ORG);
}

static void test_wire_copy_without_the_comma_before_wa_adaf(void)
{
    /* "... حصلت على ما تريد واضاف ان ...": a past verb of saying in و right before its own
     * أن ends the words before it and goes on with their speaker; "وتفيد بأن" (present,
     * the figures' verb) does not */
    struct doc *d = fx_annotate("وقال المحلل لي سانغ هون ان بيونغ يانغ حصلت على ما تريد واضاف ان واشنطن لا تملك جوابا.\n"
                                "وقال الخبير إن المصرف نشر أرقاما جديدة وتفيد بأن التحويلات تراجعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بيونغ يانغ حصلت", "لي سانغ هون", QUOTE_INDIRECT, -1);
    expect(d, "واشنطن لا تملك", "لي سانغ هون", QUOTE_INDIRECT, -1);
    CHECK(fx_quote(d, "التحويلات تراجعت") == NULL);
}

static void test_a_callers_given_name_and_town_label_the_call(void)
{
    /* "منير من صفاقس: ...": a phone-in's caller, by given name and town */
    struct doc *d = fx_annotate("خصص برنامج الخط مفتوح حلقته للمعاهدة.\n"
                                "منير من صفاقس: أنا نخدم في التصدير، والعقوبات ضربتنا.\n"
                                "كريم من جرجيس: احنا نعيشو من السياح الروس.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أنا نخدم في التصدير", "منير", -1, -1);
    expect(d, "احنا نعيشو", "كريم", -1, -1);
}

static void test_a_relative_cue_on_words_a_role_already_said_gives_no_copy(void)
{
    /* "وقال السفير إن الوضع خطير، وهو ما حذر منه مسؤول": the ambassador's words, pointed
     * back to; the official gets no copy and the ambassador keeps them. A narrated clause
     * ("وتراجعت الصادرات ...، وهو ما أكده الوزير") is the minister's. */
    struct doc *d = fx_annotate("وقال السفير إن الوضع خطير، وهو ما حذر منه مسؤول عسكري رفيع.\n"
                                "وتراجعت الصادرات بنسبة كبيرة، وهو ما أكده الوزير.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوضع خطير", "السفير", QUOTE_INDIRECT, -1);
    CHECK(fx_quote(d, "وقال السفير") == NULL);
    expect(d, "وتراجعت الصادرات", "الوزير", QUOTE_INDIRECT, -1);
}

static void test_an_adverb_between_a_relative_cues_verb_and_its_speaker(void)
{
    /* "وهو ما أكده أيضا مسؤول": أيضا stands between the verb and who said it */
    struct doc *d = fx_annotate("وتتزايد في سيئول المخاوف من انتقال التكنولوجيا، وهو ما أكده أيضا مسؤول عسكري رفيع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وتتزايد في سيئول", "مسؤول عسكري رفيع", QUOTE_INDIRECT, -1);
}

static void test_a_vox_pop_label_with_age_and_trade_in_parentheses(void)
{
    /* "X (52 عاما، تاجر قطع غيار):": the verb-like words in the parentheses (قطع، تاجر)
     * describe the speaker; the name heads the label */
    struct doc *d = fx_annotate("استطلعنا آراء سكان المدينة.\n"
                                "سالم الفيتوري (52 عاما، تاجر قطع غيار): \"الأسعار هي ما يهمنا\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأسعار هي ما يهمنا", "سالم الفيتوري", QUOTE_DIRECT, -1);
}

static void test_a_colleague_with_the_pronoun_introduces_her_name(void)
{
    /* "علقت زميلته النائبة X": his colleague, named after the title, speaks, not he */
    struct doc *d = fx_annotate("وكتب النائب وليد القصوري أن الخبز مهم.\n"
                                "ولم يتأخر الرد، إذ علقت زميلته النائبة سنية الورتاني على التدوينة بأن الخبز يتقرر في تونس.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الخبز يتقرر في تونس", "سنية الورتاني", -1, -1);
}

static void test_a_role_in_apposition_read_before_the_verb_names_that_person(void)
{
    /* "إلى الدكتور X، الباحث بمعهد ...، الذي شارك ...، ورأى أن": the role set off after X
     * is X's apposition, not a role to resolve to an earlier speaker */
    struct doc *d = fx_annotate("وقال الدكتور عمرو الدمرداش، مدرس العلوم السياسية، إن الذخائر مهمة. وانتقلت الكلمة "
                                "بعدها إلى الدكتور وليد الصيرفي، الباحث بمعهد الاستشراق في موسكو، الذي شارك عبر "
                                "الفيديو، ورأى أن الحديث عن تحالف كامل مبالغة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحديث عن تحالف كامل", "وليد الصيرفي", QUOTE_INDIRECT, -1);
}

static void test_a_post_by_someone_set_off_by_an_apposition_says_in_it(void)
{
    /* "نشر تدوينة للدكتور X، أستاذ ...، يقول فيها إن": the writer of the post speaks, past
     * the commas round his apposition */
    struct doc *d = fx_annotate("وأعاد المدون أحمد سالم ولد بوبكر نشر تدوينة للدكتور محمدن ولد اعبيدي، أستاذ العلاقات "
                                "الدولية بجامعة انواكشوط العصرية، يقول فيها إن موريتانيا ليست معنية بالمعاهدة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موريتانيا ليست معنية", "محمدن ولد اعبيدي", QUOTE_INDIRECT, -1);
}

static void test_a_kunya_labels_a_line(void)
{
    /* "أم محمد (ربة بيت ...): ...": a kunya opening its line before its colon or who the
     * person is names the speaker (أم is not "or" there) */
    struct doc *d = fx_annotate("استطلعنا آراء سكان المدينة.\n"
                                "أم محمد (ربة بيت من حي الكيش): \"الخبز صار غاليا\".\n"
                                "أم علي: \"لا نتابع السياسة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الخبز صار غاليا", "أم محمد", QUOTE_DIRECT, -1);
    expect(d, "لا نتابع السياسة", "أم علي", QUOTE_DIRECT, -1);
}

static void test_ali_labels_a_vox_pop_line(void)
{
    /* "علي المصراتي (34 عاما، سائق أجرة):": علي opening its line before a family name and
     * parentheses or a colon is the given name, not على */
    struct doc *d = fx_annotate("استطلعنا آراء سكان المدينة.\n"
                                "علي المصراتي (34 عاما، سائق أجرة): \"كل واحد يدور على مصلحته\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كل واحد يدور", "علي المصراتي", QUOTE_DIRECT, -1);
}

static void test_an_aside_in_wa_huwa_then_how_and_the_colon(void)
{
    /* "وقال X، وهو متداول يتابع ...، بلهجته: «...»": the aside's verb is the aside's; the
     * words after the colon are X's */
    struct doc *d = fx_annotate("وقال أبو خالد، وهو متداول يتابع الشاشات منذ الثمانينيات، بلهجته: \"السهم نازل "
                                "والوضع صعب\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "السهم نازل", "أبو خالد", QUOTE_DIRECT, -1);
}

static void test_a_sudanese_tribal_chief_heads_a_headline(void)
{
    /* "ناظر بالبحر الأحمر: ...": ناظر, a chief of the native administration, is a title;
     * the headline goes to the one named with it in the body */
    struct doc *d = fx_annotate("ناظر بالبحر الأحمر: \"لن نكون ساحة لأحلاف الآخرين\"\n"
                                "قطع الناظر محمد طاهر أوشيك بأن أهالي الولاية \"لن يقبلوا أن تكون أرضهم ساحة لأحلاف "
                                "الآخرين\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لن نكون ساحة", "محمد طاهر أوشيك", -1, -1);
}

static void test_one_of_the_audience_speaks(void)
{
    /* "وقال أحد الحضور إن": the audience (الحضور) is a group, "one of" whom speaks */
    struct doc *d = fx_annotate("وقال أحد الحضور إن العراقيين عرفوا الصواريخ منذ زمن.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العراقيين عرفوا الصواريخ", "أحد الحضور", QUOTE_INDIRECT, -1);
}

static void test_a_source_named_by_title_then_name_opens_a_clause(void)
{
    /* "، فحسب رئيس المجلس البلدي، كمال بوزيدي، فإن": the source's name set off after its
     * title, mid-sentence, still opens the clause in فإن (and ends the words before it) */
    struct doc *d = fx_annotate("وقال المحلل سمير حداد إن الوضع صعب، فحسب رئيس المجلس البلدي للمدينة، كمال بوزيدي، "
                                "فإن عشرات الشباب يعملون في الورشات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوضع صعب", "سمير حداد", QUOTE_INDIRECT, -1);
    expect(d, "عشرات الشباب يعملون", "كمال بوزيدي", QUOTE_INDIRECT, -1);
    const struct quote *q = fx_quote(d, "الوضع صعب");
    CHECK(q && !strstr(fx_text(d, q->content), "بوزيدي"));
}

static void test_recommendations_listed_as_noun_phrases_are_no_quotes(void)
{
    /* "أوصوا بما يلي:" over "- إنشاء ..."، "- تنظيم ...": items that open with a bare verbal
     * noun name recommendations, no clause; items with clauses are still the speaker's */
    struct doc *d = fx_annotate("وخلص المشاركون إلى أن الحياد رصيد مهم، وأوصوا بما يلي:\n"
                                "- إنشاء فريق بحثي مشترك مع جامعات آسيوية.\n"
                                "- تنظيم ورشة متابعة في الربيع.\n"
                                "وخلصت الندوة إلى التوصيات التالية:\n"
                                "- استحداث وحدة لرصد التحالفات.\n"
                                "- متابعة الحوار مع سيول.\n"
                                "وقال الوزير إن المعاهدة تحمل رسالتين:\n"
                                "- الأولى أن موسكو لن تتراجع.\n"
                                "- الثانية أن بيونغ يانغ شريك.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "إنشاء فريق") == NULL);
    CHECK(fx_quote(d, "تنظيم ورشة") == NULL);
    CHECK(fx_quote(d, "استحداث وحدة") == NULL);
    CHECK(fx_quote(d, "متابعة الحوار") == NULL);
    expect(d, "الحياد رصيد مهم", "المشاركون", QUOTE_INDIRECT, -1);
    expect(d, "الأولى أن موسكو", "الوزير", -1, -1);
    expect(d, "الثانية أن بيونغ يانغ", "الوزير", -1, -1);
}

static void test_a_source_named_by_what_its_people_do(void)
{
    /* "وبحسب منظمي الندوة"، "وبحسب القائمين على المنصة": people named by what they do
     * are a source; "ووفقا للقانون الدولي" (a singular in ون) is no one */
    struct doc *d = fx_annotate("وبحسب منظمي الندوة، فإن أكثر من ألف طالب تخرجوا في روسيا. وبحسب القائمين على المنصة، "
                                "فإن الحلقة تجاوزت عشرة آلاف استماع. ووفقا للقانون الدولي، فإن القرارات ملزمة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أكثر من ألف طالب", "منظمي الندوة", QUOTE_INDIRECT, RESOLVED_SOURCE);
    expect(d, "الحلقة تجاوزت", "القائمين على المنصة", QUOTE_INDIRECT, RESOLVED_SOURCE);
    CHECK(fx_quote(d, "القرارات ملزمة") == NULL);
}

static void test_a_named_source_takes_fa_inna_without_a_comma(void)
{
    /* "وبحسب الوكالة فان": a named source may take فإن with no comma, as "وحسبه فإن" does */
    struct doc *d = fx_annotate("وذكرت وكالة كيودو أن الوضع صعب. وبحسب الوكالة فان رئيس الوزراء سيجري اتصالا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "رئيس الوزراء سيجري", "كيودو", QUOTE_INDIRECT, -1);
}

static void test_how_the_speaker_is_known_is_an_aside(void)
{
    /* "واضاف العنزي، كما يعرفه زملاؤه، ان": how the speaker is known, set off by commas,
     * stands between the verb and its own complementiser */
    struct doc *d = fx_annotate("وقال النائب فهد العنزي إن الوضع صعب. واضاف العنزي، كما يعرفه زملاؤه، ان دول الخليج "
                                "مطالبة بالقراءة. ويرى العنزي، كما يناديه طلبته السابقون، أن أوروبا لم تعد الحصن.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "دول الخليج مطالبة", "فهد العنزي", QUOTE_INDIRECT, -1);
    expect(d, "أوروبا لم تعد", "فهد العنزي", QUOTE_INDIRECT, -1);
}

static void test_a_given_name_labelling_turns_speaks_them(void)
{
    /* "يونس: ..." opening two lines of a transcript: the given name alone is who speaks */
    struct doc *d = fx_annotate("استضفنا في الحلقة عاملا عاد من روسيا.\n"
                                "البودكاست: كيف كانت البداية؟\n"
                                "يونس: جيت بعقد ديال طباخ فواحد المطعم.\n"
                                "البودكاست: وبعد ذلك؟\n"
                                "يونس: مشيت نخدم فالبني قرب موسكو.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "جيت بعقد", "يونس", -1, -1);
    expect(d, "مشيت نخدم", "يونس", -1, -1);
}

static void test_kept_repeating_is_a_cue(void)
{
    /* "كان هنري كيسنجر يردد أن": a saying someone kept repeating is theirs */
    struct doc *d = fx_annotate("كان هنري كيسنجر يردد أن الدول الصغيرة تحتاج إلى ذاكرة طويلة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الدول الصغيرة تحتاج", "هنري كيسنجر", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "هنري كيسنجر يردد") == NULL);
}

static void test_an_assessment_speaks_for_its_author(void)
{
    /* "وبحسب تقييم نشره معهد ...": an assessment and the verb of its publishing; the
     * institute after them is the source */
    struct doc *d = fx_annotate("وبحسب تقييم نشره معهد دراسات الحرب الأمريكي الأسبوع الماضي، فإن القوات الروسية أطلقت "
                                "خمسين صاروخا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "القوات الروسية أطلقت", "معهد دراسات الحرب الأمريكي", QUOTE_INDIRECT, -1);
}

static void test_repeated_is_a_cue_before_a_clause(void)
{
    /* "الكرملين كرر أن": what someone repeated is theirs; "التاريخ يكرر نفسه" says nothing */
    struct doc *d = fx_annotate("لكن الكرملين كرر أن التعاون مع بيونغ يانغ شأن سيادي. ويرى محللون أن التاريخ يكرر نفسه.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التعاون مع بيونغ يانغ", "الكرملين", QUOTE_INDIRECT, -1);
    expect(d, "التاريخ يكرر نفسه", "محللون", QUOTE_INDIRECT, -1);
}

static void test_a_books_title_after_its_authors_pronoun(void)
{
    /* "كتب في كتابه «...» أن": the title in marks after the book with its author's pronoun
     * is a name; the words are the clause after أن */
    struct doc *d = fx_annotate("وكان الصحافي الراحل نصري الأشقر كتب في كتابه «بلد على خط الزلازل» أن لبنان يدفع دائما "
                                "ثمن تحالفات لم يدع إليها.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لبنان يدفع", "نصري الأشقر", QUOTE_INDIRECT, -1);
    CHECK(fx_quote(d, "بلد على خط") == NULL);
}

static void test_in_his_estimate_carries_its_source(void)
{
    /* "وفي تقديره، فإن"، "وبرأيها فإن": the marker carries its source as a pronoun, the
     * speaker in focus */
    struct doc *d = fx_annotate("وقال السفير سمير حداد إن الوضع صعب. وفي تقديره، فإن ذلك الصمت انتهى.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ذلك الصمت انتهى", "سمير حداد", QUOTE_INDIRECT, -1);
}

static void test_who_was_asked_unnamed_is_not_a_name_in_the_question(void)
{
    /* "وعندما سئل عما إذا كان بوتين ...، قال:": the one asked goes unnamed; a name inside
     * the question is not who answers ("وحين سئل بوتين عن ...، قال:" still is بوتين) */
    struct doc *d = fx_annotate("وقال المتحدث باسم الكرملين دميتري بيسكوف إن المعاهدة دفاعية. وعندما سئل عما إذا كان "
                                "بوتين سيتحدث هاتفيا مع كيم، قال: \"لا اتصالات مقررة\". وحين سئل بوتين عن الزيارة، "
                                "قال: \"الموعد لم يحدد\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لا اتصالات مقررة", "دميتري بيسكوف", -1, -1);
    expect(d, "الموعد لم يحدد", "بوتين", -1, -1);
}

static void test_a_participle_after_recalled_words_is_the_recallers(void)
{
    /* "وذكّر المتحدث بما قاله الرئيس X من أن «...»، مضيفا أن": X said the recalled words;
     * the participle goes on with the one who recalled them */
    struct doc *d = fx_annotate("وقال المتحدث دميتري بيسكوف إن الوضع هادئ. وذكّر المتحدث بما قاله الرئيس فلاديمير "
                                "بوتين خلال زيارته من أن المعاهدة \"دفاعية بطبيعتها\"، مضيفا أن الكرملين لا يملك ما "
                                "يضيفه.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة \"دفاعية", "فلاديمير بوتين", -1, -1);
    expect(d, "الكرملين لا يملك", "دميتري بيسكوف", QUOTE_INDIRECT, -1);
}

static void test_interview_labels_with_a_slash(void)
{
    /* "س/ ... ج/ ...": Iraqi papers print the interview's labels with a slash; the
     * answers are the interviewee's, the questions no one's */
    struct doc *d = fx_annotate("وحاورت الصحيفة الناشط سامر حميد الجبوري:\n\n"
                                "س/ لماذا تهتم منظمتكم بالمعاهدة؟\nج/ لان العراقيين عرفوا الحروب اكثر من غيرهم.\n\n"
                                "س/ وما المطلوب من الحكومة؟\nج/ ان تقول كلمتها بوضوح.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لان العراقيين عرفوا", "سامر حميد الجبوري", QUOTE_DIRECT, -1);
    expect(d, "ان تقول كلمتها", "سامر حميد الجبوري", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "لماذا تهتم") == NULL);
}

static void test_list_items_that_name_their_own_speakers(void)
{
    /* "قالوا عن المعاهدة:" over bullets that each name a speaker before their own colon:
     * every item is its speaker's, no item of the line above */
    struct doc *d = fx_annotate("قالوا عن المعاهدة:\n"
                                "• المتحدث باسم الخارجية الإيرانية ناصر كنعاني: «المعاهدة شأن سيادي للبلدين».\n"
                                "• المحلل الأمني يوسي ميلمان في «هآرتس»: «إسرائيل تخسر هامشها في موسكو».\n"
                                "• الكاتب السعودي فيصل الدوسري: «على الخليج ألا يقرأ المعاهدة بعين واشنطن».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة شأن سيادي", "ناصر كنعاني", QUOTE_DIRECT, -1);
    expect(d, "إسرائيل تخسر", "يوسي ميلمان", QUOTE_DIRECT, -1);
    expect(d, "على الخليج", "فيصل الدوسري", QUOTE_DIRECT, -1);
}

static void test_visitors_and_worshippers_as_unnamed_sources(void)
{
    /* "وتقول زائرات التقتهن «نوافذ» إن": those who came to see or hear something speak
     * as an unnamed group, with the clause on whom the outlet met */
    struct doc *d = fx_annotate("وتقول زائرات التقتهن «نوافذ» إن المعرض كشف وجها آخر لروسيا. ويقول مصلون إن الخطبة "
                                "كانت مؤثرة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعرض كشف", "زائرات التقتهن «نوافذ»", QUOTE_INDIRECT, -1);
    expect(d, "الخطبة كانت", "مصلون", QUOTE_INDIRECT, -1);
}

static void test_a_noun_after_a_verb_with_its_object_in_an_aside(void)
{
    /* "قال، وفق ما تنقله كتب التاريخ، إن": كتب after a verb that carries its object is
     * that verb's subject ("books"), no verb of its own; the aside stands between the
     * speaker's verb and its complementiser */
    struct doc *d = fx_annotate("وكان الزعيم أحمد سالم قد قال، وفق ما تنقله كتب التاريخ، إن المعاهدة ستدوم طويلا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة ستدوم", "أحمد سالم", QUOTE_INDIRECT, -1);
}

static void test_a_programmes_presenter_with_its_pronoun(void)
{
    /* "صورة قال مقدمه حازم فكري إنها": مقدمه (its presenter) is a title before the name,
     * however common the name's words; the surname alone then speaks on */
    struct doc *d = fx_annotate("عرض البرنامج صورة قال مقدمه حازم فكري إنها التقطت في القاعة. وقال فكري بثقة: "
                                "«هذه الصورة تثبت كل شيء».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التقطت في القاعة", "حازم فكري", QUOTE_INDIRECT, -1);
    expect(d, "هذه الصورة", "حازم فكري", QUOTE_DIRECT, -1);
}

static void test_a_given_name_between_two_joined_verbs(void)
{
    /* "فابتسمت إخلاص وقالت:": a given name alone between a verb no list holds and a
     * reporting verb joined to it is their shared subject, the person named in full
     * before, not the last speaker; a name the verb does not agree with is not */
    struct doc *d = fx_annotate("تقف الأستاذة إخلاص عثمان أمام الطالبات. وكتبت سماح، خريجة المدرسة: «نحن بخير». "
                                "فابتسمت إخلاص وقالت: «خليهن يتعلمن».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "نحن بخير", "سماح", QUOTE_DIRECT, -1);
    expect(d, "خليهن يتعلمن", "إخلاص عثمان", QUOTE_DIRECT, -1);
    d = fx_annotate("حضر الطبيب سمير حداد الحفل. وكتبت سماح، خريجة المدرسة: «نحن بخير». "
                    "فابتسمت سمير وقالت: «لن ننسى».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لن ننسى", "سماح", QUOTE_DIRECT, -1);
}

static void test_a_kunya_as_the_topic_before_its_answer(void)
{
    /* "أما أم عمار فتكتفي بالقول:": the kunya after أما ends at the ف of its answer, as
     * at a comma, and is the one who speaks, not the father named before */
    struct doc *d = fx_annotate("قال أبو عمار إن ابنه سافر قبل عام. أما أم عمار فتكتفي بالقول: «رجعوا لي ابني».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ابنه سافر", "أبو عمار", QUOTE_INDIRECT, -1);
    expect(d, "رجعوا لي ابني", "أم عمار", QUOTE_DIRECT, -1);
}

static void test_an_occasion_before_the_verb_is_not_its_subject(void)
{
    /* "وردا على سؤال حول موقف الدول قال المسؤول": wire copy without the comma; the
     * phrase before the verb tells the occasion of the words, the subject follows */
    struct doc *d = fx_annotate("وقال الممثل الأعلى جوزيب بوريل في بيان إن الاتحاد قلق. وردا على سؤال حول موقف الدول "
                                "الخليجية قال المسؤول الاوروبي ان الاتحاد يقدر حرص شركائه.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاتحاد يقدر حرص شركائه", "جوزيب بوريل", QUOTE_INDIRECT, -1);
}

static void test_a_participle_before_its_own_colon_ends_the_clause(void)
{
    /* "... مجلس الامن الدولي مضيفا: "نحن ..."": wire copy without the comma; a reporting
     * participle before its own colon ends the clause and opens the next quotation */
    struct doc *d = fx_annotate("قال جوزيب بوريل ان الاتحاد يقدر حرص شركائه على احترام قرارات مجلس الامن الدولي "
                                "مضيفا: \"نحن لا نطلب من احد ان يختار معسكرا\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاتحاد يقدر حرص شركائه على احترام قرارات مجلس الامن الدولي", "جوزيب بوريل", QUOTE_INDIRECT, -1);
    expect(d, "نحن لا نطلب من احد ان يختار معسكرا", "جوزيب بوريل", QUOTE_DIRECT, -1);
}

static void test_the_one_asked_answers(void)
{
    /* "وسأل «المدار» مصدراً في وزارة الخارجية عن ...، فاكتفى بالقول إن": a verb in ف
     * after the comma that ends a question put to someone has the one asked as subject,
     * not the speaker before; so after سألنا, the writer's "we asked" */
    struct doc *d = fx_annotate("قال السفير ألكسندر روداكوف إن العلاقات جيدة. وسأل «المدار» مصدراً في وزارة الخارجية "
                                "عن حقيقة ذلك، فاكتفى بالقول إن «الوزير يستقبل سفراء كثيرين». وسألنا مسؤولا في "
                                "البلدية عن الموعد، فقال إن «الأمر لم يحسم».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العلاقات جيدة", "ألكسندر روداكوف", QUOTE_INDIRECT, -1);
    expect(d, "الوزير يستقبل سفراء كثيرين", "مصدراً في وزارة الخارجية", QUOTE_DIRECT, -1);
    expect(d, "الأمر لم يحسم", "مسؤولا في البلدية", QUOTE_DIRECT, -1);
}

static void test_a_short_name_in_marks_after_asking_is_the_asker(void)
{
    /* "وسأل «المدار» مصدراً في الوزارة عن": a short name in marks right after a verb of
     * asking, with the one asked after it, is the outlet that asked, not words quoted;
     * a question in marks with nothing after it stays the words */
    struct doc *d = fx_annotate("قال السفير ألكسندر روداكوف إن العلاقات جيدة. وسأل «المدار» مصدراً في الوزارة عن "
                                "حقيقة ذلك.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->n_quotes == 1);
    d = fx_annotate("قال السفير ألكسندر روداكوف إن العلاقات جيدة. وسأل الصحفي الوزير: «هل تقبلون؟».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->n_quotes == 2);
}

static void test_a_person_introduced_then_quoted_before_the_verb(void)
{
    /* "وفي صور، تقلّب سعاد بزّي ... صور التوقيع. «...»، تقول": a person introduced as the
     * subject of the sentence before goes on speaking when the words open the next
     * sentence and the verb follows them, not the last speaker of that gender */
    struct doc *d = fx_annotate("قالت المتحدثة ماريا زاخاروفا إن المعاهدة دفاعية. وفي صور، تقلّب سعاد بزّي، التي "
                                "درست الطب، صور التوقيع. «عرفت طلابا كوريين هناك»، تقول.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة دفاعية", "ماريا زاخاروفا", QUOTE_INDIRECT, -1);
    expect(d, "عرفت طلابا كوريين هناك", "سعاد بزي", QUOTE_DIRECT, -1);
}

static void test_an_honorific_names_the_holder_of_its_office(void)
{
    /* "وأوضح سعادته": سعادته is said of an ambassador; after the ambassador relays the
     * minister's words, it is the ambassador who goes on, not the minister named last
     * (nor does "نقل السفير عن" give the minister the ambassador's title) */
    struct doc *d = fx_annotate("قال سفير أوكرانيا لدى المملكة فاسيل كوفالينكو إن الوضع صعب. ونقل السفير عن وزير "
                                "الخارجية الأوكراني دميترو كوليبا قوله إن كييف لن تسمح. وأوضح سعادته أن الوزير "
                                "سيزور الرياض.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كييف لن تسمح", "دميترو كوليبا", QUOTE_INDIRECT, -1);
    expect(d, "الوزير سيزور الرياض", "فاسيل كوفالينكو", QUOTE_INDIRECT, -1);
    const struct entity *k = fx_entity(d, "دميترو كوليبا");
    CHECK(k && k->role && !strncmp(k->role, "وزير", strlen("وزير")));
}

static void test_his_host_and_said_before(void)
{
    /* "في مؤتمره الصحفي مع مضيفه": مضيفه (his host) folds like the participle مضيفة but is
     * written with ه, a noun and its pronoun, no cue; and "، وسبق أن صرّح كيم بأن" opens
     * another report, which ends the words before it */
    struct doc *d = fx_annotate("وكان بوتين قد قال، في مؤتمره الصحفي مع مضيفه، إن الاتفاق صفحة جديدة، وسبق أن صرّح "
                                "كيم بأن العلاقات قوية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->n_quotes == 2);
    expect(d, "الاتفاق صفحة جديدة", "بوتين", QUOTE_INDIRECT, -1);
    const struct quote *q = d->n_quotes > 0 ? &d->quotes[0] : NULL;
    CHECK(q != NULL);
    if (q)
        CHECK_STR(fx_text(d, q->content), "الاتفاق صفحة جديدة");
    expect(d, "العلاقات قوية", "كيم", QUOTE_INDIRECT, -1);
}

static void test_a_kunya_in_marks_as_the_topic(void)
{
    /* "أما «أبو فهد» من الشامية، فيرى أن": a kunya alone in marks (a reader's signature)
     * is a person, who speaks in the answer to أما */
    struct doc *d = fx_annotate("قال القارئ فيصل جاسم الرشيد إن الوضع صعب. أما «أبو فهد» من الشامية، فيرى أن الحرب "
                                "بعيدة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحرب بعيدة", "أبو فهد", QUOTE_INDIRECT, -1);
}

static void test_a_feeling_voiced_in_wire_copy(void)
{
    /* "اعرب الامين العام لحلف شمال الاطلسي (ناتو) X عن "قلق بالغ" ازاء ... مشددا على
     * ان": an abbreviation in parentheses stays in the role before عن, and the feeling's
     * words end at the participle that opens the next clause, with no comma before it */
    struct doc *d = fx_annotate("اعرب الامين العام لحلف شمال الاطلسي (ناتو) ينس ستولتنبرغ عن \"قلق بالغ\" ازاء "
                                "التعاون المتنامي بين موسكو وبيونغ يانغ مشددا على ان امن المنطقة مترابط.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "\"قلق بالغ\" ازاء", "ينس ستولتنبرغ", QUOTE_MIXED, -1);
    const struct quote *q = fx_quote(d, "\"قلق بالغ\"");
    if (q)
        CHECK_STR(fx_text(d, q->content), "\"قلق بالغ\" ازاء التعاون المتنامي بين موسكو وبيونغ يانغ");
    expect(d, "امن المنطقة مترابط", "ينس ستولتنبرغ", QUOTE_INDIRECT, -1);
}

static void test_a_moroccan_given_name_after_a_question(void)
{
    /* "«...؟»، تتساءل الحاجة فاطنة، بائعة سمك": فاطنة, the Moroccan form of فاطمة, is a
     * given name the lists hold, so the title and name after the verb speak */
    struct doc *d = fx_annotate("\"شكون هاد كيم؟ واش عندو شي علاقة بثمن السردين؟\"، تتساءل الحاجة فاطنة، بائعة سمك في "
                                "الستينات من عمرها.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "شكون هاد كيم", "فاطنة", QUOTE_DIRECT, -1);
}

static void test_he_reminds_that_is_no_narrator(void)
{
    /* "ويذكّر بأن": he reminds that, a cue; the narrator's "ويُذكر أن" (it is worth
     * recalling) takes its أن bare and quotes no one */
    struct doc *d = fx_annotate("قال الباحث مازن الأتاسي إن الوضع صعب. ويذكّر بأن دمشق كانت تلعب هذا الدور. ويذكر أن "
                                "دمشق كانت بعيدة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "دمشق كانت تلعب هذا الدور", "مازن الأتاسي", QUOTE_INDIRECT, -1);
    CHECK(fx_quote(d, "دمشق كانت بعيدة") == NULL);
}

static void test_a_man_of_the_street_speaks_unnamed(void)
{
    /* "وصاح رجل رفض ذكر اسمه: «...»": a man or a woman described, not named, is the
     * unnamed source of the words */
    struct doc *d = fx_annotate("وفي آخر الشارع صاح رجل رفض ذكر اسمه: «اكتبوا إن العراقي ما يريد حربا». وقالت امرأة "
                                "تبيع الخبز: «الأسعار نار».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "اكتبوا إن العراقي", "رجل", QUOTE_DIRECT, -1);
    expect(d, "الأسعار نار", "امرأة تبيع الخبز", QUOTE_DIRECT, -1);
}

static void test_an_oath_on_what_is_so(void)
{
    /* "أقسم أن": an oath on what is so reports it as أكد أن does; the oath of office
     * (أقسم اليمين) has no أن and reports nothing */
    struct doc *d = fx_annotate("وأقسم أحد التجار أن الأسعار لم ترتفع منذ شهر. وأقسم الوزير الجديد اليمين أمام "
                                "الملك أمس.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأسعار لم ترتفع منذ شهر", "أحد التجار", QUOTE_INDIRECT, -1);
    CHECK_INT(d->n_quotes, 1);
}

static void test_a_signature_under_a_role_is_no_quotation(void)
{
    /* "الكاتب العام: يوسف بناني" closing a statement printed in full: a role, its colon
     * and a name alone on the line sign the document; the signer speaks later by surname */
    struct doc *d = fx_annotate("وقال رئيس الجمعية إن العمل مستمر.\nوتدعو الجمعية إلى الحوار.\nونؤكد أن الحوار ممكن.\n"
                                "المكتب التنفيذي\nالكاتب العام: مراد قنديلي\nوفي اتصال هاتفي، قال قنديلي إن البيان "
                                "مستقل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "مراد قنديلي") == NULL);
    expect(d, "البيان مستقل", "مراد قنديلي", QUOTE_INDIRECT, -1);
}

static void test_an_outlet_relayed_relays_in_turn(void)
{
    /* "نقلت X عن (Y) عن Z": an outlet relayed relays in turn, and Z speaks; an عن inside
     * a role (مسؤول عن ملف) is no second link */
    struct doc *d = fx_annotate("ونقلت صحيفة محلية عن وكالة (كيودو) عن مسؤول في وزارة الدفاع قوله إن الوضع خطير. "
                                "ونقلت الوكالة عن مسؤول عن ملف الطاقة قوله إن الأسعار سترتفع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوضع خطير", "مسؤول في وزارة الدفاع", QUOTE_INDIRECT, -1);
    expect(d, "الأسعار سترتفع", "مسؤول عن ملف الطاقة", QUOTE_INDIRECT, -1);
}

static void test_withholding_ones_name_says_nothing(void)
{
    /* "، لم يكشف عن اسمه،"، "لم تكشف هويته": a verb whose object is the speaker's own name
     * withholds it; the words are the reporting verb's before it */
    struct doc *d = fx_annotate("وقال دبلوماسي غربي، لم يكشف عن اسمه، إن المحادثات متعثرة. ونقلت الإذاعة عن ضابط في "
                                "الجيش لم تكشف هويته أن الوحدات انسحبت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المحادثات متعثرة", "دبلوماسي غربي", QUOTE_INDIRECT, -1);
    expect(d, "الوحدات انسحبت", "ضابط في الجيش", QUOTE_INDIRECT, -1);
}

static void test_the_saying_of_someone_cited(void)
{
    /* "واستشهد البيان بقول بوتين إن": the saying of someone named, cited, is that one's
     * words; a saying with no one and no clause after it quotes nothing */
    struct doc *d = fx_annotate("واستشهد البيان بقول بوتين إن المعاهدة دفاعية. وهذا قول لا يصح في رأي كثيرين.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة دفاعية", "بوتين", QUOTE_INDIRECT, -1);
    CHECK_INT(d->n_quotes, 1);
}

static void test_a_circular_names_its_sender(void)
{
    /* "ووفقا لتعميم أصدره المصرف المركزي، فإن": a circular is a statement, and the body
     * that issued it speaks */
    struct doc *d = fx_annotate("ووفقا لتعميم أصدره المصرف المركزي العراقي في يوليو، فإن على المصارف مراجعة كل "
                                "التحويلات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "على المصارف مراجعة كل التحويلات", "المصرف المركزي العراقي", QUOTE_INDIRECT, -1);
}

static void test_the_one_asked_as_a_pronoun_answers(void)
{
    /* "وسألته «المدار» عما إذا ...، فأجاب": the one asked, the verb's pronoun, is the
     * latest speaker of its gender, not the outlet that asked nor anyone the question names */
    struct doc *d = fx_annotate("وقال الباحث سامي عودة إن الوضع معقد. وسألته «المدار» عما إذا كان الرئيس فلاديمير "
                                "بوتين سيرسل جنودا، فأجاب بأن كل شيء ممكن.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كل شيء ممكن", "سامي عودة", QUOTE_INDIRECT, -1);
}

static void test_a_parents_student_is_no_verb(void)
{
    /* "وهي أم طالب"، "وهو أب لطالب": طالب after a parent's noun, or with ل, is the
     * student, not the verb "demanded"; the words are the first verb's */
    struct doc *d = fx_annotate("وقال الوزير عادل الكبيسي إن الوضع جيد. وقالت سعاد المنصوري، وهي أم طالب في قازان، "
                                "لـ«الموقع» إنها قلقة. وقال سامي العبدلي، وهو أب لطالب، للموقع إن الرسوم مرتفعة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "قلقة", "سعاد المنصوري", QUOTE_INDIRECT, -1);
    expect(d, "الرسوم مرتفعة", "سامي العبدلي", QUOTE_INDIRECT, -1);
}

static void test_a_fact_check_unit_concludes(void)
{
    /* "وخلصت خلية التحقق إلى أن": a newsroom's unit, unnamed, keeps its phrase as the
     * speaker of what it concluded */
    struct doc *d = fx_annotate("وخلصت خلية التحقق إلى أن الصورة مفبركة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الصورة مفبركة", "خلية التحقق", QUOTE_INDIRECT, -1);
}

static void test_the_former_and_the_latter_of_two_named(void)
{
    /* "وقّع بوتين وكيم المعاهدة. وقال الأول إنها ..."، "بينما رأى الثاني أنها": before
     * two people have spoken, the ordinal picks from the last two named */
    struct doc *d = fx_annotate("ووقع الرئيس الروسي فلاديمير بوتين والزعيم الكوري كيم جونغ أون المعاهدة في يونيو. "
                                "وقال الأول إنها وثيقة دفاعية، بينما رأى الثاني أنها تنقل العلاقة إلى مستوى التحالف.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وثيقة دفاعية", "فلاديمير بوتين", QUOTE_INDIRECT, -1);
    expect(d, "تنقل العلاقة إلى مستوى التحالف", "كيم جونغ أون", QUOTE_INDIRECT, -1);
}

static void test_a_question_to_a_pronoun_opens_the_sentence(void)
{
    /* "سألناه عن المعاهدة التي وقعها بوتين، فرأى أنها ...، لكنه": a bare verb of asking
     * with the one asked as its pronoun opens the sentence; he answers and goes on, not
     * the one the question names */
    struct doc *d = fx_annotate("وقال الدبلوماسي عوض باحميش إن الذكريات كثيرة. سألناه عن المعاهدة التي وقعها بوتين "
                                "في يونيو، فرأى أنها صداقة قديمة، لكنه لفت إلى أن موسكو تحتاج بيونغ يانغ.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "صداقة قديمة", "عوض باحميش", QUOTE_INDIRECT, RESOLVED_ELIDED);
    expect(d, "موسكو تحتاج", "عوض باحميش", QUOTE_INDIRECT, RESOLVED_PRONOUN);
}

static void test_how_it_was_said_names_no_one(void)
{
    /* "ويضيف ضاحكا أن": a participle of manner alone between the verb and أن names no
     * one; the subject is elided (but "واعتبر متحدثها أن" is a noun with its pronoun) */
    struct doc *d = fx_annotate("قالت المترجمة سعاد الكبيسي إن الرحلة طويلة. وتضيف مبتسمة أن الوفد وصل متأخرا. "
                                "وقال الباحث سامي عودة إن الطقس حار. ويضيف ضاحكا أن الزعيم كان يعرف عدن.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوفد وصل متأخرا", "سعاد الكبيسي", QUOTE_INDIRECT, RESOLVED_ELIDED);
    expect(d, "الزعيم كان يعرف عدن", "سامي عودة", QUOTE_INDIRECT, RESOLVED_ELIDED);
}

static void test_whoever_recalls_a_saying_goes_on(void)
{
    /* "ويتذكر X أن Y قال لوفد: «...». ويضيف أن": Y's words are Y's, but X, who recalls
     * them, is the one who goes on */
    struct doc *d = fx_annotate("قال الدبلوماسي عوض باحميش إن الذكريات كثيرة. ويتذكر باحميش أن كيم إيل سونغ قال لوفد "
                                "يمني: «الصغار يحمون بعضهم». ويضيف ضاحكا أن الزعيم الكوري كان يعرف عدن.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الصغار يحمون بعضهم", "كيم إيل سونغ", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    expect(d, "الزعيم الكوري كان يعرف عدن", "عوض باحميش", QUOTE_INDIRECT, RESOLVED_ELIDED);
}

static void test_a_hosts_turn_is_no_quotation(void)
{
    /* "المذيعة: ..." opening a transcript's line is the host's turn: no quotation of the
     * host, but what she reports in it ("والسفارة قالت إن") is the reported speaker's */
    struct doc *d = fx_annotate("المذيعة سلوى حمدان: مساء الخير يا أهل الجنوب.\n\n"
                                "د. كمال: الأسعار ستنخفض في الخريف.\n\n"
                                "المذيعة: معنا على الهاتف الحاج سيد من قنا.\n\n"
                                "سيد الفقي: السوق هادئ حتى الآن.\n\n"
                                "المذيعة: والسفارة الروسية قالت في بيان إن التوريد مستمر. شكرا لكم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "مساء الخير") == NULL);
    CHECK(fx_quote(d, "معنا على الهاتف") == NULL);
    expect(d, "التوريد مستمر", "السفارة الروسية", QUOTE_INDIRECT, -1);
    expect(d, "السوق هادئ", "سيد الفقي", -1, -1);
}

static void test_a_daughter_of_a_quarter_is_the_one_in_focus(void)
{
    /* "وتقول ابنة حي الميدان، التي ...، إن": a daughter of a quarter (a place, not a
     * state or city) is the woman in focus, as "ابنة البصرة" is; رويدة is a given name */
    struct doc *d = fx_annotate("وقالت الدكتورة رويدة الخطيب إن اللغة صعبة. وتقول ابنة حي الميدان، التي يناديها "
                                "زملاؤها «أم سامر»، إن أستاذها كان صارما.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "اللغة صعبة", "رويدة الخطيب", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "أستاذها كان صارما", "رويدة الخطيب", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_the_one_mourned_is_the_late_one_named(void)
{
    /* الراحل، الفقيد: the one the text said had died, not the last man who spoke */
    struct doc *d = fx_annotate("أقامت أسرة السفير الراحل يوسف حمد المطوع، مساء أمس، حفل تأبين. وقال الوزير خالد "
                                "العلي إن الحفل كبير. وكان الراحل قد صرح عام 2006 بأن الكوريين «أكثر شعوب آسيا شبها "
                                "بنا». وذكرت مجلة «العربي»، نقلا عن الفقيد، أن أول ما فعله كان «شراء معطف».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحفل كبير", "خالد العلي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "الكوريين", "يوسف حمد المطوع", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
    expect(d, "أول ما فعله", "يوسف حمد المطوع", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
}

static void test_an_official_spokesman_is_no_one_who_spoke_before(void)
{
    /* "المتحدث الرسمي باسم الحزب": an adjective between the role and باسم still makes it a
     * spokesman, named as written, not the official who spoke before (nor the one the text
     * called "الوزير الناطق باسم الحكومة", who stays the minister) */
    struct doc *d = fx_annotate("وقال أمين التنظيم أحمد فتحي البنا إن الفقرة تقرأ الواقع، وهو ما نفاه المتحدث الرسمي "
                                "باسم الحزب، مؤكدا أن الانسحاب قرار شخصي. وقال المتحدث الرسمي باسم الحزب إن المؤتمر "
                                "ناجح.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الفقرة تقرأ", "أحمد فتحي البنا", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "الانسحاب قرار", "المتحدث الرسمي باسم الحزب", QUOTE_INDIRECT, RESOLVED_ELIDED);
    expect(d, "المؤتمر ناجح", "المتحدث الرسمي باسم الحزب", QUOTE_INDIRECT, -1);
}

static void test_relatives_with_a_pronoun_speak_as_written(void)
{
    /* "وقال شقيقه"، "وقالت عائلته"، "ويقول طلابها": people named by whose they are speak as
     * written, of the verb's gender (the students are not the "she" who speaks next) */
    struct doc *d = fx_annotate("وقال شقيقه إن الطريق مغلق. وقالت عائلته إن الحرب منعت نقله. وقالت الدكتورة رويدة "
                                "الخطيب إن اللغة صعبة. ويقول طلابها في السنة الثالثة إنها تبدأ كل محاضرة بانحناءة. وتقول "
                                "إنها سمعتها من زميلة كورية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الطريق مغلق", "شقيقه", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "الحرب منعت", "عائلته", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "تبدأ كل محاضرة", "طلابها في السنة الثالثة", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "سمعتها من", "رويدة الخطيب", QUOTE_INDIRECT, RESOLVED_ELIDED);
}

static void test_a_present_verb_after_thumma_goes_on_describing(void)
{
    /* "إنها تبدأ ...، ثم تكتب على اللوح": a present verb after ثم goes on with the words;
     * one that opens words of its own after a colon ends them */
    struct doc *d = fx_annotate("ويقول الطلاب إنها تبدأ كل محاضرة بانحناءة قصيرة، ثم تكتب على اللوح كلمة واحدة. ويقول "
                                "السائق سيرغي إن الطريق «تحسن قليلا»، ثم يختم حديثه بكلمة روسية واحدة: «نيتشيفو».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "تبدأ كل محاضرة");
    CHECK(q != NULL && q->content.end - q->content.start == 59); /* (to the full stop) */
    expect(d, "نيتشيفو", "سيرغي", QUOTE_DIRECT, -1);
}

static void test_a_family_with_its_pronoun_is_a_source(void)
{
    /* "وفق ما أفادت به أسرته"، "بحسب أقاربه": after ما's own pronoun, the word with the
     * pronoun of whose family it is names the source (أسرته, not the verb أسرت) */
    struct doc *d = fx_annotate("وقال الوزير أحمد علي إن الوضع صعب. ووري جثمانه الثرى في القاهرة بعد أن تعذر نقله، وفق "
                                "ما افادت به اسرته. وأغلقت المدرسة أبوابها، بحسب أقاربها.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ووري جثمانه", "اسرته", QUOTE_INDIRECT, RESOLVED_SOURCE);
    expect(d, "وأغلقت المدرسة", "أقاربها", QUOTE_INDIRECT, RESOLVED_SOURCE);
}

static void test_by_the_familys_account(void)
{
    /* "بحسب أسرة الطالب": أسرة written with its ة is the family, not the verb أسرّ with
     * its object; "ووفقا لرواية الأسرة": by the family's account, the family speaks */
    struct doc *d = fx_annotate("وقال الدكتور طارق عبد الرازق إن الجامعة سجلت معه. وبحسب أسرة الطالب، فإن الوضع صعب جدا "
                                "في المدينة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوضع صعب جدا", "أسرة الطالب", QUOTE_INDIRECT, RESOLVED_SOURCE);
    d = fx_annotate("وقال الدكتور طارق عبد الرازق إن الجامعة سجلت معه. ووفقا لرواية الأسرة، فإن الفقيد أوصى بأن يدفن "
                    "بزيه العسكري.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الفقيد أوصى", "الأسرة", QUOTE_INDIRECT, RESOLVED_SOURCE);
}

static void test_a_headline_head_with_a_name_in_marks(void)
{
    /* "وكيل الدفاع في قضية «حاويات العقبة»: ...": after a title, the marks of the case's
     * name do not make the head too long to name a speaker */
    struct doc *d = fx_annotate("وكيل الدفاع في قضية «حاويات العقبة»: موكلي اشترى من شركة روسية\n\nعمّان – قسطاس\n\n"
                                "أرجأت المحكمة النظر في القضية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موكلي اشترى", "وكيل الدفاع في قضية «حاويات العقبة»", QUOTE_INDIRECT, RESOLVED_HEADLINE);
}

static void test_the_eve_is_when_not_who(void)
{
    /* "قد أعلنت، عشية الافتتاح، أن": the eve of the opening is when it was said, not who
     * said it (nor a person's name); the subject stands before the verb */
    struct doc *d = fx_annotate("وكانت محافظة الصالون قد أعلنت، عشية الافتتاح، أن أكثر من ألف دار نشر تشارك في هذه "
                                "الطبعة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أكثر من ألف", "محافظة الصالون", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    CHECK(fx_entity(d, "عشية الافتتاح") == NULL);
}

static void test_the_one_named_in_words_does_not_answer(void)
{
    /* a transcript's "ج:" is answered by the spokesman introduced before it, not by the
     * secretary-general he names in his own words */
    struct doc *d = fx_annotate("وقال المتحدث باسم الأمين العام ستيفان دوجاريك إن الأمانة العامة \"لم تتسلم النص\"، مضيفا "
                                "أن الأمين العام أنطونيو غوتيريش يتابع الملف عن كثب.\n\nوفي ما يلي جانب من الأسئلة "
                                "والأجوبة:\n\nس: هل هذا انتهاك للقرارات؟\nج: القرارات ملزمة لجميع الدول الأعضاء.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "القرارات ملزمة", "ستيفان دوجاريك", QUOTE_DIRECT, -1);
}

static void test_a_moroccan_pasha_speaks(void)
{
    /* "أما باشا مدينة العرائش، ممثل السلطة المحلية، فأوضح أن": the pasha is an official
     * by title, and the speaker, not the city */
    struct doc *d = fx_annotate("أما باشا مدينة العرائش، ممثل السلطة المحلية، فأوضح أن الاتفاقية «لن تدخل حيز التنفيذ "
                                "قبل التأشيرة»، مشددا على أن «السياسة الخارجية من اختصاص الدولة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاتفاقية", "باشا مدينة العرائش", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "السياسة الخارجية", "باشا مدينة العرائش", QUOTE_DIRECT, RESOLVED_ELIDED);
}

static void test_a_named_hosts_questions_are_no_quotes(void)
{
    /* a transcript labelled with names: the one whose line is a question alone, answered by
     * the next label, is the host; his turns that end in a question are no quotes; the
     * guest's turns, and a guest's rhetorical question inside an answer, are */
    struct doc *d = fx_annotate("وأدار الحوار الزميل حاتم الرياحي مع الدبلوماسي لطفي بن عمار.\n\nحاتم الرياحي: سي لطفي، "
                                "المعاهدة وقعت الأسبوع الماضي. هل نصدق الرواية الروسية؟\n\nلطفي بن عمار: الرسالة موجهة "
                                "إلى واشنطن قبل غيرها.\n\nحاتم الرياحي: يعني نحن أمام حرب باردة جديدة؟\n\nلطفي بن عمار: "
                                "لا، اليوم عندنا دول تبحث عن مصالحها فقط. من يصدق غير ذلك؟\n\nحاتم الرياحي: شكرا لك.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "يعني نحن أمام") == NULL);
    CHECK(fx_quote(d, "سي لطفي") == NULL);
    expect(d, "الرسالة موجهة", "لطفي بن عمار", -1, -1);
    expect(d, "لا، اليوم عندنا", "لطفي بن عمار", -1, -1);
}

static void test_our_guest_is_the_one_we_talk_to(void)
{
    /* "وترى ضيفتنا أن": our guest, the woman the piece talks to */
    struct doc *d = fx_annotate("وقالت الباحثة سرى الجبوري إن الأمر خطير. وترى ضيفتنا أن الكوريين الشماليين «يفون بما "
                                "يعدون».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الكوريين الشماليين", "سرى الجبوري", QUOTE_MIXED, RESOLVED_ROLE_NOUN);
}

static void test_views_summed_up_are_no_ones_words(void)
{
    /* "بين من يرى أن ... ومن يحذر من أن": the narrator sums up a range of views; whoever
     * holds them is no speaker */
    struct doc *d = fx_annotate("وقال الوزير أحمد علي إن الأمر خطير. وجاءت الأجوبة متباينة، بين من يرى أن المعاهدة «زواج "
                                "مصلحة» لن يصمد، ومن يحذر من أن بغداد قد تجد نفسها في مرمى العقوبات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->n_quotes == 1);
    expect(d, "الأمر خطير", "أحمد علي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_the_outlet_told_before_a_relative_subject(void)
{
    /* "وهو ما أكده لـ«مرصد الأسواق» مدير فرع": the outlet told comes between the verb and
     * its subject, who speaks */
    struct doc *d = fx_annotate("وقال التاجر نزار حمدان إن السوق صعبة. وتتحدث أوساط التجار عن صعوبات متزايدة، وهو ما أكده "
                                "لـ«مرصد الأسواق» مدير فرع في أحد المصارف الخاصة بدمشق.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وتتحدث أوساط", "مدير فرع في أحد المصارف الخاصة بدمشق", QUOTE_INDIRECT, -1);
}

static void test_an_answer_runs_on_to_its_own_paragraph(void)
{
    /* a labelled answer that runs on to an unlabelled paragraph before the next label: the
     * paragraph is the same guest's; an unlabelled question is not */
    struct doc *d = fx_annotate("حوار أجراه الزميل سامي الخوري مع الباحث فادي نصار.\n\nالخوري: هل يبالغ الأميركيون؟\n\n"
                                "نصار: القذائف سبقت المعاهدة بأكثر من عام.\n\nولا تنسي الصين. بكين تراقب بصمت، وموسكو "
                                "تحتاج إلى بكين.\n\nالخوري: وماذا عن لبنان؟\n\nنصار: لبنان بعيد عن كل هذا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "القذائف سبقت", "فادي نصار", -1, -1);
    expect(d, "ولا تنسي الصين", "فادي نصار", -1, -1);
}

static void test_how_it_was_said_after_an_aside_on_the_speaker(void)
{
    /* after a topic and an aside on who she is, ب and a noun with its adjective after the
     * verb say how she spoke; she is the subject before the verb */
    struct doc *d = fx_annotate("أما سفيتلانا أوريخوفا، وهي طبيبة روسية تعمل في عمان منذ سنوات، فتقول بلهجة حذرة إن "
                                "المعاهدة لن تغير حياة الجالية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة لن تغير", "سفيتلانا أوريخوفا", QUOTE_INDIRECT, -1);
}

static void test_a_relay_verb_that_carried_part_of_an_event(void)
{
    /* "نقلت وكالة X مقتطفات منها" inside an aside carries excerpts of the press conference:
     * the minister who spoke there is the speaker, not the agency */
    struct doc *d = fx_annotate("وصرح وزير الخارجية الصيني وانغ يي، في مؤتمر صحفي ببكين نقلت وكالة شينخوا مقتطفات منه، "
                                "بأن بلاده \"ترفض منطق التكتلات\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بلاده", "وانغ يي", QUOTE_MIXED, -1);
}

static void test_the_one_asked_answers_after_a_short_act_and_thumma(void)
{
    /* a question put to a person named, a short act after the comma, then ثم and the verb
     * of saying: the one asked answers, not the last who spoke */
    struct doc *d = fx_annotate("يقول عبدالرحمن، وهو طالب في السنة الرابعة، إن الدراسة صعبة.\n\nوكان رئيس رابطة الطلاب "
                                "العرب في المدينة، ماجد الأحمد، قد دعا الطلاب إلى \"الهدوء\".\n\nوتشير أرقام الرابطة "
                                "إلى أن نحو 100 طالب يدرسون في المدينة، وفقا لما ذكره الأحمد.\n\nوحين سألنا عبدالرحمن "
                                "عما إذا كان ينوي العودة، ابتسم قليلا ثم قال: \"ليس الآن\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ليس الآن", "عبدالرحمن", QUOTE_DIRECT, -1);
}

static void test_a_shrug_in_ba_is_no_speaker(void)
{
    /* اكتفى بـ: the word in ب after it is what was done (a shrug), never someone who
     * spoke; the question before it is no quotation, and the words after "ثم قال" stay
     * with the one asked */
    struct doc *d = fx_annotate("قال المزارع سامي حداد إن الموسم كان صعبا على الجميع هذا العام.\n\nوحين سألناه عن "
                                "الحدود الجديدة، اكتفى بهز كتفيه، ثم قال: \"لا أحد يعرف ما سيحدث\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "وحين سألناه") == NULL);
    expect(d, "لا أحد يعرف", "سامي حداد", QUOTE_DIRECT, -1);
}

static void test_a_long_title_in_marks_counts_as_one_word_of_reach(void)
{
    /* a long title and a book's title in marks between the verb and its complementiser:
     * the title counts as one word of the reach, not as all the words it holds */
    struct doc *d = fx_annotate("وخلص أستاذ التاريخ المعاصر في جامعة الخرطوم الدكتور عمر الطيب الزين، في كتابه الجديد "
                                "الذي صدر مطلع هذا الشهر عن دار النشر الجامعية في الخرطوم في نحو ثلاثمئة صفحة بعنوان "
                                "«موسكو وبيونغ يانغ: تحالف الضرورة وحدود الشراكة في عالم متغير»، إلى أن المعاهدة لن "
                                "تصمد طويلا أمام الضغوط.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المعاهدة لن تصمد", "عمر الطيب الزين", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    CHECK(fx_quote(d, "تحالف الضرورة") == NULL);
}

static void test_last_week_after_the_verb_is_when_not_who(void)
{
    /* "وكتبت الأسبوع الماضي أن": a definite word of time and its الماضي right after the
     * verb say when; the subject is elided, the writer named before */
    struct doc *d = fx_annotate("نشرت الكاتبة هند السديري مقالا عن الأزمة في صحيفة محلية.\n\nوكتبت الشهر الماضي أن دول "
                                "المنطقة باتت \"الطرف الذي يطرق الجميع بابه\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "دول المنطقة باتت", "هند السديري", -1, RESOLVED_ELIDED);
}

static void test_a_role_written_after_the_name_is_held_by_that_person(void)
{
    /* official copy writes the role after the name ("معالي الدكتور X وزير الخارجية،");
     * "وأكد وزير الخارجية" later is that person, not someone new */
    struct doc *d = fx_annotate("استقبل معالي الدكتور فهد بن ناصر العتيبي وزير الخارجية، بمقر الوزارة أمس، سفير اليابان "
                                "لدى المملكة.\n\nوأكد وزير الخارجية، خلال اللقاء، أن المملكة حريصة على تعزيز علاقاتها مع "
                                "الدول الصديقة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المملكة حريصة", "فهد بن ناصر العتيبي", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_a_digests_items_under_square_bullets(void)
{
    /* a digest's items open with ■ or ●: the item's title "X: ..." is a headline quote of
     * the one the item then names */
    struct doc *d = fx_annotate("موجز الأخبار\n\n■ بيسكوف: الاتفاق \"لا يستهدف\" أي دولة ثالثة\nقال المتحدث باسم الكرملين "
                                "دميتري بيسكوف للصحفيين إن الاتفاق دفاعي بحت.\n\n● زاخاروفا: العقوبات لن تغير شيئا\n"
                                "قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو لا تعبأ بالعقوبات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاتفاق \"لا يستهدف\"", "دميتري بيسكوف", -1, RESOLVED_HEADLINE);
    expect(d, "العقوبات لن تغير", "ماريا زاخاروفا", -1, RESOLVED_HEADLINE);
}

static void test_a_name_inside_the_words_is_not_who_said_them(void)
{
    /* "«...ستالين»، قالها بحسرة": the words come first and the subject is elided; the one
     * in focus said them, not a name inside the words themselves */
    struct doc *d = fx_annotate("وعلى الطاولة المجاورة جلس المعلم المتقاعد منير الحسيني يتابع الأخبار.\n\n\"هذا التحالف "
                                "قديم، ورثناه من أيام ستالين\"، قالها بحسرة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "هذا التحالف قديم", "منير الحسيني", QUOTE_DIRECT, RESOLVED_ELIDED);
}

static void test_words_first_then_said_while_or_smiling(void)
{
    /* "«...»، قال مبتسما."، "«...»، قالها وهو يشير": after the verb only how or while it
     * was said; the subject is elided, the person in focus */
    struct doc *d = fx_annotate("التقينا الصياد حمدان الشحي عند الميناء صباح أمس.\n\n\"البحر لا يعرف المعاهدات\"، قال "
                                "مبتسما.\n\n\"لكن الأسعار تعرفها جيدا\"، قالها وهو يشير إلى قاربه.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "البحر لا يعرف", "حمدان الشحي", QUOTE_DIRECT, RESOLVED_ELIDED);
    expect(d, "لكن الأسعار تعرفها", "حمدان الشحي", QUOTE_DIRECT, RESOLVED_ELIDED);
}

static void test_a_banner_written_on_is_no_quotation(void)
{
    /* "لافتات كتب عليها «...»": the marks right after كتب عليها are what a banner says, no
     * one's words; "وكتب عليها: «...»" after someone's post is that person's caption */
    struct doc *d = fx_annotate("ووصل الوفد إلى الساحة، حيث اصطف مئات الطلاب حاملين الأعلام ولافتات كتب عليها «مرحبا "
                                "بالأصدقاء».\n\nونشر النائب عادل المرزوقي صورة للقاء، وكتب عليها: \"صداقة في زمن "
                                "صعب\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "مرحبا بالأصدقاء") == NULL);
    expect(d, "صداقة في زمن صعب", "عادل المرزوقي", QUOTE_DIRECT, -1);
}

static void test_some_of_a_group_speaks_as_written(void)
{
    /* "بعض المحللين" is a group, unnamed: a stop word before the subject's definite noun
     * (بعض) does not leave the verb without one */
    struct doc *d = fx_annotate("وقال الوزير أيمن العبادي إن المملكة مع الحلول السياسية.\n\nويذهب بعض المحللين "
                                "الأردنيين إلى أن البلاد قد تستفيد من انشغال موسكو.\n\nوقال بعض السكان إن الأسعار "
                                "ارتفعت كثيرا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "البلاد قد تستفيد", "بعض المحللين الأردنيين", QUOTE_INDIRECT, -1);
    expect(d, "الأسعار ارتفعت", "بعض السكان", QUOTE_INDIRECT, -1);
}

static void test_an_outlet_relays_a_person_with_a_long_title(void)
{
    /* "ذكرت الوكالة أنّ X، <a long title>، قالت في بيان إنّ": the outlet only relays; the
     * person named first in its clause says the words after her own verb */
    struct doc *d = fx_annotate("فقد ذكرت الوكالة الرسمية، أمس، أنّ سون مي-ران، نائبة رئيس اللجنة الدائمة في مجلس "
                                "الشعب الأعلى، قالت في بيان إنّ التدريبات المشتركة تهديد مباشر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التدريبات المشتركة تهديد", "سون مي-ران", QUOTE_INDIRECT, -1);
}

static void test_a_family_name_after_a_womans_verb_is_the_woman(void)
{
    /* two of one family named: "كيم" alone after a verb of a woman's form is the woman,
     * after a man's form the man */
    struct doc *d = fx_annotate("قالت كيم يو جونغ، شقيقة الزعيم كيم جونغ أون، إن المناورات خطيرة.\n\nوانتقدت كيم ما "
                                "تسميه «الدمى» في سيول.\n\nوقال كيم في خطاب إن الجيش جاهز.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الدمى", "كيم يو جونغ", QUOTE_DIRECT, -1);
    expect(d, "الجيش جاهز", "كيم جونغ أون", QUOTE_INDIRECT, -1);
}

static void test_a_plural_owned_by_what_follows_is_a_group(void)
{
    /* "محللو الموقع": a plural in ون drops its ن before its owner; it is the group, with
     * the owner, and no person's name */
    struct doc *d = fx_annotate("وتظهر صور أقمار صناعية حركة قطارات عند المعبر، ويرى محللو الموقع أن هذه الحركة "
                                "تتسق مع نقل ذخائر.\n\nوقال مسؤولو الشركة إن الأرباح تراجعت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "هذه الحركة تتسق", "محللو الموقع", QUOTE_INDIRECT, -1);
    expect(d, "الأرباح تراجعت", "مسؤولو الشركة", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "محللو") == NULL);
}

static void test_a_friend_named_after_his_title(void)
{
    /* "صديقي عبد الحق": a friend or a neighbour of the writer or of the person just named
     * is a title before the name; "العام الجاري" stays a time */
    struct doc *d = fx_annotate("«الحرب لن تنتهي قريبا»، يقول صديقي عبد الحق، أستاذ التاريخ في إحدى ثانويات فاس، "
                                "ونحن نحتسي الشاي.\n\nوقالت جارتها أم سمير إن الماء انقطع منذ بداية العام الجاري.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحرب لن تنتهي", "عبد الحق", QUOTE_DIRECT, -1);
    expect(d, "الماء انقطع", "أم سمير", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "عبد الحق") != NULL);
    CHECK(fx_entity(d, "الجاري") == NULL);
}

static void test_for_his_part_before_the_subject(void)
{
    /* "وقال من جهته X إن": "for his part" between the verb and its subject is an aside,
     * before the clause and after a quotation alike */
    struct doc *d = fx_annotate("وقال من جانبه الوزير أحمد سالم إن الزيارة ناجحة.\n\n«الرسالة موجهة إلى واشنطن»، قالت من "
                                "جهتها كيم سو-يون، الباحثة في المعهد الكوري للتوحيد الوطني.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الزيارة ناجحة", "أحمد سالم", QUOTE_INDIRECT, -1);
    expect(d, "الرسالة موجهة", "كيم سو-يون", QUOTE_DIRECT, -1);
    CHECK(fx_entity(d, "كيم سو-يون") != NULL);
}

static void test_a_number_of_people_speaks_as_written(void)
{
    /* "قال ثلاثة مسؤولين مطلعين لرويترز إن": a number before a group is the group, unnamed,
     * and the outlet told is not the speaker */
    struct doc *d = fx_annotate("قال ثلاثة مسؤولين مطلعين لرويترز إن الشحنات عبرت الجسر ليلا.\n\nوأكد 3 دبلوماسيين غربيين "
                                "أن الصور واضحة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشحنات عبرت", "ثلاثة مسؤولين مطلعين", QUOTE_INDIRECT, -1);
    expect(d, "الصور واضحة", "3 دبلوماسيين غربيين", QUOTE_INDIRECT, -1);
}

static void test_a_units_ordinal_in_digits_names_the_unit(void)
{
    /* "جندي من اللواء الميكانيكي الـ47": the ordinal with its article stays in the phrase */
    struct doc *d = fx_annotate("وروى جندي أوكراني من اللواء الميكانيكي الـ47، عرّف نفسه باسم \"سيرهي\"، أن الوحدات "
                                "ظهرت قرب القرية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوحدات ظهرت", "جندي أوكراني من اللواء الميكانيكي الـ47", QUOTE_INDIRECT, -1);
}

static void test_a_kunya_where_the_name_plainly_ends(void)
{
    /* "وقف أبو علي أمام المحل وقال:": a kunya and a given name before a function word are
     * a person wherever they stand, and the one who speaks after the verb joined by و */
    struct doc *d = fx_annotate("وقف أبو علي أمام المحل وقال: \"الأسعار نار\".\n\nووقفت أم سمير في الطابور وقالت: "
                                "\"لا خبز منذ الصباح\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأسعار نار", "أبو علي", QUOTE_DIRECT, -1);
    expect(d, "لا خبز", "أم سمير", QUOTE_DIRECT, -1);
}

static void test_a_body_in_marks_between_a_role_and_its_holder(void)
{
    /* "الباحثة في «...» بارك مين-جي": a body's long name in marks after في, between the role
     * and its holder's name, is no quotation, and the holder speaks */
    struct doc *d = fx_annotate("وترى الباحثة في «التحالف المدني لحقوق الإنسان في كوريا الشمالية» بارك مين-جي أن ما يجري "
                                "«شكل من أشكال العمل القسري».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "ما يجري", "بارك مين-جي", QUOTE_MIXED, -1);
    CHECK(fx_quote(d, "التحالف المدني") == NULL);
}

static void test_she_answers_and_a_question_no_one_answers(void)
{
    /* "فتجيب بأن": the guest answers in her own right; "سؤال لا تجيب عنه موسكو: هل ...؟"
     * is a question no one answers, no quotation */
    struct doc *d = fx_annotate("ويسأل المقدم فيصل العتيبي ضيفته نورة القحطاني عما إذا كانت الصين ستقبل بهذا الدور، فتجيب "
                                "بأن بكين “لا تحب المفاجآت”.\n\nويبقى سؤال لا تجيب عنه موسكو: هل كانت المادة الرابعة "
                                "ستغير شيئا؟\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بكين", "نورة القحطاني", QUOTE_MIXED, -1);
    CHECK(fx_quote(d, "هل كانت") == NULL);
}

static void test_a_pronoun_of_the_other_gender_goes_on_with_the_clause(void)
{
    /* "قال X إن الجبهة «...»، لكنها ترى فيها «...»": لكنها is the front, the clause's own
     * subject going on, not a second quotation; "فردت عليه بأن ...، غير أنه أصر على أن"
     * is the other person answering with a clause of his own */
    struct doc *d = fx_annotate("وقال رمزي أبو شمالة إن الجبهة \"لا تدعو إلى استنساخ التجربة الكورية\"، لكنها ترى فيها "
                                "\"درساً في معنى التحالف\".\n\nواعتبر نزار بن عمر أن الحلف مبالغ فيه. فردت عليه منية "
                                "الصفاقسي بأن الذخيرة ما تحتاجه روسيا، غير أنه أصر على أن الصين لن تسمح بذلك.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "الجبهة");
    CHECK(q != NULL && strstr(fx_text(d, q->content), "درساً") != NULL);
    CHECK(fx_quote(d, "درساً") == NULL);
    expect(d, "الذخيرة ما تحتاجه", "منية الصفاقسي", QUOTE_INDIRECT, -1);
    expect(d, "الصين لن تسمح", "نزار بن عمر", QUOTE_INDIRECT, -1);
}

static void test_li_alone_before_where_he_said_it(void)
{
    /* "وأوضح لي في حديث لـ«...»:": لي after a verb and before where it was said is the
     * family name of the Li named before, not "to me" */
    struct doc *d = fx_annotate("يرى لي وي دونغ، الباحث في معهد الصين، أن المعاهدة طبيعية.\n\nوأوضح لي في حديث "
                                "لـ\"طريق الحرير\": \"من الطبيعي أن تبحث الدول عن ضمانات لأمنها\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "من الطبيعي", "لي وي دونغ", QUOTE_DIRECT, -1);
}

static void test_to_whom_between_the_verb_and_its_subject(void)
{
    /* "وقال لنا أحمد الخوري إن": لنا, لي, لها are to whom the words were said, and the
     * subject follows them; لي before the syllables of a name, or alone before a comma,
     * is still Li */
    struct doc *d = fx_annotate("وقال لنا أحمد الخوري، صاحب محل للأقمشة، إن الزبائن قلوا هذا الموسم. وقالت لي سعاد "
                                "المصري إن أسعار الخيوط تضاعفت.\n\nوقال لي جي هون إن سيول تراقب. ويرى لي، الذي عمل "
                                "في بيونغ يانغ، أن الشمال لن يتراجع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الزبائن قلوا", "أحمد الخوري", QUOTE_INDIRECT, -1);
    expect(d, "أسعار الخيوط", "سعاد المصري", QUOTE_INDIRECT, -1);
    expect(d, "سيول تراقب", "لي جي هون", QUOTE_INDIRECT, -1);
    expect(d, "الشمال لن يتراجع", "لي جي هون", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "لي أحمد") == NULL);
}

static void test_a_headline_role_is_someone_the_body_quotes(void)
{
    /* "نائب ليبي:" is the member of parliament who speaks below, not a deputy minister
     * the background names with the same word and who says nothing */
    struct doc *d = fx_annotate("نائب ليبي: مرتزقة جدد وصلوا إلى قاعدة براك\n\nأكد عضو مجلس النواب عن مدينة أوباري، "
                                "سالم القذافي المقريف، أن مئات المرتزقة وصلوا إلى القاعدة. وأشار النائب إلى أن الحكومة "
                                "\"لا تعرف شيئا\".\n\nوكانت الوزارة قد أعادت تنظيم قواتها بإشراف نائب وزير الدفاع "
                                "فيكتور بافلينكو.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "مرتزقة جدد", "سالم القذافي المقريف", -1, -1);
    expect(d, "الحكومة", "سالم القذافي المقريف", QUOTE_MIXED, -1);
}

static void test_whom_a_verb_relays_right_after_it(void)
{
    /* "فاعتبرت على لسان المتحدثة باسمها X أن": على لسان after the verb (and its subject)
     * names its speaker; the words before it are no quotation of theirs; "ذكرت الوكالة
     * نقلا عن مصدر أن": the source relayed speaks */
    struct doc *d = fx_annotate("أما وزارة الخارجية الفرنسية، فاعتبرت على لسان المتحدث باسمها كريستوف لوموان أن "
                                "الاتفاق \"خطوة مقلقة\". وأكدت الحكومة على لسان وزيرها أن الحوار مستمر. وذكرت "
                                "الوكالة نقلا عن مصدر أمني أن الهجوم فشل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاتفاق", "كريستوف لوموان", QUOTE_MIXED, -1);
    expect(d, "الحوار مستمر", "وزيرها", QUOTE_INDIRECT, -1);
    expect(d, "الهجوم فشل", "مصدر أمني", QUOTE_INDIRECT, -1);
    CHECK(fx_quote(d, "أما وزارة") == NULL);
    CHECK(fx_quote(d, "وأكدت") == NULL);
    CHECK(fx_quote(d, "وذكرت") == NULL);
    CHECK(d->n_quotes == 3);
}

static void test_where_an_article_was_published_is_no_writer(void)
{
    /* "وكتب في مقال بمجلة «...» أن": the magazine in ب (or في) only published the
     * article; the verb's subject is elided, the one named before */
    struct doc *d = fx_annotate("وقال المستشرق بوريس غريغوريف إن الشمال لن يتغير. وكتب في مقال بمجلة \"آسيا وأفريقيا "
                                "اليوم\" أن موسكو \"ستدفع ثمن القطيعة\". ثم كتب في مقال في صحيفة إزفستيا أن الحوار "
                                "ممكن.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موسكو", "بوريس غريغوريف", QUOTE_MIXED, -1);
    expect(d, "الحوار ممكن", "بوريس غريغوريف", QUOTE_INDIRECT, -1);
}

static void test_an_opening_phrase_before_an_aside_is_the_subject(void)
{
    /* "ضابط منشق ...، كان يخدم في ...، قال لعنب بلدي إن": the phrase that opens the
     * sentence speaks, past the aside set off by commas and an outlet told that no list
     * knows; not the speaker before */
    struct doc *d = fx_annotate("وقال الباحث سامر الحلبي إن روسيا خسرت حليفا.\n\nمهندس سابق في الميناء، كان يعمل في "
                                "قسم الشحن قبل تقاعده عام 2019، قال لصوت الساحل إن السفن الروسية \"غادرت ليلا\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "روسيا خسرت", "سامر الحلبي", QUOTE_INDIRECT, -1);
    expect(d, "السفن الروسية", "مهندس سابق في الميناء", QUOTE_MIXED, -1);
}

static void test_a_name_after_the_roles_place_before_an(void)
{
    /* "أعرب المبعوث الخاص إلى اليمن هانس غروندبرغ عن قلقه من أن": the name after the
     * place the role is for speaks (a European given name the list now holds), not a
     * role alone resolved to someone else */
    struct doc *d = fx_annotate("وقال وزير الخارجية خالد العمري إن الهدنة صامدة. من جانبها، أعربت المبعوثة الأوروبية "
                                "الخاصة إلى ليبيا ماغدالينا شتراوس عن قلقها من أن \"الانقسام يهدد الانتخابات\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "قلقها");
    if (!q)
        q = fx_quote(d, "\"الانقسام");
    CHECK(q != NULL && strcmp(q->speaker_name ? q->speaker_name : "", "ماغدالينا شتراوس") == 0);
    CHECK(fx_entity(d, "ماغدالينا شتراوس") != NULL);
}

static void test_a_headline_repeated_behind_a_conjunction(void)
{
    /* "نائب: العراق لن ينجر ..." over "إن «المعاهدة شأن يخص البلدين، والعراق لن ينجر
     * ...»": the body's words repeat the headline's behind و, so their speaker is the
     * headline's, not another whose title holds the headline's word */
    struct doc *d = fx_annotate("نائب: العراق لن يدخل في محور موسكو وطهران\n\nقال عضو لجنة الأمن النيابية كريم حسن "
                                "الزيدي إن «المعاهدة شأن يخص البلدين، والعراق لن يدخل أي محور».\n\nمن "
                                "جهته، قال النائب عن كتلة الإعمار فلاح عبد الرزاق إن «الحكومة تأخرت في صرف المخصصات».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العراق لن يدخل في", "كريم حسن الزيدي", -1, -1);
    expect(d, "الحكومة تأخرت", "فلاح عبد الرزاق", -1, -1);
}

static void test_told_me_with_no_one_named(void)
{
    /* "فقال لي إن": told me, the subject elided (the one asked); "لقال لك إن" is what
     * anyone would say, no quotation; "ويقول لي إن" after Li is named is Li */
    struct doc *d = fx_annotate("سألت الوزير الأسبق نبيل الخطيب عن قراءته للحدث، فقال لي إن الحرب ستطول. ولو سألت أي "
                                "طالب لقال لك إن العالم تغير.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحرب ستطول", "نبيل الخطيب", QUOTE_INDIRECT, -1);
    CHECK(fx_quote(d, "العالم تغير") == NULL);
    d = fx_annotate("ويرى الدبلوماسي لي جونغ هو أن الحوار ممكن. ويقول لي إن الشمال لن يتراجع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشمال لن يتراجع", "لي جونغ هو", QUOTE_INDIRECT, -1);
}

static void test_a_given_name_set_off_before_the_verb(void)
{
    /* "طلب أن نكتفي باسمه الأول، سيرغي، قال لنا إن": the name between commas right
     * before a verb with no subject after it speaks; "...، جونغ هي وون، قال نائب
     * المستشار" has a subject of its own */
    struct doc *d = fx_annotate("وقالت الباحثة أولغا سميرنوفا إن العمال كثيرون. مقاول في المدينة، طلب أن نكتفي باسمه "
                                "الأول، سيرغي، قال لنا إن لديه أربعين عاملا.\n\nوفي إفادة مع المتحدثة باسم المكتب، "
                                "جونغ هي وون، قال نائب المستشار كيم تاي هيو إن سيول تراقب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لديه أربعين", "سيرغي", QUOTE_INDIRECT, -1);
    expect(d, "سيول تراقب", "كيم تاي هيو", QUOTE_INDIRECT, -1);
}

static void test_the_paper_named_just_before_over_an_earlier_one(void)
{
    /* "أما صحيفة «X» فنقلت عن مصدر ... وأشارت الصحيفة إلى أن": the paper named in the
     * sentence before, which only relayed, not the paper that spoke a paragraph earlier */
    struct doc *d = fx_annotate("كتبت صحيفة \"الغارديان\" البريطانية أن القمة \"تعيد أجواء الحرب الباردة\".\n\nأما صحيفة "
                                "\"إزفستيا\" الروسية فنقلت عن مصدر في الكرملين قوله إن موسكو \"لا تنوي التصعيد\". وأشارت "
                                "الصحيفة إلى أن الكرملين يرى في القمة ورقة ضغط.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "القمة", "الغارديان", QUOTE_MIXED, -1);
    expect(d, "الكرملين يرى", "إزفستيا", QUOTE_INDIRECT, -1);
}

static void test_a_relative_clause_on_a_noun_ends_the_words(void)
{
    /* "أن ...، وهو كلام ردّت عليه X بالقول إن": وهو, a noun and a verb carrying its
     * pronoun open a clause on the words, as "وهو ما" does; X answers in words of her own */
    struct doc *d = fx_annotate("وزعم الوزير جون كيلي أن الاتفاق يهدد المنطقة، وهو كلام ردت عليه المتحدثة نادية سلامة "
                                "بالقول إن واشنطن آخر من يتكلم عن الاستقرار.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "الاتفاق يهدد");
    CHECK(q != NULL && strstr(fx_text(d, q->content), "كلام") == NULL);
    expect(d, "واشنطن آخر", "نادية سلامة", QUOTE_INDIRECT, -1);
}

static void test_a_saying_someone_repeated(void)
{
    /* "عبارة كان يرددها أستاذه: «...»": a statement noun, past كان and a verb of saying
     * with its pronoun (يرددها، يقولها، كررها) quote the saying, as "عبارة قالها" does */
    struct doc *d = fx_annotate("ويستعيد الباحث سامي الخطيب عبارة كان يرددها أستاذه: «لا تفهم الشمال من سيول وحدها». "
                                "وتذكر زميلته منى عبارة يقولها مديرها: «الأرقام لا تكذب».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "لا تفهم الشمال") != NULL);
    CHECK(fx_quote(d, "الأرقام لا تكذب") != NULL);
    const struct quote *q = fx_quote(d, "لا تفهم الشمال");
    CHECK(q != NULL && q->type == QUOTE_DIRECT);
}

static void test_one_of_those_just_named(void)
{
    /* "وكتبت إحدى هذه الصفحات أن": one of those named before, by إحدى, a demonstrative
     * and a definite noun, speaks as written, not the group that spoke before */
    struct doc *d = fx_annotate("وزعمت حسابات متداولة أن القمة ألغيت. وكتبت إحدى هذه الحسابات أن الوفد \"عاد غاضبا\". "
                                "وقال أحد هؤلاء المحللين إن الرواية ضعيفة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "القمة ألغيت", "حسابات متداولة", QUOTE_INDIRECT, -1);
    expect(d, "الوفد", "إحدى هذه الحسابات", QUOTE_MIXED, -1);
    expect(d, "الرواية ضعيفة", "أحد هؤلاء المحللين", QUOTE_INDIRECT, -1);
}

static void test_a_construct_title_names_with_common_words(void)
{
    /* "رئيس الوزراء جيم ريش": a title in construct with a definite word is definite, so
     * two words after it that are also common ones (جيم، ريش) are still the name; and
     * السناتور is spelt without ي as often as with it */
    struct doc *d = fx_annotate("وقال رئيس الوزراء جيم ريش إن الحكومة ستدرس الخطة. "
                                "ورأى السناتور بن كاردين أن الإدارة تأخرت في الرد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحكومة ستدرس", "جيم ريش", QUOTE_INDIRECT, -1);
    expect(d, "الإدارة تأخرت", "بن كاردين", QUOTE_INDIRECT, -1);
}

static void test_a_manner_adjective_is_no_speaker(void)
{
    /* "«...»، تقول بصوت هادئ": the manner noun's adjective (هادئ, which folds like the
     * given name هادي) names no one; the subject is elided. A name after the manner
     * still speaks: "قالها بحسرة أبو عمر" */
    struct doc *d = fx_annotate("وقالت سلمى الأحمد إن الوضع صعب. \"لا أعرف إن كان أخي حيا أم لا\"، تقول بصوت هادئ. "
                                "«لقد خسرنا كل شيء هذا العام»، قالها بحسرة أبو عمر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لا أعرف", "سلمى الأحمد", QUOTE_DIRECT, -1);
    expect(d, "لقد خسرنا", "أبو عمر", QUOTE_DIRECT, -1);
}

static void test_a_question_answered_in_its_sentence(void)
{
    /* "وسأل أحد الطلبة عن دور قطر، فردّت الكواري بالقول إن": the asking verb does not own
     * the words; the answer's verb after the comma does */
    struct doc *d = fx_annotate("قالت الدكتورة نورة الكواري إن الخليج ليس معنيا بالصراع. "
                                "وسأل أحد الطلبة عن دور قطر، فردّت الكواري بالقول إن «الوساطة ليست وصفة جاهزة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوساطة ليست", "نورة الكواري", QUOTE_DIRECT, -1);
}

static void test_statement_told_to_someone_names_no_speaker(void)
{
    /* "فاعتبر في تصريحات للصحافيين أن": the statement right after the verb, told to someone
     * in ل or of a kind (صحفية), is where it was said; the subject is elided */
    struct doc *d = fx_annotate("وقال زعيم المعارضة كينتا إيزومي إن الحكومة ضعيفة. ولم يقتنع إيزومي بالإجابات، "
                                "فاعتبر في تصريحات للصحافيين عقب الجلسة أن الحكومة «تعيش في الماضي». "
                                "ثم رأى في تصريحات صحفية أن البرلمان «غائب تماما».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحكومة «تعيش", "كينتا إيزومي", QUOTE_MIXED, -1);
    expect(d, "البرلمان", "كينتا إيزومي", QUOTE_MIXED, -1);
}

static void test_a_name_of_common_words_before_an_aside(void)
{
    /* "أما السناتور الجمهوري جيم ريش، كبير الأعضاء ...، فرأى أن": two bare words after a
     * definite title, right before a comma and an aside opened by a title, are the name */
    struct doc *d = fx_annotate("وقال رئيس اللجنة بن كاردين إن الوضع خطير. أما السناتور الجمهوري جيم ريش، كبير "
                                "الأعضاء الجمهوريين في اللجنة، فرأى أن الإدارة \"تأخرت كثيرا\" في الرد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الإدارة", "جيم ريش", QUOTE_MIXED, -1);
    CHECK(fx_entity(d, "جيم ريش") != NULL);
}

static void test_a_participle_addressing_someone_before_a_colon(void)
{
    /* "وقال مخاطبا رئيس الوزراء:": whom the words were addressed to is no speaker; the
     * subject is elided. A viewer in ة is one ("علقت مشاهدة من قسنطينة:") */
    struct doc *d = fx_annotate("قال النائب أحمد الخطيب إن الحكومة ضعيفة. وقال مخاطبا رئيس الحكومة: «الشعب يريد أن يعرف الحقيقة». "
                                "وعلقت مشاهدة من قسنطينة: «ما عندنا دخل في هاذ الحرب».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشعب يريد", "أحمد الخطيب", QUOTE_DIRECT, -1);
    expect(d, "ما عندنا", "مشاهدة من قسنطينة", QUOTE_DIRECT, -1);
}

static void test_a_pronoun_right_after_the_words_goes_on_with_their_speaker(void)
{
    /* "ورد الوزير بأن ... منذ زيارة كيم جونغ أون ...، لكنه أقر بأن": the pronoun right
     * after the words is their speaker, not a man the words named */
    struct doc *d = fx_annotate("وقال وزير الدفاع سامي الحداد إن المعاهدة تهديد. ورد الوزير بأن الحكومة كانت \"على علم\" "
                                "بالتحركات منذ زيارة كيم جونغ أون إلى موسكو في سبتمبر الماضي، لكنه أقر بأن النص "
                                "\"جاء أقوى مما توقعناه\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "النص", "سامي الحداد", QUOTE_MIXED, -1);
}

static void test_lee_as_a_lines_label(void)
{
    /* "لي جون هو: ..." as a line's label: with no verb before it لي is the family name
     * Lee, even before جون, a given name elsewhere ("قال لي جون" is "told me, John") */
    struct doc *d = fx_annotate("ناقشت الجلسة المعاهدة.\nلي جون هو: سيول لن تقف متفرجة\n"
                                "بدوره، حذّر السفير الكوري الجنوبي الأسبق لي جون هو من أن نقل التكنولوجيا «سيغير قواعد اللعبة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "سيول لن تقف", "لي جون هو", -1, -1);
}

static void test_the_prosecution_speaks(void)
{
    /* "وقالت النيابة العامة إن": the prosecution is a body that speaks, like المحكمة */
    struct doc *d = fx_annotate("وقالت النيابة العامة إن المتهم اعترف بالتهم الموجهة إليه.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المتهم اعترف", "النيابة العامة", QUOTE_INDIRECT, -1);
}

static void test_a_name_written_with_hamza_alef_has_no_article(void)
{
    /* "ألكسي": أل written with a hamza is part of the name, never the article, so the
     * unknown given name opens the name (and إل in a name the list holds: إلفيرا) */
    struct doc *d = fx_annotate("وقال ألكسي كوزنيتسوف إن المدفوعات أصبحت أبطأ.\n"
                                "وقالت إلفيرا نابيولينا إن المصارف تتكيف بسرعة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المدفوعات أصبحت", "ألكسي كوزنيتسوف", QUOTE_INDIRECT, -1);
    expect(d, "المصارف تتكيف", "إلفيرا نابيولينا", QUOTE_INDIRECT, -1);
}

static void test_a_relay_verb_in_construct_is_its_verbal_noun(void)
{
    /* "برنامج نقل الأسلحة": نقل after a bare noun and before a noun in ال, with no عن,
     * is "moving", no relay: the clause is قال's, and the name after the comma speaks */
    struct doc *d = fx_annotate("وقال الباحث في برنامج نقل الأسلحة في المعهد، ماتياس لوند، للصحيفة إن الفريق "
                                "اعتمد على صور الأقمار الاصطناعية.\n"
                                "ونقل موقع الوزارة عن مصدر قوله إن الشحنة وصلت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الفريق اعتمد", "ماتياس لوند", QUOTE_INDIRECT, -1);
    expect(d, "الشحنة وصلت", "مصدر", QUOTE_INDIRECT, -1);
}

static void test_a_korean_given_name_glued_by_a_hyphen(void)
{
    /* "كيم سو-يون": سو is a common word and يون a family name of its own, but glued by a
     * hyphen after a family name they are the given name, as the topic of أما too */
    struct doc *d = fx_annotate("أما كيم سو-يون، الباحثة في معهد آسان، فترى أن المسألة تتجاوز النفط.\n"
                                "وكانت بارك جي-يون، الطالبة في جامعة يونسي، قد رأت أن الحديث عن الحرب مبالغ فيه.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المسألة تتجاوز", "كيم سو-يون", QUOTE_INDIRECT, -1);
    expect(d, "الحديث عن الحرب", "بارك جي-يون", QUOTE_INDIRECT, -1);
}

static void test_victims_and_a_prosecution_office_speak(void)
{
    /* broken plurals of people no ending marks (الضحايا) speak as described, and a
     * prosecution office named by its city (نيابة دبي العامة) is a body */
    struct doc *d = fx_annotate("وروت إحدى الضحايا، وهي موظفة في شركة خاصة، أنها فقدت 18 ألف درهم خلال دقائق.\n"
                                "ووفقاً لنيابة دبي العامة، فإن المتهمين أحيلوا إلى محكمة الجنايات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "فقدت 18", "إحدى الضحايا", QUOTE_INDIRECT, -1);
    expect(d, "المتهمين أحيلوا", "نيابة دبي العامة", QUOTE_INDIRECT, -1);
}

static void test_a_name_written_with_a_madda_is_no_function_word(void)
{
    /* آنا and آن fold like أنا and أن, which are never written with a madda: the
     * given names open the name, also after a long title and its comma */
    struct doc *d = fx_annotate("وترى الباحثة في معهد الدراسات الشرقية التابع لأكاديمية العلوم الروسية، آنا بوريسوفا، "
                                "أن الجسر بين البلدين نادر.\n"
                                "وقالت آن هيداليغو إن باريس تتابع الملف.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجسر بين", "آنا بوريسوفا", QUOTE_INDIRECT, -1);
    expect(d, "باريس تتابع", "آن هيداليغو", QUOTE_INDIRECT, -1);
}

static void test_a_champion_speaks_by_his_title(void)
{
    /* البطل ("the champion") is a role, with or without an adjective after it: before,
     * "وتابع البطل الأولمبي:" gave no quotation (البطل alone read as a family name) */
    struct doc *d = fx_annotate("وتابع البطل الأولمبي: «أمي كانت تتصل بي كل ليلة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أمي كانت", "البطل الأولمبي", QUOTE_DIRECT, -1);
}

static void test_the_object_after_a_body_is_not_its_name(void)
{
    /* "واستقبلت جامعة القاهرة الوفد": after a feminine head and its feminine complement,
     * a masculine definite noun agrees with neither and is the verb's object; an
     * adjective in ة or a sound plural goes on with the name */
    struct doc *d = fx_annotate("واستقبلت جامعة القاهرة الوفد الروسي صباح أمس.\n"
                                "وقالت هيئة الأركان المشتركة إن الوضع هادئ.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_entity(d, "جامعة القاهرة") != NULL);
    CHECK(fx_entity(d, "جامعة القاهرة الوفد الروسي") == NULL);
    CHECK(fx_entity(d, "هيئة الأركان المشتركة") != NULL);
}

static void test_a_police_force_named_by_its_city_speaks(void)
{
    /* شرطة heads a body's name (شرطة دبي، شرطة بغداد), as الشرطة is a body's role */
    struct doc *d = fx_annotate("وقالت شرطة دبي في بيان إن المتهمين اعتقلوا خلال ساعات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المتهمين اعتقلوا", "شرطة دبي", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "شرطة دبي") != NULL);
}

static void test_his_excellency_past_the_honorific_of_the_role(void)
{
    /* "وأكد معاليه": the minister, whose role opens with the honorific (معالي وزير
     * الصناعة), not the ambassador named after him */
    struct doc *d = fx_annotate("وزير الصناعة يستقبل وفدا كوريا\n"
                                "استقبل معالي وزير الصناعة والثروة المعدنية الأستاذ سلطان بن عبدالعزيز الفالح اليوم، "
                                "وفدًا من جمهورية كوريا برئاسة نائب وزير التجارة الكوري السيد بارك مين-سو، بحضور سفير "
                                "جمهورية كوريا لدى المملكة تشوي يونغ-هو.\n"
                                "واستعرض الجانبان خلال اللقاء فرص التعاون.\n"
                                "وأكد معاليه أن المملكة ماضية في تحقيق مستهدفاتها.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المملكة ماضية", "سلطان بن عبدالعزيز الفالح", QUOTE_INDIRECT, -1);
}

static void test_his_host_and_a_railway_authority(void)
{
    /* "أمام مضيفه": his host, a noun with its pronoun, is no participle cutting the
     * clause off its verb; "الهيئة القومية لسكك حديد مصر": ل + a bare noun in construct
     * with a place goes on with the body's name */
    struct doc *d = fx_annotate("قال بوتين أمام مضيفه إن روسيا «تقدّر عالياً» دعم بيونغ يانغ.\n"
                                "وأوضحت الهيئة القومية لسكك حديد مصر، في بيان، أن القطار تخطى إشارة حمراء.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "روسيا «تقدّر", "بوتين", QUOTE_MIXED, -1);
    expect(d, "القطار تخطى", "الهيئة القومية لسكك حديد مصر", QUOTE_INDIRECT, -1);
}

static void test_ali_between_given_name_and_name_after_an_unknown_role(void)
{
    /* "المستوردة فاطمة علي آدم": علي with its ي between a given name and a name word is
     * the name's, after a definite noun no list holds too (the preposition is على) */
    struct doc *d = fx_annotate("\"كنت أدفع 180 دولارا عن الحاوية\"، تقول المستوردة فاطمة علي آدم، التي تجلب الملابس من دبي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كنت أدفع", "فاطمة علي آدم", QUOTE_DIRECT, -1);
}

static void test_a_compound_given_name_as_the_topic_of_amma(void)
{
    /* "أما فاطمة الزهراء بنعلي، مسيرة شركة ...، فاعتبرت": the topic of أما, a compound
     * given name and a word no list holds right before the comma, is one name */
    struct doc *d = fx_annotate("أما فاطمة الزهراء بنعلي، مسيرة شركة لتصدير الفواكه الحمراء، فاعتبرت أن المشاركة "
                                "في المعرض فرصة ذهبية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المشاركة في", "فاطمة الزهراء بنعلي", QUOTE_INDIRECT, -1);
}

static void test_whom_a_headline_addresses_is_not_its_speaker(void)
{
    /* "وزير الداخلية للمواطنين:": the plural in لل before the colon is whom the words are
     * addressed to; the minister speaks */
    struct doc *d = fx_annotate("وزير الداخلية للمواطنين: التزموا بالتعليمات\n"
                                "أعلنت وزارة الداخلية إطلاق حملة توعية جديدة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التزموا بالتعليمات", "وزير الداخلية", -1, -1);
}

static void test_japanese_given_names_open_the_name(void)
{
    /* given names the list holds open the name before على of the verb (شدد على أن); two
     * words no list holds there were cut to the first */
    struct doc *d = fx_annotate("وشدد وزير الدفاع الياباني مينورو كيهارا على أن القوات رفعت درجة التأهب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "القوات رفعت", "مينورو كيهارا", QUOTE_INDIRECT, -1);
}

static void test_a_leader_an_interview_relays_is_not_its_guest(void)
{
    /* the introduction quotes the guest, then relays a leader's words from an agency:
     * the answers are the guest's, not the leader's named last */
    struct doc *d = fx_annotate("قال الباحث عبد الإله الحسناوي إن المعاهدة \"أسقطت آخر ما تبقى من إجماع دولي\". "
                                "وأوضح الحسناوي أن النقاش العام في سيول \"تغير بشكل جذري\". "
                                "بينما نقلت وكالة الأنباء المركزية الكورية عن الزعيم كيم جونغ أون قوله إن بلاده "
                                "\"ستفي بالتزاماتها\". وهذا نص الحوار:\n"
                                "س: كيف استقبل الشارع الكوري الجنوبي خبر المعاهدة؟\n"
                                "ج: باستغراب في البداية ثم بغضب، فالكوريون كانوا يعتبرون روسيا شريكا محايدا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "باستغراب في البداية", "عبد الإله الحسناوي", -1, -1);
}

static void test_an_interview_announced_by_its_introduction(void)
{
    /* "وفي ما يلي نص الحوار:" then questions with no label: the paragraph after each
     * question is the guest's answer */
    struct doc *d = fx_annotate("قال الدبلوماسي الروسي السابق إيغور سيميونوف إن المعاهدة «لم تكن ورقة بروتوكولية»، "
                                "وفي ما يلي نص الحوار:\n"
                                "هل فاجأتك سرعة إرسال الجنود إلى الجبهة؟\n"
                                "لم تفاجئني إطلاقاً، فالمادة الرابعة صيغت بعناية كي تسمح بذلك.\n"
                                "وماذا عن الصين؟\n"
                                "بكين صامتة، والصمت الصيني ليس رضا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لم تفاجئني", "إيغور سيميونوف", QUOTE_DIRECT, -1);
    expect(d, "بكين صامتة", "إيغور سيميونوف", QUOTE_DIRECT, -1);
}

static void test_the_guest_speaks_in_the_interview(void)
{
    /* "وأضاف X، في مقابلة خاصة مع الموقع، أن": the introduction names the guest as
     * speaking in the interview; a spokeswoman named after him is background */
    struct doc *d = fx_annotate("قال المستشار الأوكراني دميترو سافتشوك إن المعاهدة \"حولت أوكرانيا إلى ساحة تدريب\". "
                                "وأضاف سافتشوك، في مقابلة خاصة مع الموقع، أن كييف تملك \"أدلة موثقة\". في حين وصفت "
                                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا الاتهامات بأنها \"دعاية رخيصة\".\n"
                                "سؤال: ما الذي تغير ميدانيا منذ دخول المعاهدة حيز التنفيذ؟\n"
                                "جواب: في البداية كان الجنود يتكبدون خسائر فادحة، أما اليوم فقد تعلموا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "في البداية كان", "دميترو سافتشوك", -1, -1);
}

static void test_lee_with_a_hyphenated_given_name(void)
{
    /* "الباحث الكوري الجنوبي لي جي-هون": لي before given syllables glued by a hyphen is
     * the family name Lee, and the label "لي جي-هون:" names the answer's speaker */
    struct doc *d = fx_annotate("وقال الباحث الكوري الجنوبي لي جي-هون من معهد أسان إن العزلة لم تنته.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العزلة لم", "لي جي-هون", QUOTE_INDIRECT, -1);
}

static void test_a_family_name_then_the_verbs_object(void)
{
    /* "ونفى الطيب وجود خلافات": الطيب is أحمد الطيب named before (and a given name too);
     * وجود, a word the dictionary holds, is what he denied, not a second name */
    struct doc *d = fx_annotate("وقال أحمد الطيب إن الوضع مستقر. ونفى الطيب وجود أي خلافات داخل الحزب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_entity(d, "أحمد الطيب") != NULL);
    CHECK(fx_entity(d, "الطيب وجود") == NULL);
}

static void test_a_korean_syllable_in_ng_the_dictionary_reads_behind_a_clitic(void)
{
    /* "كيم سون كيونغ": كيونغ is a syllable in -ng, not ك + يونغ, though the dictionary
     * reads it so; the name keeps its three syllables */
    struct doc *d = fx_annotate("وقال نائب وزير الخارجية كيم سون كيونغ إن الاجتماعات مسرحية سياسية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاجتماعات مسرحية", "كيم سون كيونغ", QUOTE_INDIRECT, -1);
}

static void test_a_circumstance_in_a_noun_and_its_genitive_with_a_pronoun(void)
{
    /* "وقالت المحكمة في حيثيات حكمها إن": في, a bare noun and its genitive carrying the
     * subject's pronoun say where it was said; the speaker is the court alone */
    struct doc *d = fx_annotate("وقالت المحكمة في حيثيات حكمها إن التقرير الطبي أثبت خطأ المتهم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التقرير الطبي", "المحكمة", QUOTE_INDIRECT, -1);
}

static void test_the_seat_an_mp_stands_for_is_not_what_was_expressed(void)
{
    /* "أعرب عضو مجلس النواب عن دائرة طبرق، X، عن خشيته من أن": the first عن is the
     * seat; what was expressed follows the second, and the clause is still found */
    struct doc *d = fx_annotate("أعرب عضو مجلس النواب عن دائرة طبرق، سالم بوخطوة، عن خشيته من أن تتحول ليبيا "
                                "إلى ممر للأسلحة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "خشيته من أن تتحول", "سالم بوخطوة", QUOTE_INDIRECT, -1);
}

static void test_akmala_before_a_colon_goes_on_speaking(void)
{
    /* "وأكمل الهاجري: «...»": أكمل before a colon goes on with what was being said; with
     * an object and no colon it is no speech ("وأكمل الفريق المباراة") */
    struct doc *d = fx_annotate("وقال المدرب فواز الهاجري إن الفريق قوي. وأكمل الفريق المباراة بعشرة لاعبين. "
                                "وأكمل الهاجري: «المطيري أخطأ ونحن لا نبرر الخطأ».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المطيري أخطأ", "فواز الهاجري", QUOTE_DIRECT, -1);
    CHECK(d->n_quotes == 2);
}

static void test_an_aside_in_a_preposition_before_wa_huwa_ma(void)
{
    /* "...يوميا، في أول زيادة منذ عامين، وهو ما أكده X": the aside is not what was
     * confirmed; the clause before it is */
    struct doc *d = fx_annotate("وسجل إنتاج الحقول من الغاز نحو خمسة مليارات قدم مكعب يوميا، في أول زيادة منذ عامين، "
                                "وهو ما أكده المهندس صلاح عبد الكريم في تصريحات على هامش المؤتمر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "وسجل إنتاج الحقول", "صلاح عبد الكريم", QUOTE_INDIRECT, -1);
}

static void test_a_word_in_ba_after_a_verb_in_ala_is_where_the_speaker_works(void)
{
    /* "أكد مهندس في مديرية الطرق بمجلس المدينة أن": أكد takes على, so بمجلس المدينة is no
     * object of it but the engineer's workplace, in his phrase */
    struct doc *d = fx_annotate("أكد مهندس في مديرية الطرق بمجلس المدينة أن الآليات معطلة منذ أشهر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الآليات معطلة", "مهندس في مديرية الطرق بمجلس المدينة", QUOTE_INDIRECT, -1);
}

static void test_a_participle_after_relayed_words_does_not_take_them(void)
{
    /* "نقلت الوكالة عن الوالي، X، قوله إن «...»، داعيا المواطنين إلى": the participle goes
     * on to what follows; the relayed governor said the words */
    struct doc *d = fx_annotate("ونقلت وكالة السودان للأنباء (سونا) عن والي شمال كردفان، أحمد آدم بخيت، قوله إن "
                                "«الأبيض ستبقى عصية على المليشيا»، داعيا المواطنين إلى التزام الهدوء.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأبيض ستبقى", "أحمد آدم بخيت", QUOTE_DIRECT, -1);
}

static void test_what_someone_told_him_after_ma_then_a_colon(void)
{
    /* "ويستشهد الكاتب بما قاله له دبلوماسي غربي: «...»": قاله after ما is the verb with
     * its object, whose subject follows; a heading "ما يقوله المحللون:" and a source's
     * "بحسب ما نقله X" keep their own readings */
    struct doc *d = fx_annotate("ويستشهد الكاتب بما قاله له دبلوماسي غربي سابق: «بوتين لا يوقع معاهدات من أجل "
                                "الصداقة».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "بوتين لا يوقع", "دبلوماسي غربي سابق", QUOTE_DIRECT, -1);
    d = fx_annotate("وقال الأب شمعون، بحسب ما نقله مصلون للقناة: «صلوا من أجل الجنود».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "صلوا من أجل", "شمعون", QUOTE_DIRECT, -1);
}

static void test_a_name_in_four_parts_ends_in_a_family_nisba(void)
{
    /* "أحمد حسين علوان الشمري"، "جاسم محمد علي الربيعي"، "عبد الرحمن نوري جاسم
     * المشهداني": given name, father's, grandfather's and the family nisba in ال */
    struct doc *d = fx_annotate("وقال الباحث أحمد حسين علوان الشمري إن الاستقرار لن يدوم. واستبعد قائممقام "
                                "المقدادية، جاسم محمد علي الربيعي، وجود نزاع. ورجح المستشار عبد الرحمن نوري جاسم "
                                "المشهداني أن الدولار سيستقر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الاستقرار لن", "أحمد حسين علوان الشمري", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "جاسم محمد علي الربيعي") != NULL);
    expect(d, "الدولار سيستقر", "عبد الرحمن نوري جاسم المشهداني", QUOTE_INDIRECT, -1);
}

static void test_a_kunya_a_given_name_and_a_bare_family_name(void)
{
    /* "وتقول أم حسن شمص، التي ..."، "أما أم محمد عويس، وهي ...": the kunya opens the
     * name of the mother who speaks, not "حسن شمص" her son */
    struct doc *d = fx_annotate("وتقول أم حسن شمص، التي تسلمت مفتاح شقتها، إنها لم تصدق. أما أم محمد عويس، وهي أم "
                                "لثلاث طالبات، فقالت إن بناتها يمشين كثيرا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لم تصدق", "أم حسن شمص", QUOTE_INDIRECT, -1);
    expect(d, "بناتها يمشين", "أم محمد عويس", QUOTE_INDIRECT, -1);
}

static void test_an_introduction_that_calls_the_piece_an_interview(void)
{
    /* "وتطرق X، في هذا الحوار مع الموقع، إلى ...", then lines that are one question each
     * with no label: the paragraph after each question is the guest's answer */
    struct doc *d = fx_annotate("قال حسن أوبلا، أستاذ العلاقات الدولية، إن المعاهدة تؤشر على نهاية العزلة.\n\n"
                                "وتطرق أوبلا، في هذا الحوار مع الموقع، إلى انعكاسات المعاهدة.\n\n"
                                "ما الذي يميز هذه المعاهدة؟\n\n"
                                "الجديد هو بند الدفاع المشترك، وهذا تحول نوعي.\n\n"
                                "هل يتأثر المغرب بها؟\n\n"
                                "لا أعتقد ذلك بشكل مباشر، فالرباط حافظت على موقف متوازن.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجديد هو بند", "حسن أوبلا", QUOTE_DIRECT, -1);
    expect(d, "لا أعتقد ذلك", "حسن أوبلا", QUOTE_DIRECT, -1);
    /* the interviewer's verb with its place before the colon, or the word مقابلة: the
     * interview words of markers.tsv, whatever clitics they carry */
    d = fx_annotate("الباحثة سلمى الرفاعي لـ«الأفق»: الشراكة تقلق الجيران\n"
                    "حاورتها في عمّان: منى داود\n"
                    "تدرّس سلمى الرفاعي العلاقات الدولية منذ عشرين عاما.\n"
                    "كيف قرأتم المعاهدة؟\n"
                    "قرأناها بقلق، فهي أبعد من تبادل تجاري.\n"
                    "وما موقف عمّان؟\n"
                    "عمّان تراقب بهدوء، ولن تستعجل الحكم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "قرأناها بقلق", "سلمى الرفاعي", QUOTE_DIRECT, -1);
    expect(d, "عمّان تراقب", "سلمى الرفاعي", QUOTE_DIRECT, -1);
    CHECK(fx_quote(d, "كيف قرأتم") == NULL);
    d = fx_annotate("وقال المحلل وليد عازار إن الشراكة مفاجئة.\n\n"
                    "وتحدث عازار، في هذه المقابلة مع الموقع، عن آثارها.\n\n"
                    "ماذا تغير بعد التوقيع؟\n\n"
                    "تغير الكثير، فالتحالف صار مكتوبا.\n\n"
                    "وهل تتدخل بكين؟\n\n"
                    "بكين لن تتدخل علنا في هذه المرحلة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تغير الكثير", "وليد عازار", QUOTE_DIRECT, -1);
    expect(d, "بكين لن تتدخل", "وليد عازار", QUOTE_DIRECT, -1);
}

static void test_the_genitive_of_a_role_is_not_that_role(void)
{
    /* "X، محامي المتهم،": the lawyer is no defendant; "وقال المتهم" is someone else */
    struct doc *d = fx_annotate("وقال الأستاذ يوسف دحمون، محامي المتهم، إن الخبرة أحادية الجانب. وقال المتهم إنه "
                                "لم يخالف القانون.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الخبرة أحادية", "يوسف دحمون", QUOTE_INDIRECT, -1);
    const struct quote *q = fx_quote(d, "لم يخالف");
    CHECK(q != NULL);
    CHECK(q == NULL || !q->speaker_name || strcmp(q->speaker_name, "يوسف دحمون") != 0);
}

static void test_whom_an_interview_was_given_to_is_not_its_speaker(void)
{
    /* "وفي مقابلة مع وكالة X، شدد على أن": the agency is whom the words were told; the
     * elided subject is the one speaking before. A comment from a state is still its
     * author ("ولم يصدر أي تعليق من X، التي ... عندما وصفت"). */
    struct doc *d = fx_annotate("وقال وزير الدفاع بارك جون سو إن بلاده تراقب الموقف. وفي حديث مع وكالة الأناضول، شدد "
                                "على أن سيول لن تبدأ أي تصعيد.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "سيول لن تبدأ", "بارك جون سو", QUOTE_INDIRECT, RESOLVED_ELIDED);
    d = fx_annotate("ولم يصدر أي تعليق من طهران، التي نفت في مارس الماضي إرسال خبراء، عندما وصفت التقارير بأنها "
                    "مفبركة بالكامل.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "مفبركة", "طهران", -1, -1);
}

static void test_hajj_and_a_title_inside_a_name(void)
{
    /* الحاج after a given name and its tail, before a name's word or a word of the
     * dictionary where the name ends, begins the family name; so does a title in ال
     * before a family nisba */
    struct doc *d = fx_annotate("وفي صفاقس، أفاد رئيس الهيئة الجهوية، صلاح الدين الحاج عمر، بأن الفرز انتهى. "
                                "وأكدت منسقة الشبكة، سلمى الحاج عصفور، أن المراقبين رصدوا خروقات. "
                                "وقال المواطن خالد الصغير الورفلي (52 عاما) إن الأسعار أهم من الانتخابات.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الفرز انتهى", "صلاح الدين الحاج عمر", QUOTE_INDIRECT, -1);
    expect(d, "المراقبين رصدوا", "سلمى الحاج عصفور", QUOTE_INDIRECT, -1);
    expect(d, "الأسعار أهم", "خالد الصغير الورفلي", QUOTE_INDIRECT, -1);
}

static void test_the_us_commands_that_answer_a_launch(void)
{
    /* a US command's name runs through its theatre; the knowledge base holds its spellings */
    struct doc *d = fx_annotate("وقالت القيادة الأمريكية في المحيطين الهندي والهادئ إنها تتابع عملية الإطلاق عن كثب. "
                                "وأكدت قيادة القوات الأمريكية في كوريا أن جاهزيتها لم تتغير.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تتابع عملية الإطلاق", "القيادة الأمريكية في المحيطين الهندي والهادئ", QUOTE_INDIRECT, -1);
    expect(d, "جاهزيتها لم تتغير", "قيادة القوات الأمريكية في كوريا", QUOTE_INDIRECT, -1);
    const struct entity *e = fx_entity(d, "القيادة الأمريكية في المحيطين الهندي والهادئ");
    CHECK(e && e->kb && !strcmp(e->kb->id, "indopacom"));
}

static void test_a_dictionary_word_before_an_unknown_one_after_a_title(void)
{
    /* after a title, a word of the dictionary before one no dictionary knows, where the
     * phrase ends, is a given name and its family name; a noun and its adjective are not */
    struct doc *d = fx_annotate("وقال الدكتور شاهين أوغوزلو، أستاذ العلاقات الدولية في أنقرة، إن الشراكة ستصمد. "
                                "وقال أستاذ علوم سياسية في الجامعة إن الأمر مبالغ فيه.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشراكة ستصمد", "شاهين أوغوزلو", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "شاهين أوغوزلو") != NULL);
    CHECK(fx_entity(d, "علوم سياسية") == NULL);
    /* a given name no dictionary knows, then a family name the dictionary holds too,
     * before where it was said */
    d = fx_annotate("وقال وزير الخارجية الإيطالي لويجينو كاسيس في مؤتمر صحفي إن روما تدعم العقوبات.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "روما تدعم", "لويجينو كاسيس", QUOTE_INDIRECT, -1);
}

static void test_korean_names_and_an_opinion_piece(void)
{
    /* a third given syllable that spells a common word, where the phrase ends; Byun as a
     * family name; رأي after مقال is the noun "opinion", no verb of saying */
    struct doc *d = fx_annotate("وقالت المتحدثة باسم الوزارة هان سو ريون في إفادة صحفية إن الوزارة تتابع التقارير. "
                                "ويرى الباحث بيون تشول-مين، في مقال رأي نشرته صحيفة محلية، أن على سيول التحرك.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوزارة تتابع", "هان سو ريون", QUOTE_INDIRECT, -1);
    expect(d, "على سيول التحرك", "بيون تشول-مين", QUOTE_INDIRECT, -1);
    const struct quote *q = fx_quote(d, "على سيول التحرك");
    CHECK(q != NULL && d->tokens[q->cue_tok].lex_prefix == 1); /* ويرى, not رأي */
}

static void test_an_honorific_pronoun_names_whom_the_text_gave_that_honorific(void)
{
    /* معاليه is the one person the text called معالي, not the envoy named last (سعادة) */
    struct doc *d = fx_annotate("استقبل معالي نائب وزير الخارجية المهندس سالم بن راشد الغافري، في مقر الوزارة اليوم، "
                                "سعادة سفير اليابان لدى السلطنة السيد تاكيشي موري.\n"
                                "وتناول الجانبان العلاقات الثنائية وسبل تعزيزها.\n"
                                "وأكد معاليه أن السلطنة تتابع التطورات في شرق آسيا باهتمام.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "السلطنة تتابع", "سالم بن راشد الغافري", QUOTE_INDIRECT, RESOLVED_PRONOUN);
}

static void test_a_family_name_the_dictionary_holds_before_the_verbs_preposition(void)
{
    /* كلاين is a word of the dictionary too; "على أن" after it ends the name as إن would */
    struct doc *d = fx_annotate("وشددت المتحدثة باسم مكتب الادعاء الاتحادي في فيينا إلسه كلاين على أن التحقيق "
                                "سيشمل شركات الشحن كلها.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "التحقيق سيشمل", "إلسه كلاين", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_the_dutch_particle_van_inside_a_name_after_an_institute(void)
{
    /* فان is also فإن without its hamza; between two words of a name, before a word no
     * dictionary knows, it is the particle, and the institute's name stops before them */
    struct doc *d = fx_annotate("وترى الباحثة في معهد هاخستيد سيم فان دالخوت أن الشحنات "
                                "مرت عبر ثلاثة موانئ.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الشحنات مرت", "سيم فان دالخوت", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_the_author_as_a_role_noun_and_as_a_title(void)
{
    /* المؤلفة refers back to the woman who wrote the book; كاتبة and محرر are titles
     * before a name */
    struct doc *d = fx_annotate("وقدمت الباحثة ليلى منصور كتابها الجديد عن السياسة الروسية في آسيا. وأوضحت المؤلفة أن "
                                "موسكو تبحث عن شركاء جدد. وقال محرر الشؤون الآسيوية سامر عويس إن الكتاب يسد فراغا.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "موسكو تبحث", "ليلى منصور", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "الكتاب يسد", "سامر عويس", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_a_describing_verb_after_a_relative_pronoun_has_the_antecedent_for_subject(void)
{
    /* "الذي وصف الناقد بأنه": the critic is described; the man الذي stands for describes */
    struct doc *d = fx_annotate("وقدم الندوة الدكتور مازن الحلبي، أستاذ التاريخ الحديث في جامعة دمشق، الذي وصف الناقد "
                                "بأنه «صوت نادر في زمن الضجيج».");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "صوت نادر", "مازن الحلبي", QUOTE_DIRECT, -1);
}

static void test_lee_after_a_verb_before_a_whole_korean_name(void)
{
    /* "وقال لي سانغ-مين،": لي with a given name glued by a hyphen, where the phrase ends,
     * is the family name, not "to me" */
    struct doc *d = fx_annotate("وقال لي سانغ-مين، مدير المبيعات في شركة «دايوو للمعدات»، إن الطلب على الرافعات "
                                "تضاعف هذا العام.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الطلب على الرافعات", "لي سانغ-مين", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_our_correspondent_as_a_title(void)
{
    /* مراسلتنا، موفدنا: the outlet's own correspondent, a title with its pronoun, before
     * where she reports from and her name */
    struct doc *d = fx_annotate("وأفادت مراسلتنا في طوكيو هالة السعدي بأن الحكومة عقدت اجتماعا طارئا. وقال موفدنا إلى "
                                "سيول باسل الخطيب إن الشوارع بقيت هادئة.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحكومة عقدت", "هالة السعدي", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "الشوارع بقيت", "باسل الخطيب", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_jang_as_a_korean_family_name(void)
{
    /* جانغ is a family name: its third syllable هو is the name's, not "he" */
    struct doc *d = fx_annotate("وقال نائب وزير الدفاع الكوري الجنوبي جانغ تشول هو للصحفيين إن الجيش رفع "
                                "درجة التأهب.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الجيش رفع", "جانغ تشول هو", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_a_sermon_is_a_statement_noun(void)
{
    /* "في عظته" says where the words were spoken, not who spoke: the role noun before it is
     * the patriarch named earlier, and عظة after his name is no family name */
    struct doc *d = fx_annotate("وألقى المطران يوحنا عظة في كنيسة القيامة صباح الأحد. وقال المطران في عظته: «السلام "
                                "لا يصنعه السلاح».");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "السلام لا يصنعه", "يوحنا", QUOTE_DIRECT, RESOLVED_ROLE_NOUN);
}

static void test_a_two_letter_family_name_after_its_title_in_a_relay(void)
{
    /* "أن الفريق كو حذر من أن": the general named in full before, by his two-letter
     * family name after his title, is the relayed speaker, not the agency */
    struct doc *d = fx_annotate("وقال الفريق كو مين تشول إن المناورات استفزاز. وأضافت الوكالة أن الفريق كو حذر من أن "
                                "أي خرق جديد سيقابل برد حازم.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أي خرق جديد", "كو مين تشول", QUOTE_INDIRECT, -1);
}

static void test_the_united_nations_command_is_a_body_of_its_own(void)
{
    /* قيادة الأمم المتحدة is the command in Korea, not the United Nations */
    struct doc *d = fx_annotate("وأكدت قيادة الأمم المتحدة أنها أبلغت الجانب الشمالي بالحادث عبر خط الاتصال في بانمونجوم.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أبلغت الجانب الشمالي", "قيادة الأمم المتحدة", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    const struct entity *e = fx_entity(d, "قيادة الأمم المتحدة");
    CHECK(e != NULL && e->kb != NULL && !strcmp(e->kb->id, "unc"));
}

static void test_a_woman_scientist_heads_a_headline(void)
{
    /* "عالمة ألمانية: ..." over the piece: the scientist the body names */
    struct doc *d = fx_annotate("ذوبان الجليد يتسارع.. وعالمة ألمانية: القطب لن يعود كما عرفناه\n"
                                "وقالت عالمة المناخ هايكه برانت إن الجليد البحري تراجع بنسبة قياسية هذا الصيف.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "القطب لن يعود", "هايكه برانت", -1, -1);
}

static void test_a_body_in_marks_after_a_role_and_an(void)
{
    /* "مندوب عن «نوفا للشحن»، طلب عدم ذكر اسمه، أن": the marks name the body the role
     * speaks for; they are no quotation, and the speaker is the role with its body */
    struct doc *d = fx_annotate("ونفى مندوب عن «نوفا للشحن البحري»، طلب عدم ذكر اسمه، أن تكون الشركة قد نقلت أي شحنة "
                                "إلى ميناء ناخودكا.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تكون الشركة", "مندوب عن «نوفا للشحن البحري»", QUOTE_INDIRECT, -1);
    CHECK(fx_entity(d, "نوفا للشحن البحري") != NULL);
}

static void test_a_nationality_family_name_after_a_title_before_any_verb(void)
{
    /* الكردي after a title and a given name is his family name before a verb no list holds
     * (خالف), as before قال */
    struct doc *d = fx_annotate("وقال اللواء المتقاعد فايز الدويري إن الأرقام دقيقة. غير أن العقيد الركن المتقاعد سامر الكردي خالف "
                                "زميله، معتبرا أن الأرقام مبالغ فيها.");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأرقام مبالغ", "سامر الكردي", QUOTE_INDIRECT, -1);
}

static void test_a_dateline_with_the_paper_in_marks(void)
{
    /* "نيويورك: «الشرق الأوسط»": the dateline of a paper that writes its own name in marks
     * under the headline, no one's words */
    struct doc *d = fx_annotate("مجلس الأمن ينقسم حول الممر البحري\nنيويورك: «الشرق الأوسط»\n\nحذرت المسؤولة الأممية "
                                "من أن الممر خطير.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_quotes, 1);
    expect(d, "الممر خطير", "المسؤولة الأممية", QUOTE_INDIRECT, -1);
}

static void test_a_forum_named_in_marks_inside_an_aside(void)
{
    /* "ضمن «ملتقى دبي للأمن السيبراني»": a forum named in marks, with its place, in an aside
     * between the verb and أن, is no quotation; the words after أن are */
    struct doc *d = fx_annotate("وقال الباحث كيم سو-هيون إن الأمر خطير.\n\nوأضاف كيم، في جلسة حوارية ضمن «ملتقى دبي "
                                "للأمن السيبراني» أمس، أن «هذه الأموال تذهب إلى برامج الصواريخ».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "ملتقى") == NULL);
    expect(d, "هذه الأموال", "كيم سو-هيون", QUOTE_DIRECT, -1);
}

static void test_a_quotation_credited_after_a_dash_on_a_bulleted_line(void)
{
    /* "▪ «...» - الرئيس X": a digest's bulleted line, a quotation and, after the dash, who
     * said it */
    struct doc *d = fx_annotate("أبرز التصريحات\n\n▪ «كل صاروخ يصل من بيونغ يانغ يسقط على مدننا» - الرئيس الأوكراني "
                                "فولوديمير زيلينسكي في خطابه المسائي\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كل صاروخ", "فولوديمير زيلينسكي", QUOTE_DIRECT, -1);
}

static void test_a_nickname_after_wa_and_its_participle(void)
{
    /* "والمعروف بـ«وزير القائد»": a nickname in marks after a participle with و on it is a
     * name; the words after أن are his */
    struct doc *d = fx_annotate("أكد صالح محمد العراقي، المقرب من مقتدى الصدر والمعروف بـ«وزير القائد»، في بيان نشره "
                                "على منصة إكس، أن المقاطعة «موقف ثابت لا رجعة فيه».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "وزير القائد") == NULL);
    expect(d, "المقاطعة", "صالح محمد العراقي", QUOTE_MIXED, -1);
}

static void test_a_professor_spelled_without_ya(void)
{
    /* البروفسورة: the title written without its ي, before a Japanese name in its order */
    struct doc *d = fx_annotate("أما البروفسورة ناكامورا يوكو، أستاذة القانون الدولي في جامعة كيوشو، فقد قالت للصحيفة "
                                "إن طوكيو تفضل الحوار.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "طوكيو تفضل", "ناكامورا يوكو", QUOTE_INDIRECT, -1);
}

static void test_the_owner_of_a_tanker_speaks(void)
{
    /* "وهو ما نفاه مالك الناقلة": the owner and what he owns are the speaker, unnamed */
    struct doc *d = fx_annotate("واتهمت السلطات الناقلة بنقل الوقود إلى سفينة مجهولة، وهو ما نفاه مالك الناقلة في رسالة "
                                "إلى السلطات، مؤكدا أن السفينة لم تغادر المياه الدولية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "السفينة لم تغادر", "مالك الناقلة", QUOTE_INDIRECT, -1);
}

static void test_words_told_to_an_outlet_with_a_dot(void)
{
    /* "للعربية.نت:": the outlet's dot ends no clause; the words after the colon are hers.
     * A mufti is a title: the headline's role is the mufti the body names */
    struct doc *d = fx_annotate("مفتي داغستان لـ«الشرق الأوسط»: طلابنا في القاهرة ليسوا رهائن\n"
                                "أكد مفتي داغستان الشيخ أحمد حاجي ماغوميدوف أن الطلاب سيعودون. وقالت المحللة نيلوفر "
                                "إسماعيلوفا للعربية.نت: \"الخطر الحقيقي ليس عسكريا بل مصرفي\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "طلابنا في القاهرة", "أحمد حاجي ماغوميدوف", QUOTE_INDIRECT, -1);
    expect(d, "الخطر الحقيقي", "نيلوفر إسماعيلوفا", QUOTE_DIRECT, -1);
}

static void test_a_source_with_its_relative_clause_and_a_titled_report(void)
{
    /* "بحسب موقع «...» الذي يتخذ من سول مقرا": the relative clause describes the source,
     * to the sentence's end; المعنون before marks gives the report's title, no quote */
    struct doc *d = fx_annotate("قفز سعر الأرز في سوق مدينة هيسان إلى نحو 9 آلاف وون هذا الأسبوع، بحسب موقع \"ديلي إن "
                                "كيه\" الإخباري الذي يتخذ من سول مقرا ويعتمد على مصادر داخل البلاد.\n\n"
                                "أما المقررة الخاصة إليزابيث سالمون، فرأت في تقريرها الأخير المعنون «عمال بلا أسماء» أن "
                                "ظروف العمل في المصنع “قد ترقى إلى العمل القسري”.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "قفز سعر الأرز", "ديلي إن كيه", QUOTE_INDIRECT, -1);
    expect(d, "ظروف العمل في المصنع", "إليزابيث سالمون", QUOTE_MIXED, -1);
    CHECK(fx_quote(d, "عمال بلا أسماء") == NULL);
}

static void test_a_shaikh_by_his_given_name_and_a_korean_woman(void)
{
    /* "عن الشيخ جراح قوله": the shaikh named in full before; "تستعيد تشوي مي ران": the
     * feminine verb says she is a woman, so "وتضيف" after a headline's group is hers */
    struct doc *d = fx_annotate("منشقون لـ\"الحرة\": الحملة على الأسواق تدفع التجار إلى البيع ليلا\n"
                                "في شقة صغيرة بسول، تستعيد تشوي مي ران آخر يوم لها في سوق هيسان.\n"
                                "تقول تشوي إن التجار كانوا يدفعون رشاوى شهرية.\n"
                                "وتضيف: \"كان سعر الأرز يتغير مرتين في اليوم\".\n\n"
                                "وكان وكيل وزارة الخارجية الشيخ جراح جابر الأحمد قد استقبل السفير. ونقلت الوكالة عن "
                                "الشيخ جراح قوله إن الكويت «تقدر الموقف الياباني».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كان سعر الأرز", "تشوي مي ران", QUOTE_DIRECT, -1);
    expect(d, "الكويت", "جراح جابر الأحمد", QUOTE_MIXED, -1);
}

static void test_mr_and_a_family_name_in_marks(void)
{
    /* "«سيد ريدفيلد، ...»": سيد opening the words in marks is "Mr", and the family name is
     * the assistant secretary's; the words after "فرد ريدفيلد" are his */
    struct doc *d = fx_annotate("وقال مساعد وزير الخارجية توماس ريدفيلد في مستهل الجلسة إن الإدارة «تتابع كل شحنة». لكن "
                                "السيناتور كريس فان هولن قاطعه قائلا: «سيد ريدفيلد، أنتم تديرون الأزمة بالبيانات». فرد "
                                "ريدفيلد بأن الوزارة «لا تملك ترف الصمت».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الوزارة", "توماس ريدفيلد", QUOTE_MIXED, -1);
    CHECK(fx_entity(d, "سيد ريدفيلد") == NULL);
}

static void test_a_partys_secretary(void)
{
    /* سكرتير is a title: "سكرتير اللجنة المركزية للحزب X إن" has X speak (before, the
     * sentence lost its quotation) */
    struct doc *d = fx_annotate("وقال سكرتير اللجنة المركزية للحزب عوض الكريم محجوب إن الحزب “لا يقيس مواقفه بمسطرة "
                                "الحرب الباردة”.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحزب", "عوض الكريم محجوب", QUOTE_MIXED, -1);
    /* (and so are مؤسس and مخرج: the founder speaks, before whom he told; the phrase
     * keeps للصحفيين, which structure alone cannot tell from a body's remit, "المنسقية
     * العامة للنازحين") */
    d = fx_annotate("وقال مؤسس اللجنة للصحفيين إن الوضع صعب. وأوضح مخرج الفيلم أحمد سعيد أن التصوير انتهى.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "الوضع صعب");
    CHECK(q != NULL && q->speaker_name && !strncmp(q->speaker_name, "مؤسس اللجنة", strlen("مؤسس اللجنة")));
    expect(d, "التصوير انتهى", "أحمد سعيد", QUOTE_INDIRECT, -1);
    /* (a noun no list holds, in construct with a role noun, is someone described: before,
     * "حارس اللجنة للصحفيين" named no one and the quotation was dropped) */
    d = fx_annotate("وقال حارس اللجنة للصحفيين إن الأبواب أغلقت مبكرا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    q = fx_quote(d, "الأبواب أغلقت");
    CHECK(q != NULL && q->speaker_name && !strncmp(q->speaker_name, "حارس اللجنة", strlen("حارس اللجنة")));
}

static void test_a_role_noun_describing_a_definite_object(void)
{
    /* "ووصفت الصحيفة المعاهدة بأنها": the role noun is the subject and the definite word
     * after it what is described (before, الصحيفة was read as the object, the subject
     * elided, and the quotation lost); so too with an aside after the role noun */
    struct doc *d = fx_annotate("خصصت صحيفة “النجمة” صفحتها الأولى للاتفاق. ووصفت الصحيفة الاتفاق بأنه “جسر بين "
                                "الشعبين”. ثم وصفت الصحيفة، في افتتاحيتها، الزيارة بأنها “حدث نادر”.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "جسر بين", "النجمة", QUOTE_DIRECT, -1);
    expect(d, "حدث نادر", "النجمة", QUOTE_DIRECT, -1);
    /* (a definite role before its nisba adjective and سابق keeps them: "ووصف الوزير الروسي
     * السابق المعاهدة الجديدة بأنها") */
    d = fx_annotate("قال الوزير سيرغي لافروف إن الوضع صعب. ووصف الوزير الروسي السابق المعاهدة الجديدة بأنها "
                    "تاريخية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "تاريخية", "سيرغي لافروف", QUOTE_INDIRECT, -1);
}

static void test_an_age_before_an_and_elderly_people_referred_back(void)
{
    /* "وأعرب بارك (41 عاما) عن قلقه من أن": an age in parentheses between the speaker and
     * عن; and المسنة, the elderly woman quoted before */
    struct doc *d = fx_annotate("قال بارك يونغ جين إن الوضع صعب. وأعرب بارك (41 عاما) عن قلقه من أن تشدد الحكومة "
                                "الرقابة.\n«نحن عالقون»، قالت كيم بوك سون (84 عاما). وأضافت المسنة، التي وصلت "
                                "عائلتها من جيجو، أن ابنها يحمل الجنسية الكورية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "قلقه من أن", "بارك يونغ جين", QUOTE_INDIRECT, -1);
    expect(d, "ابنها يحمل", "كيم بوك سون", QUOTE_INDIRECT, -1);
}

static void test_a_person_noun_right_after_the_one_described(void)
{
    /* "تطبخ سونغ مين جي ... وتقول الشابة البالغة من العمر 34 عاما، ...، إن": a noun that says
     * only "a young woman" right after the sentence that described one woman is her (her
     * age is no more than an adjective of the noun; the verb before the syllables says she
     * is a woman) */
    struct doc *d = fx_annotate("تطبخ سونغ مين جي أطباقا من مدينتها. وتقول الشابة البالغة من العمر 34 عاما، التي "
                                "عبرت النهر عام 2014، إن الأمومة في الشمال \"واجب وطني\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الأمومة في الشمال", "سونغ مين جي", QUOTE_MIXED, -1);
}

static void test_a_bodys_name_in_marks_inside_a_role_and_new_role_nouns(void)
{
    /* "قال رئيس شركة "أولان باتور للسكك الحديدية" X إن": the words in marks after the bare
     * head of a body in a role, before the holder's name, are the body's name, not a
     * quotation; المعارض and المطور refer back to who spoke; قرغيزستان is a country */
    struct doc *d = fx_annotate("قال رئيس شركة \"أولان باتور للسكك الحديدية\" غانتومور دورجسورين إن البضائع "
                                "زادت.\nقال فلاديمير أوسيبوف إن الوضع صعب. وقال المعارض، في ندوة بعنوان «روسيا "
                                "بعد بوتين»: «من يصافح كيم اليوم لن يتردد غدا».\nأكدت قرغيزستان أنها ليست معنية "
                                "بالالتزامات العسكرية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "البضائع زادت", "غانتومور دورجسورين", QUOTE_INDIRECT, -1);
    CHECK(fx_quote(d, "أولان باتور") == NULL);
    expect(d, "من يصافح كيم", "فلاديمير أوسيبوف", QUOTE_DIRECT, -1);
    expect(d, "ليست معنية", "قرغيزستان", QUOTE_INDIRECT, -1);
}

static void test_a_ships_name_in_marks_after_the_role_that_governs_it(void)
{
    /* "قبطان سفينة الصيد "أدميرال نيفيلسكوي" دميتري كوزلوف": words in marks after a role
     * and the nouns it governs, right before the holder's name, name the ship; the captain
     * is the speaker of what follows إن */
    struct doc *d = fx_annotate("ويقول قبطان سفينة الصيد \"أدميرال نيفيلسكوي\" دميتري كوزلوف، الذي يعمل من ميناء "
                                "ناخودكا، إن الحصص الروسية لم تعد تكفي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "\"أدميرال") == NULL);
    expect(d, "الحصص الروسية", "دميتري كوزلوف", QUOTE_INDIRECT, -1);
}

static void test_a_role_with_a_nationality_in_the_body_points_back(void)
{
    /* "إذ قال الرئيس البيلاروسي:" in the body is the president named before (لوكاشينكو),
     * not a committee's head whose role, written below, also holds رئيس and البيلاروسي */
    struct doc *d = fx_annotate("فياتشوركا: لوكاشينكو يبيع السيادة\n\n"
                                "تحدث المعارض البيلاروسي فياتشوركا إلى القناة من فيلنيوس. وهاجم خلال المقابلة "
                                "سياسة مينسك الخارجية.\n"
                                "جاءت تصريحات فياتشوركا ردا على حديث لوكاشينكو، إذ قال الرئيس البيلاروسي أمام "
                                "منتدى الأقاليم: \"لماذا نبقى نحن خارج الغرفة؟\".\n"
                                "من جهته، دافع رئيس لجنة الأمن الوطني في مجلس النواب البيلاروسي دميتري بيلياكوف "
                                "عن موقف الرئيس، معتبرا أن \"من حق بيلاروسيا أن تختار\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لماذا نبقى", "لوكاشينكو", QUOTE_DIRECT, -1);
    expect(d, "من حق بيلاروسيا", "دميتري بيلياكوف", QUOTE_DIRECT, -1);
}

static void test_a_companys_name_in_marks_after_its_head_in_lam(void)
{
    /* "المدير العام لشركة "يانبيان للنقل متعدد الوسائط" ليانغ هاي تاو": the marks after the
     * body's head in ل, past the role's adjective, name the company; the director speaks */
    struct doc *d = fx_annotate("ويقول المدير العام لشركة \"يانبيان للنقل متعدد الوسائط\" ليانغ هاي تاو لـ«العين» إن "
                                "شركته حولت ثلث رحلاتها.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "يانبيان") == NULL);
    expect(d, "شركته حولت", "ليانغ هاي تاو", QUOTE_INDIRECT, -1);
}

static void test_a_closing_tag_alone_makes_its_sentence_a_quotation(void)
{
    /* "وأطفالها الخمسة يأكلون وجبة واحدة، على حد قولها.": a closing tag ending a sentence no
     * other cue quoted is its cue; its pronoun points to the woman quoted before */
    struct doc *d = fx_annotate("وقالت أم أحمد إن المخيم مزدحم. وأطفالها الخمسة يأكلون اليوم وجبة واحدة من العصيدة، "
                                "على حد قولها. وقال الطبيب إن الوضع صعب، على حد تعبيره.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->n_quotes == 3);
    const struct quote *q = fx_quote(d, "وأطفالها الخمسة");
    CHECK(q && q->speaker_name && !strcmp(q->speaker_name, "أم أحمد"));
    expect(d, "الوضع صعب", "الطبيب", QUOTE_INDIRECT, -1);
}

static void test_in_the_words_of_a_named_speaker(void)
{
    /* "...، بحسب تعبير الزبيدي.": بحسب تعبير، حسب تعبير، وفق تعبير with a name after them
     * close the words before them, as على حد تعبير does */
    struct doc *d = fx_annotate("وقال النائب عدنان الزبيدي إن الحكومة مترددة. وستبقى بغداد \"تمسك العصا من المنتصف\" "
                                "إلى أن تتضح نتائج الحرب، بحسب تعبير الزبيدي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "وستبقى بغداد");
    CHECK(q && q->speaker_name && !strcmp(q->speaker_name, "عدنان الزبيدي"));
}

static void test_a_closing_mark_before_a_sources_comma_stays(void)
{
    /* "وارتفعت الأسعار "بشكل جنوني"، بحسب أحد التجار": the words end with their closing
     * mark, not halfway inside the marks */
    struct doc *d = fx_annotate("وارتفعت الأسعار \"بشكل جنوني\"، بحسب أحد التجار.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "وارتفعت الأسعار");
    CHECK(q && !strcmp(fx_text(d, q->content), "وارتفعت الأسعار \"بشكل جنوني\""));
}

static void test_a_family_name_alone_is_the_one_of_that_family_who_spoke(void)
{
    /* "ويختم كيم حديثه بالقول:" after the leader كيم جونغ أون was named: the Kim who has been
     * speaking, the defector كيم تشول هو, goes on (not a woman of the family: the verb's
     * gender still rules) */
    struct doc *d = fx_annotate("ويقول كيم تشول هو، وهو منشق فر من الشمال عام 2016، إن شقيقه يخدم في الجيش.\n"
                                "وكان الرئيس الأوكراني قد عرض تسليم الأسيرين إلى الزعيم الكوري الشمالي كيم جونغ أون.\n"
                                "ويختم كيم حديثه بالقول: «أمي في الشمال لا تعرف إن كنت حيا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أمي في الشمال", "كيم تشول هو", QUOTE_DIRECT, RESOLVED_SURNAME);
}

static void test_a_passive_present_verb_goes_on_with_the_words(void)
{
    /* "، ويُتوقع": a verb in ت voweled as passive opens no one's next words; the source's
     * words go on through it */
    struct doc *d = fx_annotate("وبحسب المسؤول إيغور ستيبانينكو، فإن أعمال الجسر بلغت 60 في المئة، ويُتوقع افتتاحه في "
                                "الربيع المقبل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *qt = fx_quote(d, "أعمال الجسر");
    CHECK(qt != NULL);
    if (qt)
        CHECK_STR(fx_text(d, qt->content), "أعمال الجسر بلغت 60 في المئة، ويُتوقع افتتاحه في الربيع المقبل");
}

static void test_an_infographic_card_before_a_speakers_label(void)
{
    /* "البطاقة الثانية: ترامب: «...»": the card and its number open the line; the label
     * after them names who speaks */
    struct doc *d = fx_annotate("التقى الرئيس الأمريكي دونالد ترامب الرئيس الصيني شي جين بينغ.\n"
                                "البطاقة الثانية: ترامب: \"كان لقاء مذهلا\".\n"
                                "اللوحة الثالثة - شي جين بينغ: «بكين مستعدة لتعميق التعاون».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "كان لقاء مذهلا", "دونالد ترامب", QUOTE_DIRECT, -1);
    expect(d, "بكين مستعدة", "شي جين بينغ", QUOTE_DIRECT, -1);
}

static void test_a_hosts_questions_to_labels_with_roles_in_parentheses(void)
{
    /* the anchor's questions, answered by labels that carry a role in parentheses, are
     * her turns and no quotation; "لا أعتقد أن" after a label is the guest's own verb */
    struct doc *d = fx_annotate("عنوان الخبر\n\nواستهلت المذيعة نادين الحايك التغطية.\n\n"
                                "نادين الحايك: مازن، ما الذي رشح عن الاجتماع حتى هذه اللحظة؟\n\n"
                                "مازن العلي (مراسل العربية في موسكو): المحادثات استمرت نحو ثلاث ساعات.\n\n"
                                "نادين الحايك: دكتور فيصل، هل نحن أمام تحالف عسكري؟\n\n"
                                "فيصل العتيبي (أستاذ العلاقات الدولية): لا أعتقد أننا وصلنا إلى هذه المرحلة بعد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_quotes, 2);
    expect(d, "المحادثات استمرت", "مازن العلي", QUOTE_INDIRECT, -1);
    expect(d, "لا أعتقد أننا", "فيصل العتيبي", QUOTE_INDIRECT, -1);
}

static void test_the_one_asked_named_by_his_given_name_alone(void)
{
    /* "سألناه ...، فأجاب": the one asked is the last speaker of his gender, a man named by
     * his given name alone too; not the judge who put the question */
    struct doc *d = fx_annotate("قال الكاتب جورج أورويل إن الحرب سلام.\n\nمقاول في فلاديفوستوك، طلب أن نكتفي "
                                "بذكر اسمه الأول، سيرغي، قال لنا إن لديه عمالا.\n\nسألناه عن سبب تفضيلهم، فأجاب: "
                                "«لا يشربون ولا يتأخرون».\n\nوسأله رئيس المحكمة: «ولماذا تأخرت؟»، فأجاب: «خفت كثيرا».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لا يشربون", "سيرغي", QUOTE_DIRECT, -1);
    expect(d, "خفت كثيرا", "سيرغي", QUOTE_DIRECT, -1);
}

static void test_a_role_noun_then_when_it_spoke_refers_back(void)
{
    /* "وقال الوزير خلال المؤتمر"، "أمام الصحفيين"، "لدى وصوله": when or where the role
     * spoke is no complement of the role; "السفير لدى الأمم المتحدة" is one */
    struct doc *d = fx_annotate("قال وزير الخارجية سيرغي لافروف إن موسكو مستعدة للحوار. وقال الوزير خلال المؤتمر إن "
                                "الزيارة ناجحة. وأضاف الوزير أمام الصحفيين أن التعاون سيتوسع. وأكد الوزير لدى وصوله أن "
                                "العلاقات متينة. وقال السفير لدى الأمم المتحدة إن المجلس منقسم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الزيارة ناجحة", "سيرغي لافروف", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "التعاون سيتوسع", "سيرغي لافروف", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "العلاقات متينة", "سيرغي لافروف", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "المجلس منقسم", "السفير لدى الأمم المتحدة", QUOTE_INDIRECT, -1);
}

static void test_former_after_a_role_noun_is_no_object(void)
{
    /* "شدد الرئيس الأسبق لقسم ...، العميد (احتياط) X، على أن": الأسبق describes the role;
     * the name set off after the role speaks, not the president named before */
    struct doc *d = fx_annotate("وقال رئيس الحكومة بنيامين نتنياهو إن الوضع خطير. وفي السياق نفسه، شدد الرئيس الأسبق "
                                "لقسم الأبحاث في شعبة الاستخبارات العسكرية، العميد (احتياط) أفنير بن دافيد، على أن "
                                "\"الرد يجب أن يبدأ من واشنطن\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الرد يجب", "أفنير بن دافيد", QUOTE_DIRECT, -1);
}

static void test_an_honorific_with_its_pronoun_is_the_one_so_named(void)
{
    /* "أوضح سموه": the one person named under سمو, not the envoy named last; "في اتصال
     * هاتفي" after a title is the call's adjective, no one named هاتفي */
    struct doc *d = fx_annotate("استقبل صاحب السمو الملكي الأمير فيصل بن فرحان وزير الخارجية، في مقر الوزارة بالرياض "
                                "اليوم، معالي وزير خارجية جمهورية كوريا السيد لي جاي-هون. وفي مؤتمر صحفي مشترك عقب "
                                "المباحثات، أوضح سموه أن المملكة \"تنظر بقلق بالغ\" إلى التوتر. وقال "
                                "المسؤول الأممي في اتصال هاتفي: «التسميد في الوقت الخطأ لا يفيد».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المملكة", "فيصل بن فرحان", QUOTE_MIXED, RESOLVED_PRONOUN);
    const struct quote *q = fx_quote(d, "التسميد");
    CHECK(q != NULL && (!q->speaker_name || strcmp(q->speaker_name, "هاتفي") != 0));
}

static void test_a_title_behind_its_preposition_is_named_without_it(void)
{
    /* "ووفقا لممثل اليونيسف": the source is the representative, not "لممثل" */
    struct doc *d = fx_annotate("ووفقا لممثل اليونيسف، فإن المدارس المتضررة تحتاج إلى ترميم عاجل.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المدارس المتضررة", "ممثل اليونيسف", QUOTE_INDIRECT, RESOLVED_SOURCE);
}

static void test_an_interview_label_may_be_a_short_family_name(void)
{
    /* "خو:" opening an answer is دميتري خو, named before; "وفي حوار مع «سبوتنيك»، أجاب
     * X عن أسئلتنا" tells where he answered, and quotes nothing */
    struct doc *d = fx_annotate("وفي حوار مع \"سبوتنيك\"، أجاب الباحث في معهد الاقتصاد، دميتري خو، عن أسئلتنا.\n"
                                "سبوتنيك: هل يتحول وجود العمال إلى ظاهرة دائمة؟\n"
                                "خو: المسألة سياسية قبل أن تكون اقتصادية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "وفي حوار") == NULL);
    const struct quote *q = fx_quote(d, "المسألة سياسية");
    CHECK(q != NULL);
    if (q)
        CHECK_STR(q->speaker_name, "دميتري خو");
}

static void test_whoever_relays_with_a_role_noun_stays_in_focus(void)
{
    /* "ويروي الدبلوماسي السابق أن مسؤولا ... قال له إن «...». ويتساءل": the diplomat asks,
     * not the official whose words he relayed */
    struct doc *d = fx_annotate("وقال الدبلوماسي الروسي السابق ميخائيل بطرسوف إن الوضع صعب. ويروي الدبلوماسي السابق أن "
                                "مسؤولاً في وزارة الخارجية قال له ذات مرة إن «الروس يأتون بالوعود». ويتساءل: «من سيشتري "
                                "السلطعون؟».\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "من سيشتري", "ميخائيل بطرسوف", QUOTE_DIRECT, -1);
}

static void test_a_role_noun_and_nationality_point_back_to_the_unnamed_one_so_written(void)
{
    /* "ووفقا للمسؤول التركي" is the "مسؤول تركي رفيع" quoted first, not the Turkish
     * admiral who spoke since */
    struct doc *d = fx_annotate("ونقلت الصحيفة عن مسؤول تركي رفيع قوله إن أنقرة لا تنوي لعب دور الشرطي. ويرى الأميرال "
                                "المتقاعد طرخان بحري أوغلو، القائد الأسبق للقوات البحرية التركية، أن الخطر قليل. ووفقا "
                                "للمسؤول التركي الذي تحدث إلى الصحيفة، فإن أنقرة ستطرح الملف في القمة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أنقرة ستطرح", "مسؤول تركي رفيع", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
}

static void test_the_politician_refers_back(void)
{
    /* "وأضاف السياسي اليميني، الذي ...، أن": السياسي is a role noun for the MP named
     * before; "المكتب السياسي" stays a body's adjective */
    struct doc *d = fx_annotate("قال كونراد فون أيشفالد، النائب عن حزب البديل، إن المعاهدة لا تعني ألمانيا. وأضاف "
                                "السياسي اليميني، الذي انتخب لأول مرة عام 2019، أن العقوبات الغربية دفعت موسكو. وأكد "
                                "المكتب السياسي للحزب أن الوضع صعب.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "العقوبات الغربية", "كونراد فون أيشفالد", QUOTE_INDIRECT, RESOLVED_ROLE_NOUN);
    expect(d, "الوضع صعب", "المكتب السياسي للحزب", QUOTE_INDIRECT, -1);
}

static void test_an_interview_introduced_after_the_news_has_unlabelled_answers(void)
{
    /* the story's news first, then "حاورت «العين الإخبارية» الخبير X" and questions with
     * no label, each followed by "- answer": the answers are his; with a narrated answer
     * ("يقول X إن") the paragraphs are not taken whole */
    struct doc *d = fx_annotate("أعلنت شركة الطيران زيادة رحلاتها إلى بيونغ يانغ. وقالت مديرة الوكالة إن الحجوزات نفدت.\n\n"
                                "وللوقوف على الجدوى الاقتصادية للخط، حاورت «العين الإخبارية» الخبير الكازاخي في "
                                "اقتصاديات النقل دانيار عمربيكوف.\n\nهل يمكن أن يحقق الخط أرباحاً؟\n- في المدى القصير "
                                "لا. الطائرة تعود بنصف حمولة.\n\nولماذا تستمر الرحلات إذن؟\n- القرار سياسي قبل أن يكون "
                                "تجارياً.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "في المدى القصير", "دانيار عمربيكوف", QUOTE_DIRECT, -1);
    expect(d, "القرار سياسي", "دانيار عمربيكوف", QUOTE_DIRECT, -1);
}

static void test_a_source_closed_by_fa_frames_a_report_whatever_it_names(void)
{
    /* "وبحسب X، فإن ..." opening a sentence reports X, a publisher or a surgeon no list
     * holds as well; not a law, and not when the clause has its own speaker and verb */
    struct doc *d = fx_annotate("وقال مسؤول إن الوضع صعب. ووفقا للقانون الدولي، فإن قرارات مجلس الأمن ملزمة لجميع الدول. "
                                "وبحسب بيان صادر عن الأمانة العامة لمجلس التعاون، فإن الأمين العام جاسم البديوي شدد "
                                "على أن أي نقل للتقنيات العسكرية \"يمثل انتهاكا صريحا\". وبحسب دار النيل للنشر، فإن "
                                "الطبعة الأولى نفدت خلال ساعتين. وبحسب الجراح، فإن المستشفى يعمل بطاقة تفوق قدرته.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "قرارات مجلس الأمن") == NULL);
    expect(d, "أي نقل للتقنيات", "جاسم البديوي", QUOTE_MIXED, RESOLVED_EXPLICIT);
    expect(d, "الطبعة الأولى نفدت", "دار النيل للنشر", QUOTE_INDIRECT, RESOLVED_SOURCE);
    expect(d, "المستشفى يعمل", "الجراح", QUOTE_INDIRECT, RESOLVED_SOURCE);
}

static void test_a_source_names_the_body_behind_its_document(void)
{
    /* the body whose name a place closes speaks, not the place; a document described by
     * its adjectives is its maker's, named after صادر عن or on ل; a definite word right
     * after an indefinite document is its maker already */
    struct doc *d = fx_annotate("وقال مسؤول إن الوضع صعب. ووفق إحصاءات المنطقة الحرة مصراتة، فإن واردات الصلب ارتفعت "
                                "بنسبة الثلث. ووفقا لتقرير حديث صادر عن مركز الخليج للأبحاث، فإن أرباح البنوك مرشحة "
                                "للنمو. وبحسب الأرقام الأولية لوزارة الداخلية والبلديات، فإن نسبة الاقتراع لم تتجاوز "
                                "31 في المئة. وبحسب إحصاءات السجل الوطني للسرطان التابع لوزارة الصحة، فإن سرطان الثدي "
                                "يمثل 27% من الحالات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "واردات الصلب", "المنطقة الحرة مصراتة", QUOTE_INDIRECT, RESOLVED_SOURCE);
    expect(d, "أرباح البنوك", "مركز الخليج للأبحاث", QUOTE_INDIRECT, -1);
    expect(d, "نسبة الاقتراع", "وزارة الداخلية والبلديات", QUOTE_INDIRECT, -1);
    expect(d, "سرطان الثدي", "إحصاءات السجل الوطني للسرطان التابع لوزارة الصحة", QUOTE_INDIRECT, -1);
}

static void test_the_complementiser_opens_no_name_after_a_title(void)
{
    /* "وقال الوزير إن القارئ «...»": إن spells the given name آن too, but after the verb
     * and its title it opens the words, not a name */
    struct doc *d = fx_annotate("وعرضت الصحيفة الرسالة على الوزير السابق مروان الطراونة، الذي قال إن القارئ \"طرح "
                                "السؤال الذي يتهرب منه الجميع\". وقال الوزير إن القارئ \"طرح السؤال\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_entity(d, "إن القارئ") == NULL);
    expect(d, "القارئ \"طرح السؤال الذي", "مروان الطراونة", QUOTE_MIXED, -1);
    expect(d, "القارئ \"طرح السؤال\"", "مروان الطراونة", QUOTE_MIXED, -1);
}

static void test_a_rule_or_a_plan_after_a_source_marker_vouches_for_nothing(void)
{
    /* "...، حسب الخطة الزراعية المعتمدة": a plan, a law or a text after the marker is how
     * a thing is done, no one's report; figures of a body still are */
    struct doc *d = fx_annotate("وقال مسؤول إن الوضع صعب. وتوزع الأسمدة على المزارعين، حسب الخطة الزراعية المعتمدة. "
                                "وارتفعت الأسعار بنسبة الثلث، وفقا لبيانات الجهاز المركزي للإحصاء.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "وتوزع الأسمدة") == NULL);
    expect(d, "وارتفعت الأسعار", "الجهاز المركزي للإحصاء", QUOTE_INDIRECT, RESOLVED_SOURCE);
}

static void test_an_interviewers_questions_under_her_name_are_no_quotations(void)
{
    /* "سلمى حداد: لماذا ...؟" over "ريتا خوري: ...": the person who asks in lines of one
     * question that the next label answers is the interviewer, even where only her
     * family name was marked on the label */
    struct doc *d = fx_annotate("الروائية اللبنانية ريتا خوري: كتبت عن المرفأ كي لا ننسى\nنُشرت في: 04/08/2025\n\n"
                                "في حلقة جديدة من بودكاست «كتاب وكاتب»، تحدثت الروائية اللبنانية ريتا خوري إلى "
                                "الزميلة سلمى حداد عن روايتها الجديدة «رماد الرصيف الرابع» الصادرة عن دار الساقي.\n\n"
                                "سلمى حداد: لماذا اخترت أن يكون الراوي عامل إطفاء؟\n"
                                "ريتا خوري: لأن رجال الإطفاء الذين وصلوا أولا لم يعودوا.\n"
                                "سلمى حداد: هل تخشين أن يُقرأ العمل قراءة سياسية؟\n"
                                "ريتا خوري: كل شيء في لبنان يُقرأ سياسيا، حتى الصمت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "لماذا اخترت") == NULL);
    CHECK(fx_quote(d, "هل تخشين") == NULL);
    expect(d, "لأن رجال الإطفاء", "ريتا خوري", -1, -1);
    expect(d, "كل شيء في لبنان", "ريتا خوري", -1, -1);
}

static void test_a_colon_before_an_interview_takes_no_question_as_its_words(void)
{
    /* "شرحت X كيف جرى تعقب الناقلة:" over "يورونيوز: هل ...؟": the colon opens an
     * interview; its labelled question is the interviewer's, not X's words */
    struct doc *d = fx_annotate("وفي مقابلة مع يورونيوز، شرحت ماريت تام، المسؤولة عن الأمن البحري في وزارة الدفاع "
                                "الإستونية، كيف جرى تعقب الناقلة:\nيورونيوز: هل تملكون أدلة على أن الناقلة كانت تعمل "
                                "لصالح موسكو؟\nماريت تام: لدينا وثائق الشحن وسجلات نظام التعريف الآلي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "يورونيوز: هل") == NULL);
    CHECK(fx_quote(d, "هل تملكون") == NULL);
}

static void test_admitting_and_citing_participles_end_the_words_before_them(void)
{
    /* مقرا بأن (admitting) and موردا أن (citing) are the speaker's next words, as مضيفا
     * is: each opens a quote of its own and ends the one before it */
    struct doc *d = fx_annotate("قال وزير الاقتصاد جورج نقولا حداد إن مخزون القمح \"لا يتجاوز حاجة شهر\"، مقراً "
                                "بأن الوزارة \"لا تملك\" حلولا سريعة. وأفاد التاجر فؤاد الكتاني بأن سعر القنينة "
                                "\"قفز بـ15 درهما\"، موردا أن \"المستهلك البسيط لم يعد قادرا على المجاراة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "مخزون القمح");
    CHECK_STR(q ? fx_text(d, q->content) : NULL, "مخزون القمح \"لا يتجاوز حاجة شهر\"");
    expect(d, "الوزارة \"لا تملك\"", "جورج نقولا حداد", QUOTE_MIXED, RESOLVED_ELIDED);
    q = fx_quote(d, "سعر القنينة");
    CHECK_STR(q ? fx_text(d, q->content) : NULL, "سعر القنينة \"قفز بـ15 درهما\"");
    expect(d, "المستهلك البسيط", "فؤاد الكتاني", QUOTE_DIRECT, RESOLVED_ELIDED);
}

static void test_marks_after_hawla_name_a_topic(void)
{
    /* "على هامش ندوة حول «...»": the marks after حول (markers.tsv: title_word) name what
     * was discussed; the verb reports the words in marks before it */
    struct doc *d = fx_annotate("مقدمة.\n\"الحرب في ميزان الشريعة استثناء ضيق\"، قال عبد الإله بنحمو، رئيس المجلس، "
                                "في تصريح لهسبريس على هامش ندوة حول \"أخلاقيات الحرب في زمن المسيرات\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "الحرب في ميزان", "عبد الإله بنحمو", QUOTE_DIRECT, RESOLVED_EXPLICIT);
    CHECK(fx_quote(d, "أخلاقيات") == NULL);
}

static void test_a_bodys_name_in_marks_before_its_relative_clause_is_no_quotation(void)
{
    /* "عضو شبكة «...» التي تتخذ من بيروت مقرا لها: «...»": the marks after a body's head
     * name the body; the words said follow the colon */
    struct doc *d = fx_annotate("أما الناشطة ليلى عون فترى أن المدنيين يدفعون الثمن. وقالت عون، عضو شبكة \"نساء من "
                                "أجل السلام\" التي تتخذ من بيروت مقرا لها: \"حين تكتب المعاهدات بين رجلين، تغيب "
                                "أسئلة الأمهات\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "حين تكتب", "ليلى عون", QUOTE_DIRECT, RESOLVED_SURNAME);
    CHECK(fx_quote(d, "نساء من") == NULL);
}

static void test_a_negated_verb_of_saying_after_a_comma_opens_the_next_words(void)
{
    /* "...، ولم يستبعد أن": لم and its و, then a verb of saying, is the narrator's next
     * report and ends the words before it; "، ولا ترى فيها" goes on with them */
    struct doc *d = fx_annotate("وقال الوزير إن البطولة نجحت رغم العزل، ولم يستبعد أن تنتقل البطولة إلى كازان. "
                                "وقالت الوزارة إنها تتابع الاتفاقية باهتمام، ولا ترى فيها ما يستدعي موقفا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "البطولة نجحت");
    CHECK_STR(q ? fx_text(d, q->content) : NULL, "البطولة نجحت رغم العزل");
    expect(d, "تنتقل البطولة", "الوزير", QUOTE_INDIRECT, RESOLVED_ELIDED);
    q = fx_quote(d, "تتابع");
    CHECK(q && strstr(fx_text(d, q->content), "ولا ترى") != NULL);
}

static void test_a_relay_verbs_form_after_a_preposition_is_its_verbal_noun(void)
{
    /* "التقارير عن نقل أسلحة إلى أفريقيا بأنها": نقل after عن is "moving", no relay whose
     * speaker would be the place after it; the verb وصفت and its subject report */
    struct doc *d = fx_annotate("ووصفت الوزارة التقارير عن نقل ذخائر إلى أفريقيا بأنها \"أكاذيب مكشوفة\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "أكاذيب مكشوفة", "الوزارة", QUOTE_DIRECT, -1);
}

static void test_the_person_a_described_speaker_is_called_speaks(void)
{
    /* "مسؤول في الوزارة يدعى X"، "طالبة، تدعى X،": the name after يدعى/تدعى, not the
     * description before it nor the one relaying it */
    struct doc *d = fx_annotate("ونقلت الوكالة عن مسؤول في وزارة الزراعة يدعى بارك مين-هو قوله إن المحصول تراجع. "
                                "وقالت باحثة من جامعة طوكيو، تدعى يوكو تاناكا، إن الأرقام مقلقة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "المحصول تراجع", "بارك مين-هو", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
    expect(d, "الأرقام مقلقة", "يوكو تاناكا", QUOTE_INDIRECT, RESOLVED_EXPLICIT);
}

static void test_words_first_then_a_relative_clause_that_points_to_more(void)
{
    /* "«...»، تقول X، التي أشارت إلى أن": the relative clause reports on its own, with
     * its preposition; the words before the verb are still X's */
    struct doc *d = fx_annotate("«لن نقبل بأقل من ذلك»، تقول النائبة ليودميلا كوزنتسوفا، التي أشارت إلى أن الناخبين "
                                "ينتظرون الجسر منذ سنوات.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "لن نقبل", "ليودميلا كوزنتسوفا", QUOTE_DIRECT, -1);
    expect(d, "الناخبين ينتظرون", "ليودميلا كوزنتسوفا", QUOTE_INDIRECT, -1);
}

static void test_a_role_with_its_adjective_and_its_body_is_someone_new(void)
{
    /* "الرئيس المشترك لدائرة العلاقات الخارجية": a role whose adjective and body in ل
     * follow it describes someone new, not the president named before */
    struct doc *d = fx_annotate("ووقع الرئيس فلاديمير بوتين المعاهدة في بيونغ يانغ. "
                                "وقال الرئيس المشترك لدائرة العلاقات الخارجية إن القوات الروسية لم تبلغ الإدارة بأي تغيير.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "القوات الروسية");
    CHECK(q && q->speaker_entity < 0);
    CHECK(q && q->speaker_name && strstr(q->speaker_name, "الرئيس المشترك") != NULL);
}

static void test_a_subject_in_apposition_before_a_verb_of_describing(void)
{
    /* "زميله السابق، العقيد X، يصف Y بأنه": the person set off by commas before the verb
     * is its subject; the name after a verb of describing is its object (not "رفض X، Y،
     * وصف": a verbal noun after the clause's verb) */
    struct doc *d = fx_annotate("وخدم الجنرال فاليري سوكولوف في بيونغ يانغ سنوات. "
                                "زميله السابق في السفارة، العقيد المتقاعد تيمور حاجييف، يصف سوكولوف بأنه \"رجل الصبر\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "رجل الصبر", "تيمور حاجييف", QUOTE_DIRECT, -1);
}

static void test_traders_and_soldiers_speak_as_groups(void)
{
    /* group_nouns.tsv: traders, importers, soldiers and officers speak together, in a
     * headline's label or after a verb */
    struct doc *d = fx_annotate("متداولون: شحنات الفحم عبر الموانئ الروسية تضغط على الأسعار\n"
                                "وقال ضباط في الجيش الكوري الجنوبي إن الشحنات تضاعفت منذ الصيف.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    expect(d, "شحنات الفحم", "متداولون", -1, -1);
    const struct quote *q = fx_quote(d, "الشحنات تضاعفت");
    CHECK(q && q->speaker_name && strncmp(q->speaker_name, "ضباط", strlen("ضباط")) == 0);
}

static void test_a_main_clause_after_fi_hin_ends_the_words_before_it(void)
{
    /* "وفي حين تكرر موسكو أن ...، كان X قد وصف": the main clause's كان after the comma
     * ends the words of the clause that opened the sentence; تكرر reports (reporting_verbs) */
    struct doc *d = fx_annotate("وفي حين تكرر موسكو أن التعاون لا يستهدف أحدا، كان الزعيم الكوري الشمالي قد وصف "
                                "العلاقة بأنها \"تحالف لا يقهر\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "التعاون لا يستهدف");
    CHECK_STR(q ? fx_text(d, q->content) : NULL, "التعاون لا يستهدف أحدا");
    CHECK(fx_quote(d, "تحالف لا يقهر") != NULL);
}

static void test_shipping_agents_and_monte_carlo_doualiya(void)
{
    /* group_nouns.tsv: وكلاء speak together; knowledge.tsv: مونت كارلو الدولية is the
     * station told, not a person named كارلو */
    struct doc *d = fx_annotate("ويقول وكلاء شحن في فلاديفوستوك إن الأسعار مرتفعة. "
                                "«الجميع اشترى الوقت»، يقول دبلوماسي فرنسي سابق لمونت كارلو الدولية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "الأسعار مرتفعة");
    CHECK(q && q->speaker_name && strncmp(q->speaker_name, "وكلاء شحن", strlen("وكلاء شحن")) == 0);
    q = fx_quote(d, "الجميع اشترى");
    CHECK(q && q->speaker_name && strstr(q->speaker_name, "كارلو") == NULL);
    const struct entity *m = fx_entity(d, "مونت كارلو الدولية");
    CHECK(m && m->kb && !strcmp(m->kb->id, "monte_carlo_doualiya"));
}

static void test_an_honorific_before_a_title_of_two_words(void)
{
    /* "وقال سمو ولي العهد ...": ولي العهد after the honorific is a title, not a man named
     * ولي */
    struct doc *d = fx_annotate("وقال سمو ولي العهد الشيخ صباح خالد الحمد الصباح إن أمن شرق آسيا جزء لا يتجزأ من "
                                "أمن العالم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_entity(d, "ولي") == NULL);
}

static void test_factions_delegates_and_inspectors_speak_as_groups(void)
{
    /* group_nouns.tsv: فصائل, مندوبون, مفتشون are people speaking together, in a headline
     * head and as the subject of a verb of speech */
    struct doc *d = fx_annotate("فصائل فلسطينية: المعاهدة تعبير عن عالم جديد\n"
                                "وقال مندوبون في أوبك إن الصادرات لن تتغير. ويرى مفتشون سابقون أن الباب فتح.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "المعاهدة تعبير");
    CHECK_STR(q ? q->speaker_name : NULL, "فصائل فلسطينية");
    q = fx_quote(d, "الصادرات لن تتغير");
    CHECK(q && q->speaker_name && strncmp(q->speaker_name, "مندوبون", strlen("مندوبون")) == 0);
    q = fx_quote(d, "الباب فتح");
    CHECK(q && q->speaker_name && strncmp(q->speaker_name, "مفتشون", strlen("مفتشون")) == 0);
}

static void test_a_caption_in_parentheses_heads_its_words(void)
{
    /* "(X متحدثا ...: «...»)" under a photo quotes X as a headline does, without the photo
     * credit after " - "; "(المحرر: Name)" signs the piece */
    struct doc *d = fx_annotate("وفد نيابي في موسكو\n"
                                "وقال النائب حيدر كاظم العبودي إن الوفد عاد.\n"
                                "(العبودي متحدثا للصحفيين في موسكو: «لا عقود تسليح جديدة»)\n"
                                "(العبودي: لا صفقات قبل الانتخابات - يونهاب)\n"
                                "(المحرر: ليلى تشانغ)\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "لا عقود تسليح");
    CHECK_STR(q ? q->speaker_name : NULL, "حيدر كاظم العبودي");
    q = fx_quote(d, "لا صفقات");
    CHECK_STR(q ? fx_text(d, q->content) : NULL, "لا صفقات قبل الانتخابات");
    CHECK(fx_quote(d, "ليلى") == NULL);
}

static void test_a_high_source_speaks_unnamed(void)
{
    /* group_nouns.tsv: مرجع, the high source of the Lebanese press, speaks unnamed, in a
     * headline and after a verb of speech */
    struct doc *d = fx_annotate("مرجع سياسي لـ«النهار»: الحكومة لن تستقيل\n"
                                "ويقول مرجع ديبلوماسي شارك في المحادثات إن الجواب كان مدروسا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "الحكومة لن");
    CHECK_STR(q ? q->speaker_name : NULL, "مرجع سياسي");
    q = fx_quote(d, "الجواب كان");
    CHECK(q && q->speaker_name && strncmp(q->speaker_name, "مرجع ديبلوماسي", strlen("مرجع ديبلوماسي")) == 0);
}

static void test_a_summit_named_in_marks_is_no_quotation(void)
{
    /* markers.tsv: قمة and ورشة name the gathering in marks after them; what was said is
     * the clause in أن */
    struct doc *d = fx_annotate("أكد مسؤولون مشاركون في «قمة دبي للأمن المالي الرقمي» أن التعاون الدولي يواجه تحديات.\n"
                                "وقال باحثون في «ورشة عمان للطاقة النووية» إن الضمانات ضرورية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "قمة دبي") == NULL);
    CHECK(fx_quote(d, "التعاون الدولي يواجه") != NULL);
    CHECK(fx_quote(d, "ورشة عمان") == NULL);
    CHECK(fx_quote(d, "الضمانات ضرورية") != NULL);
}

static void test_a_nationality_and_its_origin_before_a_name_in_apposition(void)
{
    /* "، السوري الأصل X،" and "، الكوبي من أصل لبناني X،": the origin stated between the
     * comma and the name is part of the role; X speaks */
    struct doc *d = fx_annotate("وقال رئيس النادي العربي في المدينة، السوري الأصل نزار عبد الكريم، إن التجار قلقون.\n"
                                "وقال رئيس الاتحاد، الكوبي من أصل لبناني ألفريدو نعمة حداد، إن الجالية تتابع.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "التجار قلقون");
    CHECK_STR(q ? q->speaker_name : NULL, "نزار عبد الكريم");
    q = fx_quote(d, "الجالية تتابع");
    CHECK_STR(q ? q->speaker_name : NULL, "ألفريدو نعمة حداد");
}

static void test_a_foreign_word_after_fi_is_a_place(void)
{
    /* a word no list or dictionary holds right after a bare في is where the role is held,
     * not its holder: the name after the comma speaks */
    struct doc *d = fx_annotate("وقال رئيس النادي العربي الفنزويلي في بورلامار، السوري الأصل نزار عبد الكريم، إن التجار قلقون.\n"
                                "ويقول صاحب شركة مقاولات في أوسوريسك إنه استقدم عمالا.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "التجار قلقون");
    CHECK_STR(q ? q->speaker_name : NULL, "نزار عبد الكريم");
    const struct entity *p = fx_entity(d, "بورلامار");
    CHECK(p && p->type == ENT_GPE);
    p = fx_entity(d, "أوسوريسك");
    CHECK(p && p->type == ENT_GPE);
}

static void test_a_house_a_commentator_and_hotel_managers(void)
{
    /* org_heads.tsv: دار heads an institution (دار الإفتاء), no verb "revolved"; roles.tsv:
     * المعلق is a title, the name in apposition after it speaks; group_nouns.tsv: مديرو */
    struct doc *d = fx_annotate("مديرو فنادق في قازان: الحجوزات الخليجية لم تتراجع\n"
                                "أكدت دار الإفتاء المصرية أن حماية النفس مقصد أعلى. "
                                "وأوضح المعلق العسكري في الصحيفة، إليشع ميلر، أن المؤسسة الأمنية تغيرت.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "الحجوزات الخليجية");
    CHECK(q && q->speaker_name && strncmp(q->speaker_name, "مديرو فنادق", strlen("مديرو فنادق")) == 0);
    q = fx_quote(d, "حماية النفس");
    CHECK_STR(q ? q->speaker_name : NULL, "دار الإفتاء المصرية");
    q = fx_quote(d, "المؤسسة الأمنية");
    CHECK_STR(q ? q->speaker_name : NULL, "إليشع ميلر");
}

static void test_what_was_expressed_after_an_is_no_name(void)
{
    /* "وأعرب الوزير عن خيبة أمله": a dictionary word after the title and عن is what was
     * expressed, no one named خيبة */
    struct doc *d = fx_annotate("وأعرب الوزير عن خيبة أمله، معتبرا أن الزيارة ناقصة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_entity(d, "خيبة") == NULL);
    CHECK(fx_quote(d, "الزيارة ناقصة") != NULL);
}

static void test_the_lam_of_wafqan_is_not_the_sources_name(void)
{
    /* "ووفقا لمبادرة تومين الكبرى، فإن": the ل that وفقا governs is not part of the name
     * of the source, named as written */
    struct doc *d = fx_annotate("ووفقا لمبادرة تومين الكبرى، فإن الدلتا تضم أكثر من 280 نوعا من الطيور.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "الدلتا تضم");
    CHECK_STR(q ? q->speaker_name : NULL, "مبادرة تومين الكبرى");
}

static void test_voters_speak_as_a_group(void)
{
    /* group_nouns.tsv: ناخبون heads a headline as the people who speak */
    struct doc *d = fx_annotate("ناخبون عرب أميركيون في ميشيغان: المعاهدة «ليست أولويتنا»\n"
                                "وقال ناخبون في ديربورن إن الاقتصاد أهم.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "المعاهدة");
    CHECK(q && q->speaker_name && strncmp(q->speaker_name, "ناخبون", strlen("ناخبون")) == 0);
}

static void test_businessmen_speak_as_a_group(void)
{
    /* group_nouns.tsv: رجال, men of a trade or calling, speak together */
    struct doc *d = fx_annotate("رجال أعمال إماراتيون في المنتدى: المخاطر محسوبة\n"
                                "وأكد رجال أعمال إماراتيون مشاركون في الدورة التاسعة لمنتدى الشرق الاقتصادي في "
                                "فلاديفوستوك أن الفرص واعدة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "الفرص واعدة");
    CHECK(q && q->speaker_name && strncmp(q->speaker_name, "رجال أعمال", strlen("رجال أعمال")) == 0);
    q = fx_quote(d, "المخاطر محسوبة");
    CHECK(q && q->speaker_name && strncmp(q->speaker_name, "رجال أعمال", strlen("رجال أعمال")) == 0);
}

static void test_supervisors_in_construct_speak(void)
{
    /* group_nouns.tsv: مشرفو/مشرفي in construct ("أحد مشرفي المناولة") are people who
     * speak, not a name مشرفي */
    struct doc *d = fx_annotate("قال أحد مشرفي المناولة، طالبا عدم ذكر اسمه، إن الفرق تعمل. "
                                "وقال مشرفو الرصيف إن العمل طبيعي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "الفرق تعمل");
    CHECK_STR(q ? q->speaker_name : NULL, "أحد مشرفي المناولة");
    q = fx_quote(d, "العمل طبيعي");
    CHECK_STR(q ? q->speaker_name : NULL, "مشرفو الرصيف");
    CHECK(fx_entity(d, "مشرفو") == NULL);
}

static void test_a_body_named_in_marks_after_its_bare_head(void)
{
    /* "ذكرت شركة «سفن الشرقية للخدمات الملاحية» أن": the words in marks after a body's bare
     * head are its name, and the clause in أن what was said */
    struct doc *d = fx_annotate("ذكرت شركة «سفن الشرقية للخدمات الملاحية» أن شركات التأمين رفعت أقساط التغطية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "سفن الشرقية") == NULL);
    CHECK(fx_quote(d, "شركات التأمين رفعت") != NULL);
}

static void test_a_body_in_marks_after_a_title_in_apposition(void)
{
    /* "X، رئيس «التحالف ...» ومقره ...، لموقع «الحرة»، إن": the marks after a bare title
     * set off by a comma hold the body's name; the words are after إن (not after a title
     * that is an adjective: "في إفادة صحفية “...”") */
    struct doc *d = fx_annotate("قال جوزيف هوانغ، رئيس «التحالف الكوري الأميركي من أجل حقوق الإنسان» ومقره لوس أنجلوس، "
                                "لموقع «الحرة»، إن التقرير خطوة مهمة. وقال بيسكوف في إفادة صحفية “لا أستطيع الإدلاء بأي شيء”.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "التحالف الكوري") == NULL);
    const struct quote *q = fx_quote(d, "التقرير خطوة");
    CHECK_STR(q ? q->speaker_name : NULL, "جوزيف هوانغ");
    CHECK(fx_quote(d, "لا أستطيع") != NULL);
}

static void test_relative_cue_reaches_past_a_phrase_without_verb(void)
{
    /* "..., لا سيما في قطاع النفط، وهو ما أكده X": the phrase after the last comma has no
     * verb, so what X confirmed starts with the clause before it; "reports about" X keep
     * their object ("وسط تقارير عن تبادل ...، وهو ما تنفيه موسكو") */
    struct doc *d = fx_annotate("وتربط أربيل بموسكو علاقات اقتصادية متنامية، لا سيما في قطاع النفط، "
                                "وهو ما أكده المتحدث باسم الحكومة ديار حاجي. وجاءت الضبطية بعد أسابيع من التوقيع، "
                                "وسط تقارير غربية عن تبادل مكونات عسكرية، وهو ما تنفيه موسكو.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "وتربط أربيل");
    CHECK_STR(q ? q->speaker_name : NULL, "ديار حاجي");
    q = fx_quote(d, "وسط تقارير");
    CHECK_STR(q ? q->speaker_name : NULL, "موسكو");
}

static void test_headline_state_then_whom_it_answers_in_lam(void)
{
    /* "موسكو لطوكيو: ...": a state, then the one it answers in ل before the colon, heads
     * the headline as a person does ("نيبينزيا لواشنطن:") */
    struct doc *d = fx_annotate("موسكو لطوكيو: معاهدتنا مع بيونغ يانغ لا تعنيكم\n"
                                "قالت وزارة الخارجية الروسية إن المعاهدة دفاعية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "معاهدتنا");
    CHECK_STR(q ? q->speaker_name : NULL, "موسكو");
}

static void test_a_manner_in_wafq_after_the_first_word_is_no_source(void)
{
    /* "إن توزيعها وفق الولاء السياسي «يحرم ...»": a source marker after the content's
     * first word is how it is done, not a tag that closes a one-word content (only a tag,
     * "حسب تعبيره", does that) */
    struct doc *d = fx_annotate("وحذرت المسؤولة من أن توزيعها وفق الولاء السياسي \"يحرم المزارعين منها\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "توزيعها");
    CHECK(q != NULL && strstr(fx_text(d, q->content), "يحرم") != NULL);
}

static void test_a_summary_and_a_final_statement_as_sources(void)
{
    /* "ووفقا للملخص الذي نشره المركز، فإن": a summary is a document, and its author comes
     * after a relative and its verb as after the verb alone; "بحسب البيان الختامي، فإن": a
     * definite document with its adjective is a source too */
    struct doc *d = fx_annotate("نظم مركز الجزيرة للدراسات ندوة عن المعاهدة. ووفقا للملخص الذي نشره المركز، "
                                "فإن المشاركين أوصوا بتعزيز قنوات الحوار. وبحسب البيان الختامي، فإن المشاركين "
                                "دعوا إلى التهدئة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "المشاركين أوصوا");
    CHECK_STR(q ? q->speaker_name : NULL, "مركز الجزيرة للدراسات");
    CHECK(fx_quote(d, "المشاركين دعوا") != NULL);
}

static void test_an_interviewee_is_not_named_in_a_question(void)
{
    /* "■ هل يقترب بوتين من تحالف جديد مع كيم؟" then the answer: a person named in an
     * unlabelled question is the interviewer's topic, not the guest who answers */
    struct doc *d = fx_annotate("د. هشام عبد المنعم لـ«الأهرام»: المعاهدة رسالة إلى واشنطن\n"
                                "حوار ــ منى عبد العزيز\n"
                                "يرى الدكتور هشام عبد المنعم، خبير الشئون الآسيوية، أن المعاهدة لم تولد من فراغ.\n"
                                "■ هل يقترب بوتين من تحالف جديد مع كيم؟\n"
                                "ليس بالمعنى الكلاسيكي، فالعالم تغير كثيرا منذ الخمسينيات.\n"
                                "■ وماذا عن الصين؟\n"
                                "الصين تراقب بحذر ولن تتدخل في الوقت الحالي.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "ليس بالمعنى");
    CHECK_STR(q ? q->speaker_name : NULL, "هشام عبد المنعم");
    q = fx_quote(d, "الصين تراقب");
    CHECK_STR(q ? q->speaker_name : NULL, "هشام عبد المنعم");
}

static void test_delegations_speak_as_a_group(void)
{
    /* group_nouns.tsv: "وأعربت وفود عدة، من بينها فرنسا، عن قلقها من أن": delegations at a
     * council are an unnamed group that speaks */
    struct doc *d = fx_annotate("وأعربت وفود عدة، من بينها فرنسا ومالطة، عن قلقها من أن تشجع المعاهدة بيونغ يانغ على إجراء تجربة نووية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "قلقها");
    CHECK(q != NULL && q->speaker_name && strncmp(q->speaker_name, "وفود", strlen("وفود")) == 0);
}

static void test_a_list_after_that_and_a_colon(void)
{
    /* "أوضح X أن:" then lines that open with a dash: each line is what X said, as after
     * "أوضح X:" */
    struct doc *d = fx_annotate("وفي حديثه لموقع سكاي نيوز عربية، أوضح الباحث محمد الظاهري أن:\n"
                                "- المعاهدة تحمل رسالة إلى واشنطن مفادها أن موسكو قادرة على الرد.\n"
                                "- بكين لم تعد الراعي الوحيد لبيونغ يانغ.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "المعاهدة تحمل");
    CHECK_STR(q ? q->speaker_name : NULL, "محمد الظاهري");
    q = fx_quote(d, "بكين لم تعد");
    CHECK_STR(q ? q->speaker_name : NULL, "محمد الظاهري");
}

static void test_defective_titles_without_their_ya(void)
{
    /* roles.tsv: "قاضٍ سابق:" and "مدعٍ عام سابق:", the indefinite forms of قاضي and مدعي
     * عام without their ي, head a headline as titles */
    struct doc *d = fx_annotate("قاضٍ سابق: غياب فريق الخبراء ترك العقوبات «بلا عيون»\n"
                                "قال القاضي السابق عيسى المناعي إن الغياب خطير.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "غياب فريق");
    CHECK_STR(q ? q->speaker_name : NULL, "عيسى المناعي");
    d = fx_annotate("مدعٍ عام سابق: المحكمة لن تتأخر\n"
                    "قال المدعي العام السابق فهد الكندري إن المحكمة جاهزة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    q = fx_quote(d, "المحكمة لن");
    CHECK_STR(q ? q->speaker_name : NULL, "فهد الكندري");
}

static void test_the_consulate_speaks_as_a_role(void)
{
    /* roles.tsv: "وأكدت القنصلية أن": a consulate by its bare noun speaks, as an embassy does */
    struct doc *d = fx_annotate("وقالت القنصلية إن المنح ستزداد.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "المنح");
    CHECK(q != NULL && q->speaker_name != NULL);
}

static void test_research_centres_as_an_unnamed_source(void)
{
    /* group_nouns.tsv: "بحسب تقديرات مراكز أبحاث كورية جنوبية": unnamed research centres are
     * a source, as analysts are */
    struct doc *d = fx_annotate("وتعد روسيا ثاني أكبر شريك تجاري لبيونغ يانغ، بحسب تقديرات مراكز أبحاث كورية جنوبية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "وتعد روسيا");
    CHECK(q != NULL && q->speaker_name && strstr(q->speaker_name, "مراكز أبحاث") != NULL);
}

static void test_dashed_turns_of_a_station_and_its_guest(void)
{
    /* "- شمس أف أم: ...؟" and "- X: ..." after "أبرز ما جاء في الحوار:": each turn opens with a
     * dash; the station's turns are its questions, no quotation, the guest's are his */
    struct doc *d = fx_annotate("اعتبر أستاذ العلاقات الدولية منير العياري أن المعاهدة رسالة إلى الغرب.\n"
                                "وفي ما يلي أبرز ما جاء في الحوار:\n"
                                "- شمس أف أم: هل تمثل هذه المعاهدة خطرا مباشرا على المنطقة؟\n"
                                "- منير العياري: ليست خطرا مباشرا، لكن ارتداداتها ستصلنا.\n"
                                "- شمس أف أم: وماذا عن الموقف الرسمي التونسي؟\n"
                                "- منير العياري: الدبلوماسية التونسية اختارت التحفظ.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    for (int32_t i = 0; i < d->n_quotes; i++)
        CHECK(strstr(fx_text(d, d->quotes[i].content), "هل تمثل") == NULL &&
              strstr(fx_text(d, d->quotes[i].content), "وماذا عن") == NULL);
    const struct quote *q = fx_quote(d, "ليست خطرا");
    CHECK_STR(q ? q->speaker_name : NULL, "منير العياري");
}

static void test_a_body_in_marks_between_a_bare_title_and_its_holder(void)
{
    /* "وقال رئيس «تحالف المنشقين من أجل الحرية» أحمد سالم، ...، إن": the marks between a
     * bare title and the name of its holder are the body's name, not what was said */
    struct doc *d = fx_annotate("وقال رئيس «تحالف المنشقين من أجل الحرية» أحمد سالم، الذي فر من الشمال، إن المعاهدة \"تطيل عمر النظام\".\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(fx_quote(d, "تحالف المنشقين") == NULL);
    const struct quote *q = fx_quote(d, "المعاهدة");
    CHECK_STR(q ? q->speaker_name : NULL, "أحمد سالم");
}

static void test_people_familiar_with_the_matter(void)
{
    /* group_nouns.tsv: "قال أشخاص مطلعون على الترتيبات، طلبوا عدم ...، إن": unnamed people
     * familiar with a matter speak as a group */
    struct doc *d = fx_annotate("وقال أشخاص مطلعون على الترتيبات، طلبوا عدم الكشف عن هويتهم، إن مصرفاً إقليمياً يتولى الجزء الأكبر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "مصرفاً");
    CHECK(q != NULL && q->speaker_name && strncmp(q->speaker_name, "أشخاص", strlen("أشخاص")) == 0);
}

static void test_dual_verbs_of_saying(void)
{
    /* reporting_verbs.tsv: the dual, feminine and masculine ("وكانت واشنطن وسول قد أكدتا أن"،
     * "وأوضحا أن") */
    struct doc *d = fx_annotate("وكانت واشنطن وسول قد أكدتا أن الجنود وصلوا إلى روسيا. والتقى الوزيران أمس، وأوضحا أن التنسيق مستمر.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "الجنود وصلوا");
    CHECK(q != NULL && q->speaker_name && strstr(q->speaker_name, "واشنطن") != NULL);
    CHECK(fx_quote(d, "التنسيق مستمر") != NULL);
}

static void test_ala_ma_yaqul_set_off_by_a_comma_is_a_source(void)
{
    /* source_markers.tsv "على ما" and source_cue: "، على ما يقول X" sources the clause before
     * it; without the comma it is what someone comments on, no source */
    struct doc *d = fx_annotate("والصمت الصيني ليس علامة رضا، على ما يقول دبلوماسي عربي معتمد في بكين. ولم يصدر عن المركز أي تعليق على ما أوردته الصحيفة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "والصمت");
    CHECK(q != NULL && q->speaker_name && strncmp(q->speaker_name, "دبلوماسي عربي", strlen("دبلوماسي عربي")) == 0);
    CHECK(d->n_quotes == 1);
}

static void test_a_headline_names_a_body_in_marks_whole(void)
{
    /* headline_cue, region_is_one_mention: a name of three words in marks before the colon
     * heads the headline as a short one does */
    struct doc *d = fx_annotate("«هيومن رايتس ووتش»: المعاهدة تكرس إفلات النظام من العقاب\nقالت المنظمة في تقرير إن المعاهدة خطيرة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "المعاهدة تكرس");
    CHECK_STR(q ? q->speaker_name : NULL, "هيومن رايتس ووتش");
}

static void test_a_definite_title_heading_a_headline_is_the_body_holder(void)
{
    /* attribution.c titled_head: "السفير الروسي بدمشق:" over a body that names the
     * ambassador is the ambassador, as an indefinite "سفير روسي:" is */
    struct doc *d = fx_annotate("السفير الروسي بدمشق: المعاهدة درع في وجه الهيمنة\nوأكد السفير أليكسي سميرنوف في كلمته خلال الحفل أن المعاهدة فتحت صفحة جديدة.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "المعاهدة درع");
    CHECK_STR(q ? q->speaker_name : NULL, "أليكسي سميرنوف");
}

static void test_a_verb_after_idh_has_the_sentences_named_subject(void)
{
    /* attribution.c idh_after_comma: "وكانت المجر قد عرقلت الحزمة، إذ رأت أن" - the verb
     * after "، إذ" has no subject of its own; the state named as the sentence's subject
     * speaks */
    struct doc *d = fx_annotate("وكانت المجر قد عرقلت إقرار الحزمة أسبوعا كاملا، إذ رأت أن العقوبات تضر بالاقتصادات الأوروبية.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct quote *q = fx_quote(d, "العقوبات تضر");
    CHECK_STR(q ? q->speaker_name : NULL, "المجر");
}

int main(void)
{
    fx_setup();
    test_some_of_a_group_speaks_as_written();
    test_an_outlet_relays_a_person_with_a_long_title();
    test_a_family_name_after_a_womans_verb_is_the_woman();
    test_a_plural_owned_by_what_follows_is_a_group();
    test_a_friend_named_after_his_title();
    test_for_his_part_before_the_subject();
    test_a_number_of_people_speaks_as_written();
    test_a_units_ordinal_in_digits_names_the_unit();
    test_a_kunya_where_the_name_plainly_ends();
    test_a_body_in_marks_between_a_role_and_its_holder();
    test_she_answers_and_a_question_no_one_answers();
    test_a_pronoun_of_the_other_gender_goes_on_with_the_clause();
    test_li_alone_before_where_he_said_it();
    test_to_whom_between_the_verb_and_its_subject();
    test_a_headline_role_is_someone_the_body_quotes();
    test_whom_a_verb_relays_right_after_it();
    test_where_an_article_was_published_is_no_writer();
    test_an_opening_phrase_before_an_aside_is_the_subject();
    test_a_name_after_the_roles_place_before_an();
    test_a_headline_repeated_behind_a_conjunction();
    test_told_me_with_no_one_named();
    test_a_given_name_set_off_before_the_verb();
    test_the_paper_named_just_before_over_an_earlier_one();
    test_a_relative_clause_on_a_noun_ends_the_words();
    test_a_saying_someone_repeated();
    test_one_of_those_just_named();
    test_a_construct_title_names_with_common_words();
    test_a_manner_adjective_is_no_speaker();
    test_a_question_answered_in_its_sentence();
    test_statement_told_to_someone_names_no_speaker();
    test_a_name_of_common_words_before_an_aside();
    test_a_participle_addressing_someone_before_a_colon();
    test_a_pronoun_right_after_the_words_goes_on_with_their_speaker();
    test_lee_as_a_lines_label();
    test_the_prosecution_speaks();
    test_a_name_written_with_hamza_alef_has_no_article();
    test_a_relay_verb_in_construct_is_its_verbal_noun();
    test_a_korean_given_name_glued_by_a_hyphen();
    test_victims_and_a_prosecution_office_speak();
    test_a_name_written_with_a_madda_is_no_function_word();
    test_a_champion_speaks_by_his_title();
    test_the_object_after_a_body_is_not_its_name();
    test_a_police_force_named_by_its_city_speaks();
    test_his_excellency_past_the_honorific_of_the_role();
    test_his_host_and_a_railway_authority();
    test_ali_between_given_name_and_name_after_an_unknown_role();
    test_a_compound_given_name_as_the_topic_of_amma();
    test_whom_a_headline_addresses_is_not_its_speaker();
    test_japanese_given_names_open_the_name();
    test_a_leader_an_interview_relays_is_not_its_guest();
    test_an_interview_announced_by_its_introduction();
    test_the_guest_speaks_in_the_interview();
    test_lee_with_a_hyphenated_given_name();
    test_a_family_name_then_the_verbs_object();
    test_a_korean_syllable_in_ng_the_dictionary_reads_behind_a_clitic();
    test_a_circumstance_in_a_noun_and_its_genitive_with_a_pronoun();
    test_the_seat_an_mp_stands_for_is_not_what_was_expressed();
    test_akmala_before_a_colon_goes_on_speaking();
    test_an_aside_in_a_preposition_before_wa_huwa_ma();
    test_a_word_in_ba_after_a_verb_in_ala_is_where_the_speaker_works();
    test_a_participle_after_relayed_words_does_not_take_them();
    test_what_someone_told_him_after_ma_then_a_colon();
    test_a_name_in_four_parts_ends_in_a_family_nisba();
    test_a_kunya_a_given_name_and_a_bare_family_name();
    test_an_introduction_that_calls_the_piece_an_interview();
    test_the_genitive_of_a_role_is_not_that_role();
    test_an_honorific_before_a_title_of_two_words();
    test_whom_an_interview_was_given_to_is_not_its_speaker();
    test_hajj_and_a_title_inside_a_name();
    test_the_us_commands_that_answer_a_launch();
    test_a_dictionary_word_before_an_unknown_one_after_a_title();
    test_korean_names_and_an_opinion_piece();
    test_an_honorific_pronoun_names_whom_the_text_gave_that_honorific();
    test_a_family_name_the_dictionary_holds_before_the_verbs_preposition();
    test_the_dutch_particle_van_inside_a_name_after_an_institute();
    test_the_author_as_a_role_noun_and_as_a_title();
    test_a_describing_verb_after_a_relative_pronoun_has_the_antecedent_for_subject();
    test_lee_after_a_verb_before_a_whole_korean_name();
    test_our_correspondent_as_a_title();
    test_jang_as_a_korean_family_name();
    test_a_sermon_is_a_statement_noun();
    test_a_two_letter_family_name_after_its_title_in_a_relay();
    test_the_united_nations_command_is_a_body_of_its_own();
    test_a_woman_scientist_heads_a_headline();
    test_a_body_in_marks_after_a_role_and_an();
    test_a_nationality_family_name_after_a_title_before_any_verb();
    test_a_dateline_with_the_paper_in_marks();
    test_a_forum_named_in_marks_inside_an_aside();
    test_a_quotation_credited_after_a_dash_on_a_bulleted_line();
    test_a_nickname_after_wa_and_its_participle();
    test_a_professor_spelled_without_ya();
    test_the_owner_of_a_tanker_speaks();
    test_words_told_to_an_outlet_with_a_dot();
    test_a_source_with_its_relative_clause_and_a_titled_report();
    test_a_shaikh_by_his_given_name_and_a_korean_woman();
    test_mr_and_a_family_name_in_marks();
    test_a_partys_secretary();
    test_a_role_noun_describing_a_definite_object();
    test_an_age_before_an_and_elderly_people_referred_back();
    test_a_person_noun_right_after_the_one_described();
    test_a_bodys_name_in_marks_inside_a_role_and_new_role_nouns();
    test_a_ships_name_in_marks_after_the_role_that_governs_it();
    test_a_role_with_a_nationality_in_the_body_points_back();
    test_a_companys_name_in_marks_after_its_head_in_lam();
    test_a_closing_tag_alone_makes_its_sentence_a_quotation();
    test_in_the_words_of_a_named_speaker();
    test_a_closing_mark_before_a_sources_comma_stays();
    test_a_family_name_alone_is_the_one_of_that_family_who_spoke();
    test_a_passive_present_verb_goes_on_with_the_words();
    test_an_infographic_card_before_a_speakers_label();
    test_a_hosts_questions_to_labels_with_roles_in_parentheses();
    test_the_one_asked_named_by_his_given_name_alone();
    test_a_role_noun_then_when_it_spoke_refers_back();
    test_former_after_a_role_noun_is_no_object();
    test_an_honorific_with_its_pronoun_is_the_one_so_named();
    test_a_title_behind_its_preposition_is_named_without_it();
    test_an_interview_label_may_be_a_short_family_name();
    test_whoever_relays_with_a_role_noun_stays_in_focus();
    test_a_role_noun_and_nationality_point_back_to_the_unnamed_one_so_written();
    test_the_politician_refers_back();
    test_an_interview_introduced_after_the_news_has_unlabelled_answers();
    test_a_source_closed_by_fa_frames_a_report_whatever_it_names();
    test_a_source_names_the_body_behind_its_document();
    test_the_complementiser_opens_no_name_after_a_title();
    test_a_rule_or_a_plan_after_a_source_marker_vouches_for_nothing();
    test_an_interviewers_questions_under_her_name_are_no_quotations();
    test_a_colon_before_an_interview_takes_no_question_as_its_words();
    test_admitting_and_citing_participles_end_the_words_before_them();
    test_marks_after_hawla_name_a_topic();
    test_a_bodys_name_in_marks_before_its_relative_clause_is_no_quotation();
    test_a_negated_verb_of_saying_after_a_comma_opens_the_next_words();
    test_edge_shapes();
    test_headline_and_byline_shapes();
    test_headline_role_from_body();
    test_split_and_joined_quotations();
    test_asides_and_data();
    test_quoted_objects_and_time_clauses();
    test_outlet_first_and_relative_report();
    test_more_reporting_verbs();
    test_said_it_and_same_source();
    test_unlabelled_interview();
    test_labelled_interview();
    test_session_report();
    test_relative_comment();
    test_roundup_relays();
    test_obituary_speakers();
    test_press_review_speakers();
    test_council_turns();
    test_parliament_and_match_speakers();
    test_social_media_speakers();
    test_document_in_it_speakers();
    test_coordinated_verb_speakers();
    test_memoir_speakers();
    test_quoted_name_then_outlet_told();
    test_witness_feature_speakers();
    test_column_and_family_speakers();
    test_timeline_and_report_speakers();
    test_rally_and_feature_speakers();
    test_debate_and_source_speakers();
    test_roundup_speakers();
    test_outlets_conjuncts_and_complements();
    test_documents_relays_and_quoted_names();
    test_told_sources_and_pointers();
    test_the_latter();
    test_family_names_and_relatives();
    test_elided_publishers_and_objects();
    test_bylines_bodies_and_hyphens();
    test_study_speaks();
    test_relative_verb_with_object();
    test_participle_after_kul_min();
    test_question_runs();
    test_article();
    test_gender_and_groups();
    test_unnamed_sources();
    test_interview_answers();
    test_live_labels_and_links();
    test_narrator_background();
    test_relative_headline_mixed();
    test_not_quotes();
    test_english();
    test_quoted_outlet();
    test_kana_qad();
    test_bullets_and_times();
    test_same_role();
    test_bare_verb_of_describing();
    test_document_source_and_described_object();
    test_pronoun_after_narrative_clause();
    test_same_source_marker();
    test_role_word_in_written_role();
    test_masdar_in_reporting_clause();
    test_honorific_pronoun();
    test_participle_after_closing_mark();
    test_subject_before_relative_aside();
    test_headline_relative_of_leader();
    test_masdar_subject_and_clitic_family_name();
    test_relative_document_author();
    test_introduced_subject();
    test_gender_from_verb_and_name();
    test_bayyana();
    test_source_with_elided_subject();
    test_what_the_subject_called_it();
    test_name_in_apposition_after_someone_elses_role();
    test_quoted_short_name_headline();
    test_groups_and_generic_roles();
    test_circumstance_of_speaking();
    test_interlocutor_and_outlet_colon();
    test_statement_and_clause_subjects();
    test_roles_and_gender();
    test_manner_and_prefixed_nouns();
    test_ordinals_and_outlets();
    test_vox_pops();
    test_source_apposition();
    test_surname_headline();
    test_coordinated_clauses();
    test_live_blog_entry();
    test_provisos();
    test_relay_pronoun_referent();
    test_role_noun_not_the_object();
    test_list_of_reactions();
    test_press_conference_digest();
    test_pseudonyms_and_findings();
    test_appeals_to_people();
    test_documents_and_topic_labels();
    test_topic_with_role_and_name();
    test_sermon_and_elided_sources();
    test_body_inside_the_words();
    test_one_member_of_a_body();
    test_science_is_no_verb();
    test_read_as_words_in_marks();
    test_what_someone_calls_it();
    test_brief_refers_back_to_its_own_noun();
    test_magazine_that_published_the_article();
    test_participle_past_a_verbal_noun_and_kana();
    test_social_media_groups();
    test_headline_quote_ends_with_its_marks();
    test_role_noun_of_a_relayer();
    test_highlights_listed_after_a_colon();
    test_document_opening_the_sentence();
    test_in_reply_and_a_body_as_object();
    test_body_that_acted_says_why();
    test_next_act_ends_the_words();
    test_place_phrase_before_the_subject();
    test_joined_participle_goes_on_with_the_relayer();
    test_saluting_and_calling_on();
    test_issuer_not_the_chair();
    test_given_name_before_the_outlet_told();
    test_compound_given_names_of_women();
    test_memo_named_bare_with_its_author();
    test_a_breeder_of_a_headline_named_in_the_body();
    test_a_described_body_with_its_place_on_ba();
    test_unnamed_bodies_as_sources();
    test_subject_after_ghayr_anna_with_an_aside();
    test_valued_with_its_shadda_and_recalled();
    test_speech_given_by_the_relative_antecedent();
    test_marked_head_before_kull();
    test_participle_with_a_relay_aside();
    test_passive_voweled_verb_is_no_cue();
    test_marked_head_with_its_complement();
    test_circles_and_outlet_on_lam();
    test_in_his_words();
    test_latin_outlet_told();
    test_relative_of_the_same_speaker();
    test_items_of_a_reported_list();
    test_praise_and_clause_of_time();
    test_medial_and_final_sources_with_ma();
    test_what_the_subject_calls_it();
    test_others_and_chants();
    test_headline_with_long_occasion();
    test_feelings_without_words();
    test_columnist_and_who_was_asked();
    test_outlet_relays_and_roles_by_nationality();
    test_reports_of_reports_and_contrasts();
    test_source_of_two_words_and_narrator_circumstance();
    test_names_in_marks_semicolons_and_described_numbers();
    test_plural_sources_after_a_single_one();
    test_duals_and_journalists_told();
    test_person_relays_a_named_person();
    test_described_by_a_group_with_the_object_on_the_verb();
    test_wire_participle_without_comma();
    test_live_page_time_and_label();
    test_headline_title_adjective_and_where();
    test_honorifics_and_object_after_a_ministers_title();
    test_headline_with_its_source_in_parentheses();
    test_gesture_while_speaking_and_family_name_first();
    test_threat_with_its_condition();
    test_written_answer_speaks_for_its_author();
    test_accusative_source_after_lakin();
    test_narrator_gloss_and_tag_before_marks();
    test_statement_shown_and_commented();
    test_message_read_out_and_cited_saying();
    test_relative_clause_names_its_own_subject();
    test_columnists_own_past_words();
    test_what_came_from_someone();
    test_briefing_by_a_name_with_a_title_in_construct();
    test_described_by_a_name_with_an_object_after_it();
    test_honorific_subject_and_looking_forward();
    test_body_as_written_named_again_by_its_head();
    test_circles_relay_their_patron();
    test_masculine_object_of_a_feminine_call();
    test_accusative_plural_object_and_seat_of_a_body();
    test_name_in_marks_inside_a_subject_before_its_verb();
    test_headlines_of_a_rank_and_a_defector();
    test_ali_after_the_verb_and_a_negated_contrast();
    test_summed_up_before_a_colon_and_found_strange();
    test_in_his_view_and_an_aside_after_the_outlet_told();
    test_family_name_with_its_particle_names_the_person_again();
    test_former_role_names_the_former_official();
    test_named_speaker_inside_a_participle_clause_and_a_role_with_a_quoted_outlet();
    test_the_anchor_and_her_question();
    test_saying_recalled_from_someone_else();
    test_source_marker_with_a_statement_noun_and_a_quoted_outlet();
    test_relay_set_off_before_the_verb();
    test_the_same_paper_is_the_last_one_named();
    test_what_was_said_asked_in_a_headline();
    test_topic_answered_after_faqad();
    test_dateline_with_the_paper_and_asserted_outright();
    test_citing_what_someone_told_the_citer();
    test_second_headline_with_a_quoted_outlet_and_a_womans_role();
    test_headline_words_repeated_below_and_a_cited_masdar();
    test_body_role_noun_before_a_named_object();
    test_aside_on_a_subject_that_opens_the_sentence();
    test_round_up_labels_and_a_report_inside_a_report();
    test_paper_named_again_by_its_nationality();
    test_telegram_sent_and_in_the_reckoning_of();
    test_source_between_a_subject_and_its_predicate();
    test_considered_in_iraqi_copy();
    test_participle_after_a_verb_in_the_object();
    test_marked_predicate_and_its_tail();
    test_recommended_that();
    test_nationality_role_names_the_latest_of_that_nationality();
    test_verb_with_a_complement_closes_no_clause();
    test_subject_after_the_verb_and_fih();
    test_one_of_them_speaks();
    test_long_unnamed_speaker_and_long_asking_phrase();
    test_first_headline_stops_at_the_second();
    test_headline_item_after_the_words();
    test_headline_marks_then_the_next_item();
    test_second_headline_with_its_wa_apart();
    test_unnamed_role_headline_is_the_unnamed_one_below();
    test_egyptian_hamza_seat();
    test_people_named_by_what_they_are();
    test_voiced_words_in_marks();
    test_marked_object_and_what_it_governs();
    test_role_holder_set_off_after_it();
    test_statement_adjective_then_author();
    test_the_maghrebi_host_opens_the_show();
    test_report_byline_and_agreed_as_one();
    test_the_same_speaker_in_maghrebi_copy();
    test_when_clause_after_a_name_set_off();
    test_a_documents_makers_speak_for_it();
    test_a_recommendation_in_marks();
    test_one_of_a_plural_of_people();
    test_headline_speaker_by_shared_role_words_and_a_reworded_quote();
    test_but_another_speaker_ends_the_words();
    test_feminine_present_forms_of_listed_verbs();
    test_role_before_its_verb_with_the_name_set_off();
    test_student_after_a_noun_is_no_verb();
    test_participle_after_a_person_who_relays();
    test_feminine_title_does_not_name_a_man();
    test_a_leftist_column_of_statements_and_asides();
    test_a_feature_of_an_ambassador_who_recalls();
    test_a_column_under_kataba();
    test_headlines_of_someone_by_trade();
    test_a_family_name_that_is_a_role_word();
    test_a_statement_posted_on_a_page();
    test_a_trade_noun_that_is_also_a_verb();
    test_a_state_called_on_after_a_quotation();
    test_a_scene_before_a_verb_of_going_on();
    test_an_issuer_with_its_short_name_in_brackets();
    test_a_relay_over_an_agency_short_name_in_brackets();
    test_a_headline_role_found_in_an_apposition();
    test_a_long_headline_head_with_the_outlet_told();
    test_a_mother_referred_back_to();
    test_a_paper_prepared_by_someone_named_after_it();
    test_a_source_marker_with_its_pronoun();
    test_an_occasion_opening_the_sentence_is_no_ones_words();
    test_darija_verbs_of_saying();
    test_present_verb_after_a_past_cue_goes_on();
    test_a_report_of_a_panel_is_the_panels();
    test_an_unlisted_plural_of_people_speaks();
    test_a_role_noun_names_whose_apposition_holds_it();
    test_an_unknown_outlet_told_after_the_verb();
    test_a_headline_group_with_where_it_spoke();
    test_a_verb_after_its_subject_in_commas_reports_nothing_before();
    test_a_report_of_a_panel_in_construct_is_the_panels();
    test_talib_a_student_not_a_verb();
    test_an_embassy_speaks_with_its_seat();
    test_a_given_name_alone_after_its_verb();
    test_who_after_an_indefinite_apposition();
    test_fi_taqdir_after_the_first_word_cites_no_one();
    test_a_verbal_noun_after_whom_a_verb_told();
    test_a_bodys_noun_after_a_definite_subject_is_the_object();
    test_the_paper_told_after_a_talk_noun_is_no_author();
    test_a_press_statement_and_the_journalists_told_are_no_author();
    test_a_banker_unnamed_and_because_in_his_aside();
    test_a_source_statement_issued_by_its_author();
    test_a_second_title_in_a_row_is_a_role_too();
    test_an_aside_on_the_relayed_speaker_before_his_saying();
    test_a_headline_headed_by_the_datelines_place();
    test_as_if_opens_no_clause();
    test_a_headline_role_over_another_speakers_recurring_words();
    test_a_headline_title_with_its_body_is_the_bodys_role_holder();
    test_as_being_after_a_name_in_marks_stays_in_the_clause();
    test_the_speakers_own_as_he_says_aside_inside_the_words();
    test_whom_a_relative_verb_told_and_a_kunya_after_a_clitic();
    test_a_that_verb_inside_the_subjects_title_and_an_honorific_referring_back();
    test_a_fronted_place_is_no_subject_and_ali_ends_a_name_set_off();
    test_a_family_name_in_ould_used_alone();
    test_a_foreign_name_in_marks_after_a_bodys_description();
    test_a_colleague_named_after_the_verb_and_monitors_and_shrines_as_sources();
    test_a_compound_given_name_with_a_title_word_before_ould();
    test_an_energy_company_named_after_its_state();
    test_a_trade_noun_refers_back_to_its_holder();
    test_claiming_as_a_participle();
    test_a_son_of_a_place_is_the_man_in_focus();
    test_a_farmer_and_agriculture_and_a_lecturer_and_a_lecture();
    test_a_family_name_in_nisba_after_a_compound_given_name_or_before_bianna();
    test_a_body_named_by_its_remit_after_a_governing_participle();
    test_a_negated_adjective_goes_on_with_a_bodys_name();
    test_a_bodys_one_word_name_before_an_honorific_and_a_university_named_after_abi();
    test_an_honorific_as_a_family_name_and_then_alone();
    test_a_commentary_broadcast_by_an_agency_and_its_role_noun_before_fi();
    test_the_one_speaking_is_whoever_spoke_last();
    test_a_headline_mp_for_a_place_the_role_names();
    test_a_person_introduced_after_a_fronted_place_and_ala_no_family_name();
    test_clergy_a_church_and_a_presenter_who_answered();
    test_a_headline_head_of_no_list_that_told_an_outlet();
    test_a_service_and_a_chamber_referred_back_to_as_sources();
    test_an_outlets_credit_line_with_its_label_after_the_colon();
    test_a_site_heading_the_headline_is_its_topic();
    test_professionals_as_a_source_and_the_lecturer_referred_back_to();
    test_federations_and_a_part_of_a_body_as_the_subject_of_a_participle();
    test_a_copys_recipient_is_no_author_and_a_head_named_in_marks_before_her_verb();
    test_a_group_heads_a_companys_name_and_a_name_in_marks_in_the_speakers_apposition();
    test_a_bulletins_presenter_named_set_off_and_a_topic_in_an_before_the_verb();
    test_a_fused_abd_name_and_a_nationality_as_a_family_name_after_the_fathers();
    test_a_long_source_phrase_before_fa_inna_and_the_treasury_by_its_short_name();
    test_an_elder_called_uncle_and_whom_he_told_and_a_name_before_the_outlet();
    test_a_role_of_another_nationality_is_no_earlier_official();
    test_an_unknown_nisba_after_a_given_name_in_apposition_and_the_dialects_alli();
    test_a_body_between_kana_and_qad_goes_on_speaking();
    test_a_source_with_its_own_verb_set_off_before_the_cues_preposition();
    test_a_relative_verb_with_words_of_its_own_leaves_the_colon_to_said();
    test_a_manner_noun_with_its_possessors_pronoun_after_the_verb();
    test_one_of_a_places_notables_in_a_headline_is_whom_the_body_quotes();
    test_that_after_a_relative_verb_of_no_saying_is_that_verbs();
    test_a_present_verb_describing_a_marked_head_goes_with_it();
    test_how_and_where_it_was_said_after_a_role_subject();
    test_a_wish_before_that_is_a_cue();
    test_a_programme_named_in_marks_and_its_host_in_apposition();
    test_a_relative_after_an_indefinite_apposition_and_a_dialect_with_its_adjective();
    test_a_long_headline_role_that_told_a_known_station();
    test_an_elder_from_a_village_heads_a_headline();
    test_a_treaty_or_a_drill_named_in_marks_is_no_quotation();
    test_a_participle_before_the_colon_closes_no_headline();
    test_the_worker_refers_back_to_the_worker_quoted();
    test_going_on_before_a_colon_is_a_cue();
    test_a_relative_verb_whose_final_ya_turned_alef_before_its_pronoun();
    test_farmers_of_a_place_head_a_headline();
    test_a_two_word_title_heads_a_headline();
    test_a_companys_long_name_in_marks_is_no_quotation();
    test_a_source_phrases_relay_verb_carrying_ma();
    test_an_outlet_holding_a_place_named_again_in_marks();
    test_an_outlets_question_over_its_fact_check_is_no_quotation();
    test_a_present_verb_of_reassuring_closes_a_headline_head();
    test_a_persons_labelled_answer_holds_the_speech_it_tells_of();
    test_a_farmer_from_a_place_heads_a_headline();
    test_a_worker_speaks_and_where_he_works_is_no_name();
    test_a_treatys_name_in_marks_is_no_quotation();
    test_the_outlets_labelled_question_is_no_quotation();
    test_a_branch_of_a_ministry_and_a_written_reply();
    test_a_role_over_two_places_joined_by_a_dash();
    test_a_relative_aside_then_the_outlet_told();
    test_the_outlet_asks_in_its_headline();
    test_a_body_named_with_its_seat_speaks_so_throughout();
    test_someone_of_a_place_heads_the_headline();
    test_people_of_a_trade_are_a_source();
    test_fishermen_a_guide_and_a_given_name_that_is_morning();
    test_in_the_opinion_of_with_bi();
    test_a_poultry_breeder_of_a_place_told_the_outlet();
    test_asking_if_it_was_is_a_question();
    test_an_agencys_short_name_in_marks_after_its_name();
    test_a_long_unnamed_source_keeps_its_seat();
    test_a_delegate_of_a_place_named_after_a_comma();
    test_a_headline_opening_with_words_the_body_quotes();
    test_a_maghreb_civil_society_activist();
    test_an_honorific_opens_the_apposition_after_a_role();
    test_an_apposition_with_a_verb_of_its_own_and_the_statement_of_a_body();
    test_a_village_headman_and_mukhtar_as_a_given_name();
    test_owners_and_workers_speak_as_groups_and_name_bodies();
    test_a_described_body_that_issued_a_statement_speaks_in_it();
    test_a_feeling_voiced_with_no_an_before_min_anna();
    test_the_outlet_in_marks_after_a_call_with();
    test_a_role_over_a_governorate_and_a_second_title_heads_a_headline();
    test_a_title_with_its_owners_pronoun_after_the_verb_speaks();
    test_a_callers_given_name_after_her_title();
    test_an_elative_after_min_and_a_stations_bulletin_heading();
    test_a_relative_cue_whose_speaker_has_a_relative_clause_of_his_own();
    test_figures_of_a_body_named_before_by_its_head();
    test_the_official_refers_back_to_a_director_named_by_his_role();
    test_a_state_service_named_maslaha_speaks();
    test_explained_it_by_is_a_cue();
    test_a_title_of_two_words_names_someone_new();
    test_an_agency_relaying_an_official_of_a_body();
    test_one_of_the_middlemen_or_distributors_speaks();
    test_the_interviewee_introduced_after_another_speaker();
    test_a_verb_in_an_aside_on_who_he_is_before_the_colon();
    test_complaining_that_is_a_cue();
    test_figures_described_by_adjectives_alone_are_the_source();
    test_a_number_of_a_group_and_a_farmer_named_by_a_womans_name();
    test_a_lieutenant_colonel_after_the_spokesmans_role();
    test_a_crossings_place_after_the_directors_construct_heads_the_headline();
    test_where_it_was_said_ends_the_subject_after_a_relative_verb();
    test_ali_between_a_given_name_and_a_word_that_ends_the_name();
    test_a_persons_name_in_a_second_aside_after_a_role();
    test_an_associate_professor_is_no_object_of_the_verb();
    test_the_man_and_his_age_refer_back_to_the_one_quoted();
    test_a_byline_label_after_the_outlet_is_no_speech();
    test_a_medial_tag_between_two_clauses_stays_inside_the_quote();
    test_one_of_the_callers_as_a_source_and_a_lecturer_as_a_role();
    test_a_body_speaks_with_a_town_no_list_holds_as_its_seat();
    test_one_of_a_pages_followers_speaks();
    test_a_later_verb_with_no_subject_after_an_opening_verb_of_saying_that_quoted_nothing();
    test_a_verb_after_a_relatives_subject_goes_on_with_it();
    test_what_was_not_hidden_and_a_feeling_voiced_after_its_subject();
    test_the_people_of_a_place_in_construct_with_it_are_the_source();
    test_wholesale_after_a_trades_noun_is_in_the_phrase();
    test_when_and_where_the_words_were_said_after_wa_dhalik_end_them();
    test_a_pilot_as_the_topic_of_amma_speaks_without_the_comma();
    test_this_is_what_x_tells_after_a_closed_quotation();
    test_a_short_name_in_marks_before_the_verbs_preposition_is_the_subjects();
    test_another_speakers_clause_after_baad_an_ends_the_words();
    test_a_transcripts_label_with_the_role_in_parentheses();
    test_a_nouns_pronoun_before_a_figure_and_the_speakers_own_tag_inside_the_clause();
    test_a_role_described_anew_is_no_one_named_before();
    test_asserting_outright_before_a_clause();
    test_a_name_in_parentheses_after_the_words_is_their_speaker();
    test_a_source_opening_a_clause_after_a_comma();
    test_a_phrase_said_by_someone_after_a_closed_quotation();
    test_how_it_was_said_before_the_speaker_after_the_words_and_volunteers_as_a_source();
    test_a_relatives_antecedent_is_the_person_before_a_role_that_names_places();
    test_a_korean_family_name_labels_a_briefings_answers();
    test_a_document_with_a_feminine_adjective_and_a_colleges_department_as_its_author();
    test_a_social_network_page_named_in_marks_speaks();
    test_a_role_set_off_before_the_name_is_the_persons_for_a_role_noun_later();
    test_a_participant_and_an_ordinal_after_a_role_are_one_unnamed_speaker();
    test_a_verb_after_a_clause_reports_it_only_when_someone_who_can_speak_follows();
    test_a_title_with_its_bodys_pronoun_after_in_it_names_the_speaker();
    test_an_unnamed_subject_in_the_accusative_after_anna_speaks();
    test_advice_is_reported_only_in_bi_anna();
    test_a_nickname_in_marks_after_its_participle_is_no_quotation();
    test_an_adjective_that_is_also_a_title_stays_in_an_unnamed_speakers_phrase();
    test_a_relative_cues_speaker_ends_before_where_with_his_pronoun_it_was_said();
    test_a_cooperative_and_a_branch_named_before_are_sources();
    test_a_number_of_a_definite_plural_is_a_group_not_a_reference_back();
    test_a_relative_cues_title_takes_the_name_set_off_after_it();
    test_a_dateline_and_a_writer_whose_given_name_is_a_word_is_a_byline();
    test_a_short_name_in_marks_right_after_the_verb_then_an_is_its_subject();
    test_talib_after_a_persons_age_in_parentheses_is_a_student();
    test_a_feelings_clause_runs_past_an_aside_in_commas();
    test_the_speakers_reason_after_marks_goes_on_with_the_words();
    test_a_negotiator_is_a_role();
    test_a_lawyers_plea_in_bianna();
    test_a_family_name_shared_by_two_goes_to_the_verbs_gender();
    test_an_unnamed_woman_brought_in_by_her_trade_speaks_for_a_feminine_verb();
    test_a_relative_with_a_pronoun_speaks_and_may_be_named_after();
    test_a_transcripts_given_name_labels_after_a_timestamp();
    test_an_interviews_label_of_a_family_name_that_is_a_word();
    test_a_papers_name_in_parentheses_after_its_head();
    test_wire_copy_without_the_comma_before_wa_adaf();
    test_a_callers_given_name_and_town_label_the_call();
    test_a_relative_cue_on_words_a_role_already_said_gives_no_copy();
    test_an_adverb_between_a_relative_cues_verb_and_its_speaker();
    test_a_vox_pop_label_with_age_and_trade_in_parentheses();
    test_a_colleague_with_the_pronoun_introduces_her_name();
    test_a_role_in_apposition_read_before_the_verb_names_that_person();
    test_a_post_by_someone_set_off_by_an_apposition_says_in_it();
    test_a_kunya_labels_a_line();
    test_ali_labels_a_vox_pop_line();
    test_an_aside_in_wa_huwa_then_how_and_the_colon();
    test_a_sudanese_tribal_chief_heads_a_headline();
    test_one_of_the_audience_speaks();
    test_a_source_named_by_title_then_name_opens_a_clause();
    test_recommendations_listed_as_noun_phrases_are_no_quotes();
    test_a_source_named_by_what_its_people_do();
    test_a_named_source_takes_fa_inna_without_a_comma();
    test_how_the_speaker_is_known_is_an_aside();
    test_a_given_name_labelling_turns_speaks_them();
    test_kept_repeating_is_a_cue();
    test_an_assessment_speaks_for_its_author();
    test_repeated_is_a_cue_before_a_clause();
    test_a_books_title_after_its_authors_pronoun();
    test_in_his_estimate_carries_its_source();
    test_who_was_asked_unnamed_is_not_a_name_in_the_question();
    test_a_participle_after_recalled_words_is_the_recallers();
    test_interview_labels_with_a_slash();
    test_list_items_that_name_their_own_speakers();
    test_visitors_and_worshippers_as_unnamed_sources();
    test_a_noun_after_a_verb_with_its_object_in_an_aside();
    test_a_programmes_presenter_with_its_pronoun();
    test_a_given_name_between_two_joined_verbs();
    test_a_kunya_as_the_topic_before_its_answer();
    test_an_occasion_before_the_verb_is_not_its_subject();
    test_a_participle_before_its_own_colon_ends_the_clause();
    test_the_one_asked_answers();
    test_a_short_name_in_marks_after_asking_is_the_asker();
    test_a_person_introduced_then_quoted_before_the_verb();
    test_an_honorific_names_the_holder_of_its_office();
    test_his_host_and_said_before();
    test_a_kunya_in_marks_as_the_topic();
    test_a_feeling_voiced_in_wire_copy();
    test_a_moroccan_given_name_after_a_question();
    test_he_reminds_that_is_no_narrator();
    test_a_man_of_the_street_speaks_unnamed();
    test_an_oath_on_what_is_so();
    test_a_signature_under_a_role_is_no_quotation();
    test_an_outlet_relayed_relays_in_turn();
    test_withholding_ones_name_says_nothing();
    test_the_saying_of_someone_cited();
    test_a_circular_names_its_sender();
    test_the_one_asked_as_a_pronoun_answers();
    test_a_parents_student_is_no_verb();
    test_a_fact_check_unit_concludes();
    test_the_former_and_the_latter_of_two_named();
    test_a_question_to_a_pronoun_opens_the_sentence();
    test_how_it_was_said_names_no_one();
    test_whoever_recalls_a_saying_goes_on();
    test_a_hosts_turn_is_no_quotation();
    test_a_daughter_of_a_quarter_is_the_one_in_focus();
    test_the_one_mourned_is_the_late_one_named();
    test_an_official_spokesman_is_no_one_who_spoke_before();
    test_relatives_with_a_pronoun_speak_as_written();
    test_a_present_verb_after_thumma_goes_on_describing();
    test_a_family_with_its_pronoun_is_a_source();
    test_by_the_familys_account();
    test_a_headline_head_with_a_name_in_marks();
    test_the_eve_is_when_not_who();
    test_the_one_named_in_words_does_not_answer();
    test_a_moroccan_pasha_speaks();
    test_a_named_hosts_questions_are_no_quotes();
    test_our_guest_is_the_one_we_talk_to();
    test_views_summed_up_are_no_ones_words();
    test_the_outlet_told_before_a_relative_subject();
    test_an_answer_runs_on_to_its_own_paragraph();
    test_how_it_was_said_after_an_aside_on_the_speaker();
    test_a_relay_verb_that_carried_part_of_an_event();
    test_the_one_asked_answers_after_a_short_act_and_thumma();
    test_a_shrug_in_ba_is_no_speaker();
    test_a_long_title_in_marks_counts_as_one_word_of_reach();
    test_last_week_after_the_verb_is_when_not_who();
    test_a_role_written_after_the_name_is_held_by_that_person();
    test_a_digests_items_under_square_bullets();
    test_a_name_inside_the_words_is_not_who_said_them();
    test_words_first_then_said_while_or_smiling();
    test_a_banner_written_on_is_no_quotation();
    test_a_relay_verbs_form_after_a_preposition_is_its_verbal_noun();
    test_the_person_a_described_speaker_is_called_speaks();
    test_words_first_then_a_relative_clause_that_points_to_more();
    test_a_role_with_its_adjective_and_its_body_is_someone_new();
    test_a_subject_in_apposition_before_a_verb_of_describing();
    test_traders_and_soldiers_speak_as_groups();
    test_a_main_clause_after_fi_hin_ends_the_words_before_it();
    test_shipping_agents_and_monte_carlo_doualiya();
    test_factions_delegates_and_inspectors_speak_as_groups();
    test_a_caption_in_parentheses_heads_its_words();
    test_a_high_source_speaks_unnamed();
    test_a_summit_named_in_marks_is_no_quotation();
    test_a_nationality_and_its_origin_before_a_name_in_apposition();
    test_a_foreign_word_after_fi_is_a_place();
    test_a_house_a_commentator_and_hotel_managers();
    test_what_was_expressed_after_an_is_no_name();
    test_the_lam_of_wafqan_is_not_the_sources_name();
    test_voters_speak_as_a_group();
    test_businessmen_speak_as_a_group();
    test_supervisors_in_construct_speak();
    test_a_body_named_in_marks_after_its_bare_head();
    test_a_body_in_marks_after_a_title_in_apposition();
    test_relative_cue_reaches_past_a_phrase_without_verb();
    test_headline_state_then_whom_it_answers_in_lam();
    test_a_manner_in_wafq_after_the_first_word_is_no_source();
    test_a_summary_and_a_final_statement_as_sources();
    test_an_interviewee_is_not_named_in_a_question();
    test_delegations_speak_as_a_group();
    test_a_list_after_that_and_a_colon();
    test_defective_titles_without_their_ya();
    test_the_consulate_speaks_as_a_role();
    test_research_centres_as_an_unnamed_source();
    test_dashed_turns_of_a_station_and_its_guest();
    test_a_body_in_marks_between_a_bare_title_and_its_holder();
    test_people_familiar_with_the_matter();
    test_dual_verbs_of_saying();
    test_ala_ma_yaqul_set_off_by_a_comma_is_a_source();
    test_a_headline_names_a_body_in_marks_whole();
    test_a_definite_title_heading_a_headline_is_the_body_holder();
    test_a_verb_after_idh_has_the_sentences_named_subject();
    fx_teardown();
    return check_summary("test_quotes");
}
