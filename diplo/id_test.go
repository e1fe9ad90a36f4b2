package diplo

import (
	"strings"
	"testing"
)

func TestSlug(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"two words", "Dmitry Peskov", "dmitry-peskov"},
		{"accents folded", "Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"scandinavian letter kept as a letter", "Ingrid Sørlie", "ingrid-sørlie"},
		{"punctuation runs become one hyphen", "U.S.-Russia  Talks!", "u-s-russia-talks"},
		{"leading and trailing punctuation dropped", "  (NATO) ", "nato"},
		{"digits kept", "G20 Summit 2025", "g20-summit-2025"},
		{"cyrillic kept, its breve folded like an accent", "Сергей Лавров", "сергеи-лавров"},
		{"empty", "", ""},
		{"only punctuation", "--", ""},
		{"invalid UTF-8", "a\xffb", "a-b"},
		{"full-width compatibility forms", "ＵＮ", "un"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Slug(tt.in); got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestActorID(t *testing.T) {
	tests := []struct {
		name string
		kind ActorKind
		n, c string
		want string
	}{
		{"person", Person, "Dmitry Peskov", "RUS", "person:dmitry-peskov"},
		{"country with a code", Country, "Russia", "RUS", "country:RUS"},
		{"country without a code", Country, "Ruritania", "", "country:ruritania"},
		{"organization", Organization, "European Union", "", "organization:european-union"},
		{"national body keeps its name", Organization, "State Department", "USA", "organization:state-department"},
		{"media", Media, "RIA Novosti", "RUS", "media:ria-novosti"},
		{"group", Group, "Western diplomats", "", "group:western-diplomats"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ActorID(tt.kind, tt.n, tt.c); got != tt.want {
				t.Errorf("ActorID(%v, %q, %q) = %q, want %q", tt.kind, tt.n, tt.c, got, tt.want)
			}
		})
	}
}

func TestTopic(t *testing.T) {
	tests := []struct {
		name    string
		topic   Topic
		ok      bool
		builtin bool
		label   string
	}{
		{"built in", UkraineWar, true, true, "War in Ukraine"},
		{"built in, last", Finance, true, true, "Finance"},
		{"user defined", "arctic-council", true, false, "arctic-council"},
		{"digits", "g20", true, false, "g20"},
		{"empty", "", false, false, ""},
		{"upper case", "Sanctions", false, false, "Sanctions"},
		{"leading hyphen", "-trade", false, false, "-trade"},
		{"trailing hyphen", "trade-", false, false, "trade-"},
		{"space", "human rights", false, false, "human rights"},
		{"underscore", "human_rights", false, false, "human_rights"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.topic.Check(); (err == nil) != tt.ok {
				t.Errorf("Check() = %v, want ok %v", err, tt.ok)
			}
			var u Topic
			if err := u.UnmarshalText([]byte(tt.topic)); (err == nil) != tt.ok || tt.ok && u != tt.topic {
				t.Errorf("UnmarshalText = %q, %v; want ok %v", u, err, tt.ok)
			}
			if got := tt.topic.Builtin(); got != tt.builtin {
				t.Errorf("Builtin() = %v, want %v", got, tt.builtin)
			}
			if got := tt.topic.Label(); got != tt.label {
				t.Errorf("Label() = %q, want %q", got, tt.label)
			}
		})
	}
}

func TestTopicsTaxonomy(t *testing.T) {
	ts := Topics()
	if len(ts) != 20 {
		t.Fatalf("%d built-in topics, want the guide's 20", len(ts))
	}
	seen := map[Topic]bool{}
	for _, ti := range ts {
		if err := ti.ID.Check(); err != nil || seen[ti.ID] || ti.Label == "" || ti.Covers == "" {
			t.Errorf("topic %+v: malformed, duplicate or undescribed", ti)
		}
		seen[ti.ID] = true
	}
	ts[0].ID = "changed"
	if Topics()[0].ID != UkraineWar {
		t.Error("changing the result of Topics() changed the taxonomy")
	}
	if !strings.HasPrefix(string(Topics()[0].ID), "ukraine") {
		t.Error("taxonomy not in the guide's order")
	}
}
