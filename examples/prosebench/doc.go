// Package prosebench compares Parley's throughput with
// github.com/jdkato/prose/v2 on the same real articles. It is a module of
// its own so that the library never depends on prose:
//
//	cd examples/prosebench && go test -run '^$' -bench .
//
// The benchmarks read ../../../shared/corpus and skip when it is absent.
package prosebench
