// Package extract turns the text of a news article about diplomacy into a
// diplo.Report: the actors it names, the statements they make, the meetings
// and conditions it reports, its topics, and every time expression,
// normalized against the publication date. Every extracted thing carries
// byte spans into the text exactly as the caller gave it.
//
// Build an Extractor once with New and reuse it; it is safe for concurrent
// use. Its lexicons (countries, organizations, titles, reporting verbs,
// meeting words, topic words) are embedded in the package and parsed once;
// Options adds entries of your own.
//
//	ex, err := extract.New(extract.Options{})
//	if err != nil { ... }
//	r, err := ex.Extract(diplo.Document{ID: "a1", Text: article})
//
// The extractor is rule-based: patterns over word classes and lexicons, with
// no model files and no network. Extraction never panics on input; invalid
// UTF-8 and texts over MaxTextSize are errors, anything else (empty text,
// no punctuation, odd characters) gives a valid, possibly empty, Report in
// time linear in the size of the text.
//
// The pipeline runs in stages over a shared text layer (blocks, sentences
// and tokens with an offset map back to the original bytes): the
// publication date, time expressions, actors and their coreference,
// meetings, statements, conditions, and finally topics.
package extract
