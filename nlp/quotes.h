/*
 * quotes.h — finding quotations: cue, content and the phrase that names the speaker.
 *
 * Cues are reporting verbs followed by a complementiser, a colon or an opening quotation
 * mark (verb first and speaker first), participles that continue a speaker (مؤكدا أن),
 * nominal cues (الإشارة إلى أن), relative cues (وهو ما أكده X), source attributions
 * (بحسب X before or after the clause), headlines ("X: ...") and quotation marks
 * themselves. Speakers are left as spans here; attribution.h resolves them.
 */
#ifndef QAWL_QUOTES_H
#define QAWL_QUOTES_H

#include <stdint.h>

struct arena;
struct doc;
struct lexicon;

int quotes_find(struct doc *d, struct arena *a, const struct lexicon *lx);

/* "التجارة: ..." — a definite word at token k that a ministry's name written in the
 * text ends with (وزارة التجارة): the token of that name's head noun, or -1. Looks at
 * the article's first MINISTRY_FIELD_REACH tokens, for headlines name what the lead
 * names. */
#define MINISTRY_FIELD_REACH 600
int quotes_ministry_by_field(const struct doc *d, int32_t k);

/* "وطالب البيان الأجهزة الأمنية بتشديد الرقابة": after a verb that takes its preposition
 * after an object, a word in ب after a definite noun starts that preposition's phrase;
 * the speaker's phrase [b, e) ends before it (not at "المتحدث باسم ...", in a name, nor
 * after a participle that governs it, markers.tsv "governing"). So does a definite
 * statement or role noun followed by another definite noun, the object (البيان الأجهزة).
 * ba_object 0: the verb's preposition is على (أكد، شدد), so a word in ب is no object of
 * it but where the speaker works ("أكد مهندس في مديرية الطرق بمجلس المدينة أن").
 * Returns the phrase's new end. */
int32_t quotes_before_object_preposition(const struct doc *d, const struct lexicon *lx, int32_t b, int32_t e,
                                         int ba_object);

#endif
