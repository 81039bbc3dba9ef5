//! A domain form read from a record of a data file, refusing the keys the form does not have.
//!
//! The domain's forms accept and drop unknown keys, as a web form may send more than is asked.
//! A data file is written by hand, so a misspelt key (`positon`) would silently lose a fact:
//! here every key of the record must be one of the form's fields, and no key may be a database
//! id (`…_id`), since ids belong to the database the data is loaded into: records name one
//! another instead (a person by name, a body by acronym), and the loader looks the ids up.

use serde::de::{DeserializeOwned, Error as _, Visitor};
use serde::{Deserialize, Deserializer};

/// A form of type `T` whose keys were all known to it.
#[derive(Debug, Clone)]
pub(super) struct StrictForm<T>(pub T);

impl<'de, T: DeserializeOwned> Deserialize<'de> for StrictForm<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let table = toml::Table::deserialize(deserializer)?;
        let accepted = field_names::<T>().ok_or_else(|| {
            D::Error::custom(format!(
                "{} is not a form of named fields",
                std::any::type_name::<T>()
            ))
        })?;
        for key in table.keys() {
            if key.ends_with("_id") {
                return Err(D::Error::custom(format!(
                    "`{key}` is an id of the database: name the record it points to instead"
                )));
            }
            if !accepted.contains(&key.as_str()) {
                let known: Vec<&str> = accepted
                    .iter()
                    .copied()
                    .filter(|f| !f.ends_with("_id"))
                    .collect();
                return Err(D::Error::custom(format!(
                    "unknown key `{key}`: neither the record's own nor the form's ({})",
                    known.join(", ")
                )));
            }
        }
        toml::Value::Table(table)
            .try_into()
            .map(StrictForm)
            .map_err(D::Error::custom)
    }
}

/// The field names of a form, as its derived `Deserialize` announces them when it asks for a
/// struct; `None` for a type that is not read as a struct.
fn field_names<T: DeserializeOwned>() -> Option<&'static [&'static str]> {
    let mut names = None;
    // The probe always answers with an error once it has the names; the error is expected.
    let _probed = T::deserialize(FieldNameProbe(&mut names));
    names
}

/// A deserializer that only records the field names it is asked for.
struct FieldNameProbe<'a>(&'a mut Option<&'static [&'static str]>);

impl<'de> Deserializer<'de> for FieldNameProbe<'_> {
    type Error = serde::de::value::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = Some(fields);
        Err(Self::Error::custom("field names recorded"))
    }

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(Self::Error::custom("not a struct"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_domain::party::PersonForm;

    fn person(text: &str) -> Result<PersonForm, toml::de::Error> {
        toml::from_str::<StrictForm<PersonForm>>(text).map(|f| f.0)
    }

    #[test]
    fn a_form_reads_its_own_keys() {
        let form = person("name = \"Peter Major\"\ncountry = \"HU\"").unwrap();
        assert_eq!(form.name.as_deref(), Some("Peter Major"));
        assert_eq!(form.country.as_deref(), Some("HU"));
    }

    #[test]
    fn a_misspelt_key_is_refused_with_the_keys_the_form_has() {
        let error = person("name = \"Peter Major\"\npositon = \"Advisor\"")
            .unwrap_err()
            .to_string();
        assert!(error.contains("unknown key `positon`"), "{error}");
        assert!(error.contains("position"), "{error}");
    }

    #[test]
    fn an_id_is_refused() {
        let error = person("name = \"Joy Liddicoat\"\norganization_id = 2")
            .unwrap_err()
            .to_string();
        assert!(error.contains("an id of the database"), "{error}");
    }

    #[test]
    fn a_value_of_the_wrong_type_is_refused() {
        assert!(person("name = 3").is_err());
    }
}
