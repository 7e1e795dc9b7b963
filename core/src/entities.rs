//! Entity resolution: name mentions → one entity per real-world thing, with roles, countries,
//! places and acting states.
//!
//! Placeholder stage: issue 4 fills it. Until then every name mention becomes its own entity.

use crate::facts::{Entity, Mention, MentionKind};
use crate::ner::NameMention;
use crate::segment::Doc;

/// Turn name mentions into entities and mentions that refer to them.
pub fn resolve(text: &str, _doc: &Doc, names: &[NameMention]) -> (Vec<Entity>, Vec<Mention>) {
    let mut entities = Vec::with_capacity(names.len());
    let mut mentions = Vec::with_capacity(names.len());
    for n in names {
        let id = entities.len();
        entities.push(Entity {
            id,
            name: n.span.slice(text).to_string(),
            label: n.label,
            mentions: 1,
            first: n.span.start,
            salience: 0.0,
            role: None,
            affiliation: None,
            country: None,
            geonameid: None,
            lat: None,
            lon: None,
            members: Vec::new(),
        });
        mentions.push(Mention {
            span: n.span,
            label: n.label,
            entity: Some(id),
            kind: MentionKind::Name,
            stands_for: None,
        });
    }
    (entities, mentions)
}
