//! A synthetic conversation shaped like a large Pol.is one: opinion camps of different sizes,
//! statements each camp leans on differently, participants voting on a few dozen statements
//! (earlier statements more often, as Pol.is shows them longer), some votes changed later.

use concord_text::opinion::polis_csv::PolisComment;
use concord_text::opinion::{Moderation, Vote, VoteValue};

/// SplitMix64: small, fast and good enough to draw test data reproducibly.
pub struct Random(u64);

impl Random {
    pub fn new(seed: u64) -> Self {
        Random(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize % n.max(1)
    }
}

/// Camp sizes as shares of participants.
const CAMPS: [f64; 4] = [0.4, 0.3, 0.2, 0.1];
/// Share of votes changed later (the history has the earlier vote too).
const REVOTE_SHARE: f64 = 0.02;
/// Share of statements a moderator rejected.
const REJECTED_SHARE: f64 = 0.02;

pub struct Conversation {
    pub votes: Vec<Vote>,
    pub comments: Vec<PolisComment>,
    /// The camp each participant was drawn from.
    pub camp_of: Vec<usize>,
}

pub fn generate(participants: usize, statements: usize, votes: usize, seed: u64) -> Conversation {
    let mut random = Random::new(seed);
    // Two questions divide the camps: half the statements split camps {0, 1} from {2, 3}, the
    // other half {0, 2} from {1, 3}, so the camps sit at the corners of a square on the map.
    // Each statement draws, per side, a strong agree or disagree lean, plus some noise.
    let mut leanings: Vec<Vec<(f64, f64)>> = vec![Vec::with_capacity(statements); CAMPS.len()];
    for statement in 0..statements {
        let first_side_agrees = random.unit() < 0.5;
        for (camp, leaning) in leanings.iter_mut().enumerate() {
            let on_first_side = if statement % 2 == 0 {
                camp < 2
            } else {
                camp % 2 == 0
            };
            let agrees = on_first_side == first_side_agrees;
            let strength = 0.6 + 0.3 * random.unit();
            let (agree, disagree) = if agrees {
                (strength, 0.8 * (1.0 - strength))
            } else {
                (0.8 * (1.0 - strength), strength)
            };
            leaning.push((agree, disagree));
        }
    }
    let camp_of: Vec<usize> = (0..participants)
        .map(|_| {
            let u = random.unit();
            let mut total = 0.0;
            CAMPS
                .iter()
                .position(|share| {
                    total += share;
                    u < total
                })
                .unwrap_or(CAMPS.len() - 1)
        })
        .collect();
    let per_participant = votes as f64 / participants.max(1) as f64;
    let mut out = Vec::with_capacity(votes + votes / 40);
    let mut seen = Vec::new();
    let mut clock: i64 = 1_700_000_000_000;
    for (participant, &camp) in camp_of.iter().enumerate() {
        // Between half and one and a half times the average, never more than every statement.
        let count =
            ((per_participant * (0.5 + random.unit())).round() as usize).clamp(1, statements);
        seen.clear();
        while seen.len() < count {
            // Squaring favours low ids: early statements are shown to more people.
            let u = random.unit();
            let statement = ((u * u) * statements as f64) as usize % statements;
            if seen.contains(&statement) {
                continue;
            }
            seen.push(statement);
            let (agree, disagree) = leanings[camp][statement];
            let draw = |r: &mut Random| {
                let u = r.unit();
                if u < agree {
                    VoteValue::Agree
                } else if u < agree + disagree {
                    VoteValue::Disagree
                } else {
                    VoteValue::Pass
                }
            };
            clock += 1 + random.below(2000) as i64;
            if random.unit() < REVOTE_SHARE {
                out.push(Vote {
                    participant: participant as u64,
                    statement: statement as u64,
                    value: VoteValue::Pass,
                    timestamp: clock,
                });
                clock += 1;
            }
            out.push(Vote {
                participant: participant as u64,
                statement: statement as u64,
                value: draw(&mut random),
                timestamp: clock,
            });
        }
    }
    let comments = (0..statements)
        .map(|id| PolisComment {
            id: id as u64,
            author: random.below(participants.max(1)) as u64,
            timestamp: 1_700_000_000_000 + id as i64,
            agrees: 0,
            disagrees: 0,
            moderation: if random.unit() < REJECTED_SHARE {
                Moderation::Out
            } else {
                Moderation::In
            },
            body: format!("Synthetic statement {id}"),
        })
        .collect();
    Conversation {
        votes: out,
        comments,
        camp_of,
    }
}
