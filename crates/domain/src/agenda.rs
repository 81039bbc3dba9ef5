//! Agendas of meetings: numbered items and sub-items (`3`, `3 (a)`, `4 bis`), provisional until
//! the meeting adopts them, as they are or with changes — the adoption is recorded.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::dates;
use crate::error::{Errors, Invalid};
use crate::ids::MeetingId;
use crate::symbol::Symbol;
use crate::text;

code_enum! {
    /// Where an agenda stands.
    pub enum AgendaState {
        /// Provisional: proposed, not yet adopted.
        Provisional = "provisional" => "Provisional",
        /// Adopted as proposed.
        Adopted = "adopted" => "Adopted",
        /// Adopted with changes.
        AdoptedWithChanges = "adopted_with_changes" => "Adopted with changes",
    }
}

/// An item of an agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgendaItem {
    /// Its id.
    pub id: i64,
    /// Its place in the agenda.
    pub position: i64,
    /// Its number as printed: `1`, `3 (a)`, `4 bis`.
    pub number: String,
    /// What is discussed, in `lang`.
    pub title: String,
    /// A sub-item of the item above it.
    pub sub_item: bool,
    /// Language of the title.
    pub lang: String,
    /// What the meeting decided or concluded on this item.
    pub outcome: Option<String>,
    /// The document the item is discussed on, from the body's register.
    pub document: Option<ItemDocument>,
    /// The topic of the body's work the item takes up.
    pub topic: Option<ItemTopic>,
}

/// The topic an agenda item takes up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemTopic {
    /// Its id.
    pub id: i64,
    /// Its title.
    pub title: String,
}

/// The document an agenda item points to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemDocument {
    /// Its id in the register.
    pub id: i64,
    /// Its symbol, e.g. `E/CN.16/2013/CRP.1`.
    pub symbol: String,
}

/// A meeting's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agenda {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// Provisional or adopted.
    pub state: AgendaState,
    /// When it was adopted.
    #[serde(with = "dates::option_iso")]
    pub adopted_on: Option<Date>,
    /// How (e.g. "adopted after a long discussion, with item 4 moved").
    pub note: Option<String>,
    /// The items in order.
    pub items: Vec<AgendaItem>,
}

/// A new item as a form submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AgendaItemForm {
    /// Number as printed.
    pub number: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Sub-item.
    pub sub_item: Option<bool>,
    /// Language.
    pub lang: Option<String>,
    /// Symbol of the document the item is discussed on; empty for none.
    pub document: Option<String>,
    /// Id of the body's topic the item takes up.
    pub topic_id: Option<i64>,
}

/// A checked new item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAgendaItem {
    /// Number as printed.
    pub number: String,
    /// Title.
    pub title: String,
    /// Sub-item.
    pub sub_item: bool,
    /// Language.
    pub lang: String,
    /// Symbol of the document the item is discussed on, as the register writes it.
    pub document: Option<String>,
    /// Id of the body's topic the item takes up.
    pub topic_id: Option<i64>,
}

impl AgendaItemForm {
    /// Checks every field.
    pub fn parse(&self) -> Result<NewAgendaItem, Invalid> {
        let mut e = Errors::default();
        let number = e.take(text::required("number", self.number.as_deref(), 16));
        let title = e.take(text::required("title", self.title.as_deref(), 500));
        let lang = e.take(text::language("lang", self.lang.as_deref()));
        let document = match self.document.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(symbol) => e
                .take(Symbol::parse("document", symbol))
                .map(|symbol| symbol.to_string()),
        };
        e.finish()?;
        let (Some(number), Some(title), Some(lang)) = (number, title, lang) else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(NewAgendaItem {
            number,
            title,
            sub_item: self.sub_item.unwrap_or(false),
            lang,
            document,
            topic_id: self.topic_id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_need_a_number_and_a_title() {
        let item = AgendaItemForm {
            number: Some(" 3 (a) ".into()),
            title: Some("Review of responses".into()),
            sub_item: Some(true),
            lang: None,
            document: Some(" E/CN.16/2013/CRP.1 ".into()),
            topic_id: None,
        }
        .parse()
        .unwrap();
        assert_eq!(
            (item.number.as_str(), item.sub_item, item.lang.as_str()),
            ("3 (a)", true, "en")
        );
        assert_eq!(item.document.as_deref(), Some("E/CN.16/2013/CRP.1"));
        let err = AgendaItemForm {
            number: Some("4".into()),
            title: Some("Other matters".into()),
            document: Some("not a symbol".into()),
            ..Default::default()
        }
        .parse()
        .unwrap_err();
        assert_eq!(err.errors[0].field, "document");
        let err = AgendaItemForm::default().parse().unwrap_err();
        let fields: Vec<_> = err.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["number", "title"]);
    }
}
