#include "nlp/entities.h"
#include "nlp/doc.h"
#include "nlp/lexicon.h"
int entities_find(struct doc *d, struct arena *a, const struct lexicon *lx) { return 0; }
int32_t entities_mention_at(const struct doc *d, int32_t k) { return -1; }
