package timeline

import "github.com/parleyhq/parley/diplo"

// Hand-built reports in the styles of wire copy, readouts and digests,
// modelled on the situations a merge must handle: one planned meeting
// announced by two undated articles, a held meeting an announcement
// "follows", dated history in a digest, a statement known only from its
// article's date, partial dates in February 2025, the same people under
// different spellings.

// wireA: an undated wire story. A held meeting (Tuesday) precedes the
// Saturday statement that "comes after" it; the planned consultations
// follow the statement.
func wireA() diplo.Report {
	b := newReport("wire-a", "")
	rus, usa := b.country("RUS", "Russia"), b.country("USA", "United States")
	ryab := b.person("Sergei Ryabkov", "RUS")
	lav, rub := b.person("Sergei Lavrov", "RUS"), b.person("Marco Rubio", "USA")
	s1 := b.say("Deputy Foreign Minister Sergei Ryabkov said on Saturday that Moscow and Washington had agreed to a new round of consultations.")
	t1 := b.timex(s1, "on Saturday", "XXXX-WXX-6", 0)
	b.statement(s1, []string{ryab}, "said", "Moscow and Washington had agreed to a new round of consultations", t1)
	s2 := b.say("The consultations between Russian and American envoys are due within two weeks in a third country.")
	t2 := b.timex(s2, "within two weeks", "P2W", 0)
	b.meeting(s2, "consultations between Russian and American envoys are due within two weeks in a third country", diplo.Meeting{
		Kind: diplo.MeetingKindMeeting, Parties: []string{rus, usa}, Status: diplo.Planned, Time: t2,
		Location: diplo.Location{ThirdCountry: true}, Topics: []diplo.Topic{diplo.BilateralRelations},
	})
	s3 := b.say("The announcement comes after talks between Foreign Minister Sergei Lavrov and Secretary of State Marco Rubio in Riyadh on Tuesday.")
	t3 := b.timex(s3, "on Tuesday", "XXXX-WXX-2", 0)
	b.meeting(s3, "talks between Foreign Minister Sergei Lavrov and Secretary of State Marco Rubio in Riyadh on Tuesday", diplo.Meeting{
		Parties: []string{rus, usa}, Participants: []string{lav, rub}, Status: diplo.Held, Time: t3,
		Location: diplo.Location{Name: "Riyadh", Country: "SAU"}, Topics: []diplo.Topic{diplo.UkraineWar},
	})
	return b.report()
}

// wireB: another undated story about the same planned meeting.
func wireB() diplo.Report {
	b := newReport("wire-b", "")
	rus, usa := b.country("RUS", "Russia"), b.country("USA", "United States")
	s := b.say("Senior Russian diplomats confirmed that envoys of Russia and the United States will meet again within the next two weeks.")
	t := b.timex(s, "within the next two weeks", "P2W", 0)
	b.statement(s, []string{rus}, "confirmed", "envoys of Russia and the United States will meet again within the next two weeks", "")
	b.meeting(s, "envoys of Russia and the United States will meet again within the next two weeks", diplo.Meeting{
		Kind: diplo.MeetingKindMeeting, Parties: []string{rus, usa}, Status: diplo.Planned, Time: t,
		Topics: []diplo.Topic{diplo.BilateralRelations, diplo.ArmsControl},
	})
	return b.report()
}

// digest: an undated background table of dated past events.
func digest() diplo.Report {
	b := newReport("digest", "")
	rus, usa := b.country("RUS", "Russia"), b.country("USA", "United States")
	s1 := b.say("June 2023 | Exploratory talks in Vienna | Channels kept open |")
	t1 := b.timex(s1, "June 2023", "2023-06", 0)
	b.meeting(s1, "Exploratory talks in Vienna", diplo.Meeting{Parties: []string{rus, usa}, Status: diplo.Held, Time: t1,
		Location: diplo.Location{Name: "Vienna", Country: "AUT"}, Outcome: "Channels kept open"})
	s2 := b.say("August 2023 | Joint communique on missile limits | Pledge to keep talking |")
	t2 := b.timex(s2, "August 2023", "2023-08", 0)
	b.statement(s2, []string{rus, usa}, "Joint communique", "missile limits", t2)
	s3 := b.say("September 2023 | Security consultations | No agreement |")
	t3 := b.timex(s3, "September 2023", "2023-09", 0)
	b.meeting(s3, "Security consultations", diplo.Meeting{Parties: []string{rus, usa}, Status: diplo.Held, Time: t3})
	return b.report()
}

// kremlin: a dated readout whose statement has no date of its own.
func kremlin() diplo.Report {
	b := newReport("kremlin", "2024-03-26")
	peskov := b.person("Dmitry Peskov", "RUS")
	s := b.say("Kremlin spokesman Dmitry Peskov said Moscow wants a broad dialogue with Washington covering every issue.")
	b.statement(s, []string{peskov}, "said", "Moscow wants a broad dialogue with Washington covering every issue", "")
	return b.report()
}

// kremlinAgain: a day later, another outlet with the same remark, the
// spokesman named by surname only, and a different remark.
func kremlinAgain() diplo.Report {
	b := newReport("kremlin-again", "2024-03-27")
	peskov := b.person("Peskov", "RUS")
	s := b.say("Peskov told reporters Moscow wants a broad dialogue with Washington covering every issue, including arms.")
	b.statement(s, []string{peskov}, "told", "Moscow wants a broad dialogue with Washington covering every issue, including arms", "")
	s2 := b.say("Peskov added that sanctions relief was not on the table.")
	b.statement(s2, []string{peskov}, "added", "sanctions relief was not on the table", "")
	return b.report()
}

// february: undated, with partial dates: talks in early February 2025 and
// a summit that could come in February or March.
func february() diplo.Report {
	b := newReport("february", "")
	rus, usa := b.country("RUS", "Russia"), b.country("USA", "United States")
	trump, putin := b.person("Donald Trump", "USA"), b.person("Vladimir Putin", "RUS")
	zel := b.person("Volodymyr Zelenskyy", "UKR")
	s1 := b.say("In early February 2025, the United States and Russia began preliminary talks.")
	t1 := b.timex(s1, "In early February 2025", "2025-02", diplo.Start)
	b.meeting(s1, "the United States and Russia began preliminary talks", diplo.Meeting{Parties: []string{usa, rus}, Status: diplo.Ongoing, Time: t1})
	s2 := b.say("A summit between President Donald Trump and President Vladimir Putin could take place in February or March.")
	t2 := b.timex(s2, "in February or March", "2025-02/2025-03", 0)
	b.meeting(s2, "A summit between President Donald Trump and President Vladimir Putin", diplo.Meeting{
		Kind: diplo.Summit, Parties: []string{usa, rus}, Participants: []string{trump, putin}, Status: diplo.Proposed, Time: t2})
	s3 := b.say("President Volodymyr Zelenskyy said Ukraine must have a seat at any negotiations.")
	b.statement(s3, []string{zel}, "said", "Ukraine must have a seat at any negotiations", "")
	return b.report()
}

// kyiv and kyivToo: the Ukrainian president spelled two other ways.
func kyiv() diplo.Report {
	b := newReport("kyiv", "2025-02-20")
	zel := b.person("Volodymyr Zelensky", "UKR")
	s := b.say("Volodymyr Zelensky said Kyiv would not accept a deal made without it.")
	b.statement(s, []string{zel}, "said", "Kyiv would not accept a deal made without it", "")
	return b.report()
}

func kyivToo() diplo.Report {
	b := newReport("kyiv-too", "2025-02-21")
	zel := b.person("Volodymyr Zelenskiy", "UKR")
	s := b.say("Zelenskiy repeated that Kyiv would not accept any deal made without it.")
	b.statement(s, []string{zel}, "repeated", "Kyiv would not accept any deal made without it", "")
	return b.report()
}

// planned and held: one meeting announced, then reported held.
func plannedReport() diplo.Report {
	b := newReport("announce", "2025-03-01")
	ind, chn := b.country("IND", "India"), b.country("CHN", "China")
	s := b.say("The foreign ministers of India and China will meet in Beijing on March 10 to discuss the border.")
	t := b.timex(s, "on March 10", "2025-03-10", 0)
	b.meeting(s, "The foreign ministers of India and China will meet in Beijing on March 10", diplo.Meeting{
		Parties: []string{ind, chn}, Status: diplo.Planned, Time: t, Location: diplo.Location{Name: "Beijing", Country: "CHN"}})
	return b.report()
}

func heldReport() diplo.Report {
	b := newReport("readout", "2025-03-11")
	ind, chn := b.country("IND", "India"), b.country("CHN", "China")
	s := b.say("The foreign ministers of India and China met in Beijing on Monday and agreed to resume border patrols.")
	t := b.timex(s, "on Monday", "2025-03-10", 0)
	b.meeting(s, "The foreign ministers of India and China met in Beijing on Monday", diplo.Meeting{
		Parties: []string{ind, chn}, Status: diplo.Held, Time: t, Location: diplo.Location{Name: "Beijing", Country: "CHN"},
		Outcome: "agreed to resume border patrols"})
	return b.report()
}

// riyadh1 and riyadh2 disagree on the day; riyadh3 on the place; envoys
// is another meeting of the same states the same week.
func riyadh(id, pub, when, value, place, country string) diplo.Report {
	b := newReport(id, pub)
	rus, usa := b.country("RUS", "Russia"), b.country("USA", "United States")
	lav, rub := b.person("Sergei Lavrov", "RUS"), b.person("Marco Rubio", "USA")
	s := b.say("Sergei Lavrov and Marco Rubio met in " + place + " " + when + " for four hours of talks on Ukraine.")
	t := b.timex(s, when, value, 0)
	b.meeting(s, "Sergei Lavrov and Marco Rubio met in "+place+" "+when, diplo.Meeting{
		Kind: diplo.MeetingKindMeeting, Parties: []string{rus, usa}, Participants: []string{lav, rub}, Status: diplo.Held, Time: t,
		Location: diplo.Location{Name: place, Country: country}, Topics: []diplo.Topic{diplo.UkraineWar}})
	return b.report()
}

func envoys() diplo.Report {
	b := newReport("envoys", "2025-02-19")
	rus, usa := b.country("RUS", "Russia"), b.country("USA", "United States")
	d, w := b.person("Alexander Darchiev", "RUS"), b.person("Sonata Coulter", "USA")
	s := b.say("Ambassador Alexander Darchiev and Sonata Coulter held consultations in Istanbul on February 18 on embassy staffing.")
	t := b.timex(s, "on February 18", "2025-02-18", 0)
	b.meeting(s, "Ambassador Alexander Darchiev and Sonata Coulter held consultations in Istanbul on February 18", diplo.Meeting{
		Parties: []string{rus, usa}, Participants: []string{d, w}, Status: diplo.Held, Time: t,
		Location: diplo.Location{Name: "Istanbul", Country: "TUR"}, Topics: []diplo.Topic{diplo.BilateralRelations}})
	return b.report()
}
