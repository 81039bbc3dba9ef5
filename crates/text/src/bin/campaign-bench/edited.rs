//! A synthetic corpus of campaigns whose members edit the letter the way people do: a personal
//! paragraph of 10–200 words added, a paragraph dropped or moved, words changed; with answers
//! of their own that quote a paragraph of a letter, which are not members.
//!
//! Letters are 3–6 paragraphs of 30–80 words. Each member, independently: adds a personal
//! paragraph of 10–200 words at a paragraph boundary (50 %), drops a paragraph (20 %), moves
//! one (20 %), replaces 1–6 words (30 %); about a fifth send the letter as it is. Of the
//! answers in no campaign, a tenth quote one paragraph of a letter among 150–400 words of
//! their own, the rest are 150–400 words of their own. Campaign sizes fall as 1/rank; answers
//! are shuffled, so any prefix is a random sample.

use crate::synthetic::{Answer, Rng, Words};

/// `docs` answers of which about `campaign_share` belong to `campaigns` campaigns.
pub fn generate(docs: usize, campaigns: usize, campaign_share: f64, seed: u64) -> Vec<Answer> {
    let mut rng = Rng::new(seed);
    let words = Words::new();
    let paragraph = |rng: &mut Rng, n: usize| words.sentences(rng, n).join(" ");
    let letters: Vec<Vec<String>> = (0..campaigns)
        .map(|_| {
            let n = rng.between(3, 6);
            (0..n)
                .map(|_| {
                    let w = rng.between(30, 80);
                    paragraph(&mut rng, w)
                })
                .collect()
        })
        .collect();
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
            let mut paragraphs = letter.clone();
            if rng.unit() < 0.2 && paragraphs.len() >= 3 {
                let at = rng.below(paragraphs.len());
                paragraphs.remove(at);
            }
            if rng.unit() < 0.2 {
                let from = rng.below(paragraphs.len());
                let moved = paragraphs.remove(from);
                let to = rng.below(paragraphs.len() + 1);
                paragraphs.insert(to, moved);
            }
            if rng.unit() < 0.5 {
                let n = rng.between(10, 200);
                let personal = paragraph(&mut rng, n);
                let at = rng.below(paragraphs.len() + 1);
                paragraphs.insert(at, personal);
            }
            let mut text = paragraphs.join("\n\n");
            if rng.unit() < 0.3 {
                let mut tokens: Vec<String> = text.split(' ').map(str::to_owned).collect();
                for _ in 0..rng.between(1, 6) {
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
        let n = rng.between(150, 400);
        let mut paragraphs: Vec<String> = Vec::new();
        let mut left = n;
        while left > 0 {
            let w = rng.between(30, 80).min(left);
            paragraphs.push(paragraph(&mut rng, w));
            left -= w;
        }
        if rng.unit() < 0.1 && !letters.is_empty() {
            let letter = &letters[rng.below(letters.len())];
            let quoted = letter[rng.below(letter.len())].clone();
            let at = rng.below(paragraphs.len() + 1);
            paragraphs.insert(at, quoted);
        }
        answers.push(Answer {
            text: paragraphs.join("\n\n"),
            campaign: None,
        });
    }
    for i in (1..answers.len()).rev() {
        let j = rng.below(i + 1);
        answers.swap(i, j);
    }
    answers
}
