#include "nlp/attribution.h"
#include "nlp/doc.h"
#include "nlp/lexicon.h"
int attribution_resolve(struct doc *d, struct arena *a, const struct lexicon *lx) { return 0; }
