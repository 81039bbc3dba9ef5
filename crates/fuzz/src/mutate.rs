//! Mutations of an input, in the manner of AFL's havoc stage: flip bits, overwrite bytes with
//! values that often sit on boundaries, insert, delete, repeat a slice (deep nesting, long runs),
//! splice in a piece of another seed, or a token that means something to the parsers. A fixed
//! seed gives the same run every time, so every finding can be replayed.

/// A small, fast, reproducible random-number generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed` (never zero).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next number.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            usize::try_from(self.next() % n as u64).unwrap_or(0)
        }
    }
}

/// Byte values that often sit on a parser's boundaries.
const INTERESTING: [u8; 16] = [
    0, 1, 0x7f, 0x80, 0xff, b'\n', b'\r', b'\t', b' ', b'"', b'\\', b'[', b']', b'{', b'}', b';',
];

/// Words the parsers give a meaning to: a mutation that inserts one reaches deeper than random
/// bytes would.
const TOKENS: [&[u8]; 24] = [
    b"OP1. ",
    b"PP2 bis. ",
    b"\nAlt 1: ",
    b"\n\n## ",
    b"]{EU; 2017-09-26; why}",
    b"\\[",
    b"obj\n<<",
    b">>\nstream\n",
    b"endstream",
    b"xref\n0 1\n",
    b"trailer\n<< /Root 1 0 R >>",
    b"/Length 99999999",
    b"PK\x03\x04",
    b"<w:t>",
    b"</w:p>",
    b"&amp;",
    b"<![CDATA[",
    b"\"\"",
    b",,,,",
    b"9223372036854775808",
    b"-1",
    b" OR ",
    b"\"unclosed",
    b"\r\n--X\r\n",
];

/// The longest input a mutation may make: parsers of whole files see far larger, but a fuzzer
/// learns more from many small inputs than from a few large ones.
pub const MAX_LEN: usize = 64 * 1024;

/// One to eight mutations of `input`, with `seeds` as material to splice from.
pub fn mutate(rng: &mut Rng, input: &[u8], seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(8) {
        let len = out.len();
        match rng.below(9) {
            0 if len > 0 => {
                let at = rng.below(len);
                out[at] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let at = rng.below(len);
                out[at] = INTERESTING[rng.below(INTERESTING.len())];
            }
            2 => {
                let at = rng.below(len + 1);
                let byte = u8::try_from(rng.below(256)).unwrap_or(0);
                out.insert(at, byte);
            }
            3 if len > 1 => {
                let from = rng.below(len);
                let to = (from + 1 + rng.below(32)).min(len);
                out.drain(from..to);
            }
            4 if len > 0 => {
                // Repeat a short slice many times: nesting, long runs, huge numbers.
                let from = rng.below(len);
                let to = (from + 1 + rng.below(8)).min(len);
                let piece = out[from..to].to_vec();
                let times = 1 + rng.below(2000);
                let at = rng.below(out.len() + 1);
                let repeated: Vec<u8> = piece
                    .iter()
                    .copied()
                    .cycle()
                    .take(piece.len() * times)
                    .collect();
                out.splice(at..at, repeated);
            }
            5 if !seeds.is_empty() => {
                let other = &seeds[rng.below(seeds.len())];
                if !other.is_empty() {
                    let from = rng.below(other.len());
                    let to = (from + 1 + rng.below(256)).min(other.len());
                    let at = rng.below(len + 1);
                    out.splice(at..at, other[from..to].iter().copied());
                }
            }
            6 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                let at = rng.below(len + 1);
                out.splice(at..at, token.iter().copied());
            }
            7 if len > 0 => {
                out.truncate(rng.below(len));
            }
            _ if len > 1 => {
                // Swap two bytes.
                let (a, b) = (rng.below(len), rng.below(len));
                out.swap(a, b);
            }
            _ => out.push(b'x'),
        }
    }
    out.truncate(MAX_LEN);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_mutations() {
        let seeds = vec![b"OP1. Invites [all]{EU}.".to_vec()];
        let run = |seed| {
            let mut rng = Rng::new(seed);
            (0..50)
                .map(|_| mutate(&mut rng, &seeds[0], &seeds))
                .collect::<Vec<_>>()
        };
        assert_eq!(run(7), run(7));
        assert_ne!(run(7), run(8));
        assert!(run(7).iter().all(|m| m.len() <= MAX_LEN));
    }
}
