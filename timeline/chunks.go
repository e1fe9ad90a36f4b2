package timeline

// chunkBits sets the size of a chunk: 1<<chunkBits elements.
const chunkBits = 12

// chunks is a growable array kept in fixed-size chunks, so that growing it
// never copies what it holds and leaves no old copy behind as garbage: the
// index of a Set of a million items grows by appends alone.
type chunks[T any] struct {
	c [][]T
	n int32
}

// len is the number of elements.
func (v *chunks[T]) len() int32 { return v.n }

// push appends x and returns its index.
func (v *chunks[T]) push(x T) int32 {
	if v.n&(1<<chunkBits-1) == 0 {
		v.c = append(v.c, make([]T, 0, 1<<chunkBits))
	}
	last := &v.c[len(v.c)-1]
	*last = append(*last, x)
	v.n++
	return v.n - 1
}

// at is element i, which must exist.
func (v *chunks[T]) at(i int32) *T { return &v.c[i>>chunkBits][i&(1<<chunkBits-1)] }

// clone is a copy of v that shares no memory with it.
func (v *chunks[T]) clone() chunks[T] {
	out := chunks[T]{c: make([][]T, len(v.c)), n: v.n}
	for i, c := range v.c {
		out.c[i] = append(make([]T, 0, 1<<chunkBits), c...)
	}
	return out
}
