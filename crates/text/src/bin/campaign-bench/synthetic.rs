//! A synthetic corpus of form-letter-sized answers with known campaigns, from a fixed seed.
//!
//! Words come from a vocabulary of 30,000 made-up words with a Zipf-like frequency (common
//! words common, as in real text). Campaign letters are 150–250 words; campaign sizes fall off
//! as 1/rank; a member sends the letter as is (40 %), with a personal sentence of 8–30 words
//! inserted at a random sentence boundary (30 %), with 1–4 words replaced (20 %), or both
//! (10 %). Unique answers are 150–250 words of their own. Answers are shuffled, so any prefix
//! is a random sample.

/// A small, fast generator (splitmix64): the corpus must be the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }
}

const VOCABULARY: usize = 30_000;
const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "da", "fo", "gu", "ha", "je", "ki", "li",
    "mo", "nu", "pa", "re", "si", "to", "ve", "zu",
];

/// One generated answer: its text and its campaign (`None` for a unique answer).
pub struct Answer {
    pub text: String,
    pub campaign: Option<u32>,
}

pub struct Words {
    words: Vec<String>,
}

impl Words {
    pub fn new() -> Self {
        let words = (0..VOCABULARY)
            .map(|mut i| {
                let mut w = String::new();
                loop {
                    w.push_str(SYLLABLES[i % SYLLABLES.len()]);
                    i /= SYLLABLES.len();
                    if i == 0 {
                        break;
                    }
                }
                w
            })
            .collect();
        Self { words }
    }

    /// A word with probability about proportional to 1/rank.
    pub fn pick(&self, rng: &mut Rng) -> &str {
        let rank = ((VOCABULARY as f64).ln() * rng.unit()).exp() as usize - 1;
        &self.words[rank.min(VOCABULARY - 1)]
    }

    /// Sentences of 8–20 words, `words` words in all (about).
    pub fn sentences(&self, rng: &mut Rng, words: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut total = 0;
        while total < words {
            let n = rng.between(8, 20).min(words - total).max(1);
            let mut s = String::new();
            for k in 0..n {
                let w = self.pick(rng);
                if k == 0 {
                    let mut c = w.chars();
                    if let Some(first) = c.next() {
                        s.extend(first.to_uppercase());
                        s.push_str(c.as_str());
                    }
                } else {
                    s.push(' ');
                    s.push_str(w);
                }
            }
            s.push('.');
            out.push(s);
            total += n;
        }
        out
    }
}

/// `docs` answers of which about `campaign_share` belong to `campaigns` campaigns.
pub fn generate(docs: usize, campaigns: usize, campaign_share: f64, seed: u64) -> Vec<Answer> {
    let mut rng = Rng::new(seed);
    let words = Words::new();
    let letters: Vec<Vec<String>> = (0..campaigns)
        .map(|_| {
            let n = rng.between(150, 250);
            words.sentences(&mut rng, n)
        })
        .collect();
    // Sizes proportional to 1/rank, at least one each.
    let in_campaigns = (docs as f64 * campaign_share) as usize;
    let harmonic: f64 = (1..=campaigns).map(|r| 1.0 / r as f64).sum();
    let sizes: Vec<usize> = (1..=campaigns)
        .map(|r| ((in_campaigns as f64 / harmonic / r as f64) as usize).max(1))
        .collect();
    let mut answers = Vec::with_capacity(docs);
    'fill: for (c, (letter, &size)) in letters.iter().zip(&sizes).enumerate() {
        for _ in 0..size {
            if answers.len() >= docs {
                break 'fill;
            }
            let roll = rng.unit();
            let mut sentences = letter.clone();
            if (0.4..0.7).contains(&roll) || roll >= 0.9 {
                let n = rng.between(8, 30);
                let personal = words.sentences(&mut rng, n).join(" ");
                let at = rng.below(sentences.len() + 1);
                sentences.insert(at, personal);
            }
            let mut text = sentences.join(" ");
            if roll >= 0.7 {
                let mut tokens: Vec<String> = text.split(' ').map(str::to_owned).collect();
                for _ in 0..rng.between(1, 4) {
                    let at = rng.below(tokens.len());
                    tokens[at] = words.pick(&mut rng).to_owned();
                }
                text = tokens.join(" ");
            }
            answers.push(Answer {
                text,
                campaign: Some(c as u32),
            });
        }
    }
    while answers.len() < docs {
        let n = rng.between(150, 250);
        answers.push(Answer {
            text: words.sentences(&mut rng, n).join(" "),
            campaign: None,
        });
    }
    for i in (1..answers.len()).rev() {
        let j = rng.below(i + 1);
        answers.swap(i, j);
    }
    answers
}
