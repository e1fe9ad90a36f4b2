package diplo

import "fmt"

// Topic is an issue an article, meeting or statement substantively
// discusses, as an id of the guide's taxonomy ("ukraine-war"). The taxonomy
// is open: users may add their own ids (lower-case letters, digits and
// hyphens) through the extractor's options; Label knows the built-in ones.
type Topic string

// The built-in topic taxonomy.
const (
	UkraineWar         Topic = "ukraine-war"
	Ceasefire          Topic = "ceasefire"
	PeaceProcess       Topic = "peace-process"
	ArmsControl        Topic = "arms-control"
	Nuclear            Topic = "nuclear"
	StrategicStability Topic = "strategic-stability"
	Security           Topic = "security"
	BilateralRelations Topic = "bilateral-relations"
	Sanctions          Topic = "sanctions"
	Trade              Topic = "trade"
	Energy             Topic = "energy"
	Cyber              Topic = "cyber"
	RegionalConflicts  Topic = "regional-conflicts"
	Humanitarian       Topic = "humanitarian"
	Elections          Topic = "elections"
	Maritime           Topic = "maritime"
	Terrorism          Topic = "terrorism"
	Climate            Topic = "climate"
	HumanRights        Topic = "human-rights"
	Finance            Topic = "finance"
)

// TopicInfo describes one topic of the taxonomy.
type TopicInfo struct {
	ID     Topic  `json:"id"`
	Label  string `json:"label"`
	Covers string `json:"covers"`
}

var builtinTopics = []TopicInfo{
	{UkraineWar, "War in Ukraine", "the war in Ukraine and its settlement"},
	{Ceasefire, "Ceasefire", "ceasefires, truces, halting hostilities, in any conflict"},
	{PeaceProcess, "Peace process", "peace plans, frameworks, settlement talks, mediation"},
	{ArmsControl, "Arms control", "arms control and reduction treaties, disarmament, non-proliferation"},
	{Nuclear, "Nuclear weapons", "nuclear weapons, doctrine, deterrence, nuclear war"},
	{StrategicStability, "Strategic stability", "strategic stability as such"},
	{Security, "Security", "security cooperation, alliances, defence pacts, military aid, NATO"},
	{BilateralRelations, "Bilateral relations", "the state of relations, normalization, embassies, diplomats, irritants"},
	{Sanctions, "Sanctions", "economic or other sanctions"},
	{Trade, "Trade", "trade, tariffs, investment, economic cooperation"},
	{Energy, "Energy", "oil, gas, pipelines, energy prices, energy infrastructure"},
	{Cyber, "Cyber", "cybersecurity, cyber attacks"},
	{RegionalConflicts, "Regional conflicts", "other conflicts and hotspots (Syria, Middle East, the Gulf, Libya, ...)"},
	{Humanitarian, "Humanitarian", "humanitarian relief, civilians, prisoners, refugees"},
	{Elections, "Elections", "elections and referendums"},
	{Maritime, "Maritime", "navigation, shipping, maritime borders, the Black Sea, Gulf tankers"},
	{Terrorism, "Terrorism", "terrorism and counter-terrorism"},
	{Climate, "Climate", "climate, environment, disasters"},
	{HumanRights, "Human rights", "human rights, democracy, rule of law"},
	{Finance, "Finance", "currencies, debt, monetary policy, markets"},
}

// Topics lists the built-in taxonomy in the guide's order. The slice is a
// copy; changing it changes nothing else.
func Topics() []TopicInfo { return append([]TopicInfo(nil), builtinTopics...) }

// Label is the human-readable name of a built-in topic, or the id itself
// for a user-defined one.
func (t Topic) Label() string {
	for _, ti := range builtinTopics {
		if ti.ID == t {
			return ti.Label
		}
	}
	return string(t)
}

// Builtin reports whether t is one of the guide's topics.
func (t Topic) Builtin() bool {
	for _, ti := range builtinTopics {
		if ti.ID == t {
			return true
		}
	}
	return false
}

// Check returns an error unless t is a well-formed topic id: non-empty,
// lower-case ASCII letters, digits and inner hyphens.
func (t Topic) Check() error {
	if t == "" {
		return fmt.Errorf("diplo: empty topic")
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' && i > 0 && i < len(t)-1) {
			return fmt.Errorf("diplo: malformed topic %q", string(t))
		}
	}
	return nil
}

// UnmarshalText accepts a well-formed topic id (see Check).
func (t *Topic) UnmarshalText(b []byte) error {
	v := Topic(b)
	if err := v.Check(); err != nil {
		return err
	}
	*t = v
	return nil
}
