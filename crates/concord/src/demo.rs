//! Demonstration data drawn from the source slides and the research on how the process really
//! ran: the CSTD and its WSIS follow-up bodies, the people and organisations named in public
//! sources, and the 2012–2013 calendar of Internet-related events from the slides.
//!
//! Only members named in the sources are loaded; other seats are shown vacant rather than
//! invented. Anything illustrative is flagged `illustrative` and labelled on the pages.
//! Everything goes through the same forms and rules as user input.

use anyhow::Context;
use concord_domain::body::{BodyForm, Lifecycle};
use concord_domain::composition::{MembershipForm, QuotaForm};
use concord_domain::dates::parse_date;
use concord_domain::document::DocumentForm;
use concord_domain::event::{DatePrecision, EventFields};
use concord_domain::ids::{BodyId, OrganizationId, PersonId};
use concord_domain::meeting::MeetingForm;
use concord_domain::party::{OrganizationForm, PersonForm};
use concord_store::{
    AuditActor, BodyStore, CalendarStore, CompositionStore, DocumentStore, MeetingStore,
    PartyStore, Store,
};

/// What a load did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DemoReport {
    /// Bodies created.
    pub bodies: usize,
    /// Organisations and people created.
    pub parties: usize,
    /// Memberships created.
    pub memberships: usize,
    /// Calendar events created.
    pub events: usize,
    /// Meetings created.
    pub meetings: usize,
    /// Documents filed.
    pub documents: usize,
    /// Entries that were already there and left as they were.
    pub skipped: usize,
}

const SLIDES: &str = "“WSIS Follow-up”, slides by Peter Major, Vice-Chair of the CSTD (2013)";

/// The steps of a load, for progress reporting.
pub const STEPS: usize = 7;

/// A meeting of the demonstration: number (none for an additional meeting), title, first day,
/// last day, venue, state.
type DemoMeeting<'a> = (Option<u32>, &'a str, &'a str, &'a str, &'a str, &'a str);

struct Loader<'a> {
    store: &'a Store,
    by: AuditActor,
    report: DemoReport,
}

fn body(name: &str, acronym: &str, body_type: &str) -> BodyForm {
    BodyForm {
        name: Some(name.into()),
        acronym: Some(acronym.into()),
        body_type: Some(body_type.into()),
        ..Default::default()
    }
}

impl Loader<'_> {
    async fn org(&mut self, form: OrganizationForm) -> anyhow::Result<OrganizationId> {
        let fields = form.parse()?;
        if let Some(existing) = self
            .store
            .organizations()
            .await?
            .into_iter()
            .find(|o| o.fields.name == fields.name)
        {
            self.report.skipped += 1;
            return Ok(existing.id);
        }
        self.report.parties += 1;
        Ok(self.store.create_organization(&self.by, &fields).await?.id)
    }

    async fn person(&mut self, form: PersonForm) -> anyhow::Result<PersonId> {
        let fields = form.parse()?;
        if let Some(existing) = self
            .store
            .people()
            .await?
            .into_iter()
            .find(|p| p.fields.name == fields.name)
        {
            self.report.skipped += 1;
            return Ok(existing.id);
        }
        self.report.parties += 1;
        Ok(self.store.create_person(&self.by, &fields).await?.id)
    }

    /// Creates a body and walks it through its recorded lifecycle; `None` when a body with the
    /// acronym is already there (its composition is then left alone).
    async fn body(
        &mut self,
        form: BodyForm,
        steps: &[(Lifecycle, &str, &str)],
    ) -> anyhow::Result<Option<BodyId>> {
        let fields = form.parse()?;
        if self
            .store
            .bodies()
            .await?
            .iter()
            .any(|b| b.fields.acronym.eq_ignore_ascii_case(&fields.acronym))
        {
            self.report.skipped += 1;
            return Ok(None);
        }
        let mut lifecycle = steps.iter();
        let first = lifecycle.next().map_or(Lifecycle::Mandated, |s| s.0);
        let id = self.store.create_body(&self.by, &fields, first).await?.id;
        for (to, on, note) in lifecycle {
            let on = if on.is_empty() {
                None
            } else {
                Some(parse_date("on", on)?)
            };
            let note = (!note.is_empty()).then_some(*note);
            self.store
                .change_lifecycle(&self.by, id, *to, on, note)
                .await?;
        }
        self.report.bodies += 1;
        Ok(Some(id))
    }

    async fn quota(&mut self, body: BodyId, form: QuotaForm) -> anyhow::Result<i64> {
        Ok(self
            .store
            .add_quota(&self.by, body, &form.parse()?)
            .await?
            .id
            .0)
    }

    /// The WGEC model: four seats per regional group, the two WSIS hosts, five per
    /// non-governmental stakeholder group. Returns the quota ids by code.
    async fn wgec_quotas(&mut self, body: BodyId) -> anyhow::Result<Vec<(&'static str, i64)>> {
        let mut ids = Vec::new();
        for group in ["AFR", "APG", "EEG", "GRULAC", "WEOG"] {
            let form = QuotaForm {
                kind: Some("regional_group".into()),
                regional_group: Some(group.into()),
                seats: Some(4),
                ..Default::default()
            };
            ids.push((group, self.quota(body, form).await?));
        }
        let hosts = QuotaForm {
            label: Some("WSIS host countries".into()),
            kind: Some("designated_states".into()),
            states: vec!["CH".into(), "TN".into()],
            seats: Some(2),
            ..Default::default()
        };
        ids.push(("hosts", self.quota(body, hosts).await?));
        for group in [
            "private_sector",
            "civil_society",
            "technical_academic",
            "intergovernmental",
        ] {
            let form = QuotaForm {
                kind: Some("stakeholder_group".into()),
                stakeholder_group: Some(group.into()),
                seats: Some(5),
                ..Default::default()
            };
            ids.push((group, self.quota(body, form).await?));
        }
        Ok(ids)
    }

    async fn meetings(&mut self, body: BodyId, meetings: &[DemoMeeting<'_>]) -> anyhow::Result<()> {
        for (number, title, start, end, venue, state) in meetings {
            let form = MeetingForm {
                number: number.map(|n| n.to_string()),
                title: Some((*title).into()),
                starts_on: Some((*start).into()),
                ends_on: Some((*end).into()),
                time_zone: Some("Europe/Zurich".into()),
                venue: Some((*venue).into()),
                state: Some((*state).into()),
                ..Default::default()
            };
            self.store
                .add_meeting(&self.by, body, &form.parse()?)
                .await?;
            self.report.meetings += 1;
        }
        Ok(())
    }

    /// The record of the WGEC's first meeting, from the public reports of it (§1.3–1.4 of the
    /// research note): its agenda with outcomes, and a summary marked as written for the
    /// demonstration rather than the Chair's own text.
    async fn first_meeting_record(
        &mut self,
        meeting: concord_domain::ids::MeetingId,
    ) -> anyhow::Result<()> {
        use concord_domain::agenda::{AgendaItemForm, AgendaState};
        let items = [
            ("1", "Opening of the meeting", None),
            ("2", "Adoption of the agenda", None),
            ("3", "Participation of observers", Some("Observers follow ECOSOC rules, with the Working Group's agreement; the Chair decides on accreditation and modalities in consultation with the secretariat.")),
            ("4", "Review of the list of topics from the consultation of 18 May 2012", Some("Two breakout groups, led by Brazil and India, identified categories and suggested questions.")),
            ("5", "Questionnaire", Some("The questionnaire was finalised and adopted as the primary means to collect stakeholder views; other means may also be used.")),
        ];
        for (number, title, outcome) in items {
            let form = AgendaItemForm {
                number: Some(number.into()),
                title: Some(title.into()),
                ..Default::default()
            };
            let item = self
                .store
                .add_agenda_item(&self.by, meeting, &form.parse()?)
                .await?;
            if let Some(outcome) = outcome {
                self.store
                    .set_outcome(&self.by, meeting, item.id, outcome)
                    .await?;
            }
        }
        let on = concord_domain::dates::parse_date("on", "2013-05-30")?;
        self.store
            .adopt_agenda(
                &self.by,
                meeting,
                AgendaState::Adopted,
                Some(on),
                Some("Adopted after a long discussion"),
            )
            .await?;
        let summary = "Written for the demonstration from public reports of the meeting; not the Chair's own text.\n\n\
            After a long discussion the Working Group adopted its agenda. It agreed to admit observers under ECOSOC rules, with its agreement, and that its meetings would be recorded, webcast and transcribed in real time.\n\n\
            The group reviewed a list of topics drawn from the open consultation of 18 May 2012. Two breakout groups, led by Brazil and India, identified categories and suggested questions, from which the plenary finalised a questionnaire, adopted as the primary means to collect the views of stakeholders.";
        self.store
            .publish_summary(&self.by, meeting, summary, "en")
            .await?;
        Ok(())
    }

    /// The five main topics the WGIGF agreed at its third meeting (30 October – 2 November
    /// 2011), under which its report grouped its 39 recommendations.
    async fn wgigf_topics(&mut self, body: BodyId) -> anyhow::Result<()> {
        use concord_domain::topic::{TopicDecisionForm, TopicForm};
        use concord_store::TopicStore;
        for title in [
            "Shaping the outcomes of IGF meetings",
            "Working modalities, including open consultations, the MAG and the Secretariat",
            "Funding of the IGF",
            "Broadening participation and capacity-building",
            "Linking the IGF to other related processes, mechanisms and bodies",
        ] {
            let form = TopicForm {
                title: Some(title.into()),
                ..Default::default()
            };
            let topic = self.store.add_topic(&self.by, body, &form.parse()?).await?;
            let decision = TopicDecisionForm {
                state: Some("agreed".into()),
                decided_on: Some("2011-11-02".into()),
                meeting_id: None,
                basis: Some("Agreed as one of the five main topics at the third meeting (30 October – 2 November 2011); the recommendations of A/67/65–E/2012/48 are grouped under them".into()),
            };
            self.store
                .decide_topic(&self.by, topic.id, &decision.parse()?)
                .await?;
        }
        Ok(())
    }

    /// Files a UN document, in all six languages, with its undocs.org link.
    async fn document(
        &mut self,
        body: BodyId,
        symbol: &str,
        title: &str,
        doc_type: &str,
    ) -> anyhow::Result<()> {
        let primary = symbol.split('–').next().unwrap_or(symbol);
        let form = DocumentForm {
            symbol: Some(symbol.into()),
            title: Some(title.into()),
            doc_type: Some(doc_type.into()),
            languages: Some("ar,zh,en,fr,ru,es".into()),
            url: Some(format!("https://undocs.org/{primary}")),
            ..Default::default()
        };
        self.store
            .add_document(&self.by, body, &form.parse()?)
            .await?;
        self.report.documents += 1;
        Ok(())
    }

    async fn member(&mut self, body: BodyId, form: MembershipForm) -> anyhow::Result<()> {
        self.store
            .add_membership(&self.by, body, &form.parse()?)
            .await?;
        self.report.memberships += 1;
        Ok(())
    }

    async fn event(
        &mut self,
        title: &str,
        start: &str,
        end: &str,
        venue: &str,
        country: &str,
        organiser: &str,
    ) -> anyhow::Result<()> {
        let starts_on = parse_date("starts_on", start)?;
        let ends_on = parse_date("ends_on", end)?;
        let exists = self
            .store
            .events()
            .await?
            .iter()
            .any(|e| e.fields.title == title && e.fields.starts_on == starts_on);
        if exists {
            self.report.skipped += 1;
            return Ok(());
        }
        // The slides give "July 2013" for one event: a whole month means the day is unknown.
        let whole_month =
            starts_on.day() == 1 && ends_on.day() >= 28 && starts_on.month() == ends_on.month();
        self.store
            .add_event(
                &self.by,
                &EventFields {
                    title: title.into(),
                    starts_on,
                    ends_on,
                    precision: if whole_month {
                        DatePrecision::Month
                    } else {
                        DatePrecision::Day
                    },
                    venue: venue.into(),
                    country: Some(country.into()),
                    organiser: Some(organiser.into()).filter(|o: &String| !o.is_empty()),
                    url: None,
                    source: Some(SLIDES.into()),
                },
            )
            .await?;
        self.report.events += 1;
        Ok(())
    }
}

fn quota_id(ids: &[(&str, i64)], code: &str) -> Option<i64> {
    ids.iter().find(|(c, _)| *c == code).map(|(_, id)| *id)
}

fn state_seat(quota: Option<i64>, state: &str) -> MembershipForm {
    MembershipForm {
        quota_id: quota,
        state: Some(state.into()),
        ..Default::default()
    }
}

/// Loads the demonstration data, calling `progress(step, label)` before each of the
/// [`STEPS`] steps. Entries already present are left alone, so a second load adds nothing.
pub async fn load(
    store: &Store,
    mut progress: impl FnMut(usize, &str),
) -> anyhow::Result<DemoReport> {
    let mut l = Loader {
        store,
        by: AuditActor::system("demonstration data"),
        report: DemoReport::default(),
    };

    progress(1, "organizations");
    let unctad = l
        .org(OrganizationForm {
            name: Some("United Nations Conference on Trade and Development".into()),
            acronym: Some("UNCTAD".into()),
            stakeholder_group: Some("intergovernmental".into()),
            sub_category: Some("un_system".into()),
            country: Some("CH".into()),
            website: Some("https://unctad.org".into()),
            ..Default::default()
        })
        .await?;
    let apc = l
        .org(OrganizationForm {
            name: Some("Association for Progressive Communications".into()),
            acronym: Some("APC".into()),
            stakeholder_group: Some("civil_society".into()),
            sub_category: Some("network_or_coalition".into()),
            ecosoc_status: Some("general".into()),
            website: Some("https://www.apc.org".into()),
            ..Default::default()
        })
        .await?;
    let bt = l
        .org(OrganizationForm {
            name: Some("BT Group".into()),
            acronym: Some("BT".into()),
            stakeholder_group: Some("private_sector".into()),
            sub_category: Some("company".into()),
            country: Some("GB".into()),
            ..Default::default()
        })
        .await?;
    let icann = l
        .org(OrganizationForm {
            name: Some("Internet Corporation for Assigned Names and Numbers".into()),
            acronym: Some("ICANN".into()),
            stakeholder_group: Some("technical_academic".into()),
            sub_category: Some("technical_organization".into()),
            country: Some("US".into()),
            website: Some("https://www.icann.org".into()),
            ..Default::default()
        })
        .await?;

    progress(2, "people");
    let major = l
        .person(PersonForm {
            name: Some("Peter Major".into()),
            country: Some("HU".into()),
            stakeholder_group: Some("government".into()),
            position: Some(
                "Special Advisor, Permanent Mission of Hungary to the UN, Geneva".into(),
            ),
            ..Default::default()
        })
        .await?;
    let fonseca = l
        .person(PersonForm {
            name: Some("Benedicto Fonseca Filho".into()),
            honorific: Some("Ambassador".into()),
            country: Some("BR".into()),
            stakeholder_group: Some("government".into()),
            ..Default::default()
        })
        .await?;
    let riehl = l
        .person(PersonForm {
            name: Some("Frédéric Riehl".into()),
            country: Some("CH".into()),
            stakeholder_group: Some("government".into()),
            ..Default::default()
        })
        .await?;
    let reddy = l
        .person(PersonForm {
            name: Some("B.N. Reddy".into()),
            country: Some("IN".into()),
            stakeholder_group: Some("government".into()),
            ..Default::default()
        })
        .await?;
    let mut civil_society = Vec::new();
    for (name, country, org) in [
        ("Avri Doria", None, None),
        ("Joy Liddicoat", None, Some(apc)),
        ("Carlos Afonso", Some("BR"), None),
        ("Grace Githaiga", Some("KE"), None),
    ] {
        let id = l
            .person(PersonForm {
                name: Some(name.into()),
                country: country.map(Into::into),
                organization_id: org.map(|o: OrganizationId| o.0),
                stakeholder_group: Some("civil_society".into()),
                ..Default::default()
            })
            .await?;
        civil_society.push((name, id));
    }
    let cade = l
        .person(PersonForm {
            name: Some("Marilyn Cade".into()),
            stakeholder_group: Some("private_sector".into()),
            ..Default::default()
        })
        .await?;
    let rushton = l
        .person(PersonForm {
            name: Some("Phil Rushton".into()),
            country: Some("GB".into()),
            organization_id: Some(bt.0),
            stakeholder_group: Some("private_sector".into()),
            ..Default::default()
        })
        .await?;
    let miroux = l
        .person(PersonForm {
        name: Some("Anne Miroux".into()),
        organization_id: Some(unctad.0),
        stakeholder_group: Some("intergovernmental".into()),
        position: Some(
            "Director, Division on Technology and Logistics, UNCTAD; head of the CSTD secretariat"
                .into(),
        ),
        ..Default::default()
    })
    .await?;

    progress(3, "ECOSOC and the CSTD");
    let ecosoc = l
        .body(
            BodyForm {
                decision_rule: Some("majority".into()),
                description: Some("One of the six principal organs of the United Nations; the CSTD is one of its functional commissions.".into()),
                ..body("Economic and Social Council", "ECOSOC", "organ")
            },
            &[(Lifecycle::Working, "", "")],
        )
        .await?;
    let ecosoc_id = match ecosoc {
        Some(id) => Some(id),
        None => find(store, "ECOSOC").await?,
    };
    let cstd = l
        .body(
            BodyForm {
                parent_id: ecosoc_id.map(|b| b.0),
                reports_to_id: ecosoc_id.map(|b| b.0),
                mandate_symbol: Some("E/RES/2006/46".into()),
                mandate_text: Some("Follow-up to the World Summit on the Information Society: the Commission reviews and assesses progress at the international and regional levels in the implementation of WSIS outcomes, with the participation of all stakeholders.".into()),
                reporting_target: Some("ECOSOC, yearly".into()),
                decision_rule: Some("consensus".into()),
                openness: Some("open_ended".into()),
                description: Some("43 Member States elected by ECOSOC for four-year terms, with seats by regional group. Its Bureau (a Chair and four Vice-Chairs) serves between sessions. The secretariat is at UNCTAD. The demonstration data names only one member; the other seats show as vacant.".into()),
                ..body("Commission on Science and Technology for Development", "CSTD", "commission")
            },
            &[(Lifecycle::Working, "", "")],
        )
        .await?;
    if let Some(cstd) = cstd {
        let mut ids = Vec::new();
        for (group, seats) in [
            ("AFR", 11),
            ("APG", 9),
            ("EEG", 5),
            ("GRULAC", 8),
            ("WEOG", 10),
        ] {
            let form = QuotaForm {
                kind: Some("regional_group".into()),
                regional_group: Some(group.into()),
                seats: Some(seats),
                ..Default::default()
            };
            ids.push((group, l.quota(cstd, form).await?));
        }
        // The CSTD secretariat is at UNCTAD; Anne Miroux headed it during the first WGEC.
        l.member(
            cstd,
            MembershipForm {
                role: Some("secretariat".into()),
                person_id: Some(miroux.0),
                organization_id: Some(unctad.0),
                ..Default::default()
            },
        )
        .await?;
        // Peter Major was Vice-Chair of the CSTD in 2013 (the slides' title page).
        l.member(
            cstd,
            MembershipForm {
                role: Some("vice_chair".into()),
                person_id: Some(major.0),
                start_date: Some("2013-01-01".into()),
                end_date: Some("2013-12-31".into()),
                ..state_seat(quota_id(&ids, "EEG"), "HU")
            },
        )
        .await?;
    }
    let cstd_id = match cstd {
        Some(id) => Some(id),
        None => find(store, "CSTD").await?,
    };

    progress(4, "WGEC 2013–2014 and its correspondence group");
    let wgec = l
        .body(
            BodyForm {
                parent_id: cstd_id.map(|b| b.0),
                reports_to_id: cstd_id.map(|b| b.0),
                mandate_symbol: Some("A/RES/67/195".into()),
                mandate_paragraph: Some("20".into()),
                mandate_text: Some("Invites the Chair of the Commission on Science and Technology for Development to establish a working group on enhanced cooperation to examine the mandate of the World Summit on the Information Society regarding enhanced cooperation as contained in the Tunis Agenda, through seeking, compiling and reviewing inputs from all Member States and all other stakeholders, and to make recommendations on how to fully implement this mandate.".into()),
                reporting_target: Some("17th session of the CSTD".into()),
                reporting_deadline: Some("2014-05-14".into()),
                start_date: Some("2013-03-22".into()),
                end_date: Some("2014-05-14".into()),
                description: Some("22 Member States (four per regional group and the two WSIS hosts) and five members from each of the other stakeholder groups. It met four times and ended without agreed recommendations; the Chair reported to the CSTD. Only members named in public sources are listed; other seats show as vacant.".into()),
                ..body("Working Group on Enhanced Cooperation (2013–2014)", "WGEC-2013", "working_group")
            },
            &[
                (Lifecycle::Mandated, "2012-12-21", "A/RES/67/195, para. 20"),
                (Lifecycle::Established, "2013-03-22", "Established by the Chair of the CSTD"),
                (Lifecycle::MethodsAgreed, "2013-05-31", "1st meeting: agenda adopted, observers under ECOSOC rules, questionnaire finalised"),
                (Lifecycle::Working, "2013-11-06", "2nd meeting: 69 responses reviewed"),
                (Lifecycle::ConcludedWithoutConsensus, "2014-05-02", "4th meeting ended without agreed recommendations"),
                (Lifecycle::Transmitted, "2014-05-14", "The Chair reported to the 17th session of the CSTD"),
            ],
        )
        .await?;
    if let Some(wgec) = wgec {
        crate::demo_calls::wgec_questionnaire(store, &l.by, wgec).await?;
        let demonstration = crate::demo_calls::demonstration_call(store, &l.by, wgec).await?;
        crate::demo_compilation::illustrative_compilation(store, &l.by, demonstration).await?;
        l.document(
            wgec,
            "A/RES/67/195",
            "Information and communications technologies for development (mandate, para. 20)",
            "resolution",
        )
        .await?;
        l.document(wgec, "A/66/77–E/2011/103", "Enhanced cooperation on public policy issues pertaining to the Internet: report of the Secretary-General", "report").await?;
        // The four meetings of 2013–2014 (the fourth was called an additional meeting).
        l.meetings(
            wgec,
            &[
                (
                    Some(1),
                    "First meeting",
                    "2013-05-30",
                    "2013-05-31",
                    "Centre international de conférences de Varembé, Geneva",
                    "summary_published",
                ),
                (
                    Some(2),
                    "Second meeting",
                    "2013-11-06",
                    "2013-11-08",
                    "Palais des Nations, Geneva",
                    "closed",
                ),
                (
                    Some(3),
                    "Third meeting",
                    "2014-02-24",
                    "2014-02-28",
                    "Palais des Nations, Geneva",
                    "closed",
                ),
                (
                    None,
                    "Additional meeting",
                    "2014-04-30",
                    "2014-05-02",
                    "Geneva",
                    "closed",
                ),
            ],
        )
        .await?;
        if let Some(first) = store.meetings(wgec).await?.first() {
            l.first_meeting_record(first.id).await?;
        }
        let ids = l.wgec_quotas(wgec).await?;
        l.member(
            wgec,
            MembershipForm {
                role: Some("chair".into()),
                person_id: Some(major.0),
                personal_capacity: Some(true),
                ..Default::default()
            },
        )
        .await?;
        l.member(wgec, state_seat(quota_id(&ids, "hosts"), "CH"))
            .await?;
        l.member(wgec, state_seat(quota_id(&ids, "hosts"), "TN"))
            .await?;
        l.member(
            wgec,
            MembershipForm {
                person_id: Some(reddy.0),
                ..state_seat(quota_id(&ids, "APG"), "IN")
            },
        )
        .await?;
        l.member(wgec, state_seat(quota_id(&ids, "GRULAC"), "BR"))
            .await?;
        for (_, person) in &civil_society {
            l.member(
                wgec,
                MembershipForm {
                    quota_id: quota_id(&ids, "civil_society"),
                    person_id: Some(person.0),
                    ..Default::default()
                },
            )
            .await?;
        }
        l.member(
            wgec,
            MembershipForm {
                quota_id: quota_id(&ids, "private_sector"),
                person_id: Some(cade.0),
                ..Default::default()
            },
        )
        .await?;
        let group = l
            .body(
                BodyForm {
                    parent_id: Some(wgec.0),
                    reports_to_id: Some(wgec.0),
                    openness: Some("open_to_all".into()),
                    start_date: Some("2013-11-08".into()),
                    end_date: Some("2014-02-14".into()),
                    reporting_target: Some("The WGEC Chair and mailing list".into()),
                    reporting_deadline: Some("2014-02-12".into()),
                    description: Some("Open to all stakeholders, working by e-mail: reviewed the international public policy issues, listed the existing mechanisms for each, assessed their status and identified gaps. Issues without consensus went to the WGEC with options. Its final compiled report covered 24 broad areas.".into()),
                    ..body("WGEC correspondence group on the mapping of mechanisms", "WGEC-CG", "correspondence_group")
                },
                &[
                    (Lifecycle::Established, "2013-11-08", "Terms of reference agreed by the WGEC"),
                    (Lifecycle::Working, "2013-11-08", ""),
                    (Lifecycle::ConcludedWithAgreedReport, "2014-02-14", "Final compiled report sent to the Chair"),
                ],
            )
            .await?;
        if let Some(group) = group {
            l.member(
                group,
                MembershipForm {
                    role: Some("facilitator".into()),
                    person_id: Some(rushton.0),
                    organization_id: Some(bt.0),
                    ..Default::default()
                },
            )
            .await?;
            let liddicoat = civil_society
                .iter()
                .find(|(n, _)| *n == "Joy Liddicoat")
                .map(|(_, id)| id.0);
            l.member(
                group,
                MembershipForm {
                    role: Some("facilitator".into()),
                    person_id: liddicoat,
                    organization_id: Some(apc.0),
                    ..Default::default()
                },
            )
            .await?;
        }
    }

    progress(5, "WGEC 2016–2018");
    let wgec2 = l
        .body(
            BodyForm {
                parent_id: cstd_id.map(|b| b.0),
                reports_to_id: cstd_id.map(|b| b.0),
                mandate_symbol: Some("A/RES/70/125".into()),
                mandate_paragraph: Some("65".into()),
                mandate_text: Some("Requests the Chair of the Commission on Science and Technology for Development to establish a working group to develop recommendations on how to further implement enhanced cooperation as envisioned in the Tunis Agenda, taking into consideration the work that has been done on this matter thus far.".into()),
                reporting_target: Some("21st session of the CSTD".into()),
                reporting_deadline: Some("2018-05-14".into()),
                start_date: Some("2016-05-03".into()),
                end_date: Some("2018-05-18".into()),
                description: Some("Composed like the first WGEC. Regional and stakeholder focal points were consulted on the members. Its fifth meeting negotiated the Chair's second draft; the group could not adopt a report, and the Chair gave his own summary to the CSTD.".into()),
                ..body("Working Group on Enhanced Cooperation (2016–2018)", "WGEC-2016", "working_group")
            },
            &[
                (Lifecycle::Mandated, "2015-12-16", "A/RES/70/125, para. 65"),
                (Lifecycle::CompositionConsultation, "2016-03-03", "Composition confirmed; focal points invited to choose representatives"),
                (Lifecycle::Established, "2016-05-03", ""),
                (Lifecycle::MethodsAgreed, "2016-09-30", "1st meeting: methods of work and two guiding questions for an open call"),
                (Lifecycle::Working, "2017-01-26", "2nd meeting"),
                (Lifecycle::ReportDrafting, "2017-09-27", "Drafting timeline agreed: Chair's first draft, comments, second draft"),
                (Lifecycle::ConcludedWithoutConsensus, "2018-02-01", "Unable, due to lack of consensus, to adopt a report"),
                (Lifecycle::Transmitted, "2018-05-14", "The Chair's own summary of proceedings to the 21st session of the CSTD"),
            ],
        )
        .await?;
    if let Some(wgec2) = wgec2 {
        let added = crate::demo_texts::illustrative_texts(store, &l.by, wgec2).await?;
        l.report.parties += added.parties;
        l.report.memberships += added.memberships;
        crate::demo_opinion::illustrative_map(store, &l.by, wgec2).await?;
        l.document(wgec2, "A/RES/70/125", "Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society (mandate, para. 65)", "resolution").await?;
        l.meetings(
            wgec2,
            &[
                (
                    Some(1),
                    "First meeting",
                    "2016-09-30",
                    "2016-09-30",
                    "Geneva",
                    "closed",
                ),
                (
                    Some(2),
                    "Second meeting",
                    "2017-01-26",
                    "2017-01-27",
                    "Geneva",
                    "closed",
                ),
                (
                    Some(3),
                    "Third meeting",
                    "2017-05-03",
                    "2017-05-05",
                    "Geneva",
                    "closed",
                ),
                (
                    Some(4),
                    "Fourth meeting",
                    "2017-09-25",
                    "2017-09-27",
                    "Geneva",
                    "closed",
                ),
                (
                    Some(5),
                    "Fifth meeting",
                    "2018-01-29",
                    "2018-01-31",
                    "Geneva",
                    "closed",
                ),
            ],
        )
        .await?;
        let ids = l.wgec_quotas(wgec2).await?;
        l.member(
            wgec2,
            MembershipForm {
                role: Some("chair".into()),
                person_id: Some(fonseca.0),
                ..Default::default()
            },
        )
        .await?;
        l.member(wgec2, state_seat(quota_id(&ids, "hosts"), "CH"))
            .await?;
        l.member(wgec2, state_seat(quota_id(&ids, "hosts"), "TN"))
            .await?;
        l.member(
            wgec2,
            MembershipForm {
                quota_id: quota_id(&ids, "technical_academic"),
                organization_id: Some(icann.0),
                ..Default::default()
            },
        )
        .await?;
        for state in ["UG", "IN", "DO"] {
            l.member(
                wgec2,
                MembershipForm {
                    role: Some("focal_point".into()),
                    state: Some(state.into()),
                    ..Default::default()
                },
            )
            .await?;
        }
        l.member(
            wgec2,
            MembershipForm {
                role: Some("focal_point".into()),
                state: Some("HU".into()),
                person_id: Some(major.0),
                ..Default::default()
            },
        )
        .await?;
    }

    progress(6, "WGIGF");
    let wgigf = l
        .body(
            BodyForm {
                parent_id: cstd_id.map(|b| b.0),
                reports_to_id: cstd_id.map(|b| b.0),
                mandate_symbol: Some("E/RES/2010/2".into()),
                mandate_text: Some("Invites the Chair of the Commission on Science and Technology for Development to establish, in an open and inclusive manner, a working group which would seek, compile and review inputs from all Member States and all other stakeholders on improvements to the Internet Governance Forum.".into()),
                reporting_target: Some("CSTD, through ECOSOC to the General Assembly".into()),
                start_date: Some("2011-02-25".into()),
                end_date: Some("2012-03-16".into()),
                description: Some("Agreed 39 recommendations in five areas (A/67/65–E/2012/48). Its government seats are not modelled here: the reported figure of 23 Member States could not be verified.".into()),
                ..body("Working Group on Improvements to the Internet Governance Forum", "WGIGF", "working_group")
            },
            &[
                (Lifecycle::Mandated, "2010-07-19", "ECOSOC resolution 2010/2"),
                (Lifecycle::Established, "2011-02-25", "1st meeting, Montreux"),
                (Lifecycle::Working, "2011-10-30", "Phase II: five main topics agreed"),
                (Lifecycle::ConcludedWithAgreedReport, "2012-03-16", "Report with agreed recommendations, A/67/65–E/2012/48"),
            ],
        )
        .await?;
    if let Some(wgigf) = wgigf {
        l.document(
            wgigf,
            "A/67/65–E/2012/48",
            "Report of the Working Group on Improvements to the Internet Governance Forum",
            "report",
        )
        .await?;
        let mut ids = Vec::new();
        for group in [
            "private_sector",
            "civil_society",
            "technical_academic",
            "intergovernmental",
        ] {
            let form = QuotaForm {
                kind: Some("stakeholder_group".into()),
                stakeholder_group: Some(group.into()),
                seats: Some(5),
                ..Default::default()
            };
            ids.push((group, l.quota(wgigf, form).await?));
        }
        // Phase I was chaired by Frédéric Riehl, phase II (from the 14th CSTD session, May 2011)
        // by Peter Major; the exact hand-over day is not in the sources.
        l.member(
            wgigf,
            MembershipForm {
                role: Some("chair".into()),
                person_id: Some(riehl.0),
                nominated_by: Some("Chair, phase I".into()),
                ..Default::default()
            },
        )
        .await?;
        l.member(
            wgigf,
            MembershipForm {
                role: Some("chair".into()),
                person_id: Some(major.0),
                nominated_by: Some("Chair, phase II".into()),
                ..Default::default()
            },
        )
        .await?;
        l.wgigf_topics(wgigf).await?;
    }

    progress(7, "events calendar 2012–2013");
    for (title, start, end, venue, country, organiser) in [
        (
            "ECOSOC Substantive Session",
            "2012-07-23",
            "2012-07-27",
            "New York",
            "US",
            "ECOSOC",
        ),
        (
            "2nd CyberSpace Conference",
            "2012-10-04",
            "2012-10-05",
            "Budapest",
            "HU",
            "Government of Hungary",
        ),
        (
            "WTPF Expert meeting",
            "2012-10-10",
            "2012-10-12",
            "Geneva",
            "CH",
            "ITU",
        ),
        (
            "ICANN 45th Meeting",
            "2012-10-13",
            "2012-10-18",
            "Toronto",
            "CA",
            "ICANN",
        ),
        (
            "IGF 7th Meeting",
            "2012-11-05",
            "2012-11-09",
            "Baku",
            "AZ",
            "IGF",
        ),
        (
            "WCIT 2012",
            "2012-12-03",
            "2012-12-14",
            "Dubai",
            "AE",
            "ITU",
        ),
        (
            "UNGA 67th Session",
            "2012-12-14",
            "2012-12-14",
            "New York",
            "US",
            "UN General Assembly",
        ),
        (
            "CSTD Inter-sessional",
            "2013-01-07",
            "2013-01-09",
            "Lima",
            "PE",
            "CSTD",
        ),
        (
            "ITU CWG Internet & WSIS",
            "2013-01-30",
            "2013-02-04",
            "Geneva",
            "CH",
            "ITU",
        ),
        (
            "WTPF Expert meeting",
            "2013-02-07",
            "2013-02-08",
            "Geneva",
            "CH",
            "ITU",
        ),
        (
            "WSIS+10 & IGF/MAG",
            "2013-02-25",
            "2013-03-01",
            "Paris",
            "FR",
            "UNESCO",
        ),
        (
            "ICANN 46th Meeting",
            "2013-04-05",
            "2013-04-11",
            "Beijing",
            "CN",
            "ICANN",
        ),
        (
            "WTPF/WSIS Forum",
            "2013-05-13",
            "2013-05-17",
            "Geneva",
            "CH",
            "ITU",
        ),
        (
            "IGF/MAG Consultation",
            "2013-05-20",
            "2013-05-22",
            "Geneva",
            "CH",
            "IGF",
        ),
        (
            "CSTD 16th Session",
            "2013-06-03",
            "2013-06-07",
            "Geneva",
            "CH",
            "CSTD",
        ),
        (
            "ICANN 47th Meeting",
            "2013-07-11",
            "2013-07-17",
            "Durban",
            "ZA",
            "ICANN",
        ),
        (
            "ECOSOC Substantive Session",
            "2013-07-01",
            "2013-07-31",
            "Geneva",
            "CH",
            "ECOSOC",
        ),
        (
            "3rd CyberSpace Conference",
            "2013-10-17",
            "2013-10-18",
            "Seoul",
            "KR",
            "Government of the Republic of Korea",
        ),
        (
            "IGF 8th Meeting",
            "2013-10-21",
            "2013-10-25",
            "Bali",
            "ID",
            "IGF",
        ),
    ] {
        l.event(title, start, end, venue, country, organiser)
            .await
            .with_context(|| format!("event {title}"))?;
    }
    Ok(l.report)
}

async fn find(store: &Store, acronym: &str) -> anyhow::Result<Option<BodyId>> {
    Ok(store
        .bodies()
        .await?
        .into_iter()
        .find(|b| b.fields.acronym == acronym)
        .map(|b| b.id))
}
