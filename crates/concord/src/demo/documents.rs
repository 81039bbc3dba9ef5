//! The documents filed with the bodies (`documents.toml`), through the register's document
//! form.

use anyhow::Context;
use concord_domain::document::DocumentForm;
use concord_domain::ids::BodyId;
use concord_store::DocumentStore;
use serde::Deserialize;

use super::strict_form::StrictForm;
use super::Loader;

/// What `documents.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DocumentsFile {
    /// The documents, in the order each body files them.
    pub document: Vec<DocumentRecord>,
}

/// A document: the document form and its body by acronym.
#[derive(Debug, Deserialize)]
pub(super) struct DocumentRecord {
    /// The body's acronym.
    pub body: String,
    /// The rest, as the document form.
    #[serde(flatten)]
    pub form: StrictForm<DocumentForm>,
}

impl Loader<'_> {
    /// Files the body's documents.
    pub(super) async fn documents(&mut self, body: BodyId, acronym: &str) -> anyhow::Result<()> {
        let data = self.data;
        for record in data.documents.document.iter().filter(|d| d.body == acronym) {
            let symbol = record.form.0.symbol.as_deref().unwrap_or_default();
            let what = || format!("documents.toml: document {symbol} of {acronym}");
            let fields = record.form.0.parse().with_context(what)?;
            self.store
                .add_document(&self.by, body, &fields)
                .await
                .with_context(what)?;
            self.report.documents += 1;
        }
        Ok(())
    }
}
