#include "nlp/quotes.h"
#include "nlp/doc.h"
#include "nlp/lexicon.h"
int quotes_find(struct doc *d, struct arena *a, const struct lexicon *lx) { return 0; }
