//! The route table: every address the site answers, and for each state-changing one how its
//! body comes (a form, a form with files, or JSON for the API). The table records those as it is
//! built, so that a test can visit every one of them and check that each refuses a request
//! without a valid CSRF token (or, under `/api/`, without the administrator's token).

use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::Method;
use axum::response::Response;
use axum::routing::{get, post, MethodRouter};
use axum::Router;

use crate::error::{ApiError, PageError};
use crate::{api, pages, AppState, MAX_UPLOAD_BYTES};

/// How a state-changing route takes its body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payload {
    /// `application/x-www-form-urlencoded`, read by `forms::CsrfForm`.
    Form,
    /// `multipart/form-data`, read by `forms::Upload`.
    Multipart,
    /// JSON under `/api/`, authorised by the administrator's bearer token.
    Json,
}

/// A route that changes state.
#[derive(Debug, Clone)]
pub struct StateChanging {
    /// Its method.
    pub method: Method,
    /// Its path, with `{placeholders}`.
    pub path: String,
    /// How its body comes.
    pub payload: Payload,
}

/// A router being built, with the state-changing routes it has been given so far.
pub struct Routes {
    router: Router<AppState>,
    state_changing: Vec<StateChanging>,
}

impl Routes {
    fn new() -> Self {
        Routes {
            router: Router::new(),
            state_changing: Vec::new(),
        }
    }

    fn route(mut self, path: &str, methods: MethodRouter<AppState>) -> Self {
        self.router = self.router.route(path, methods);
        self
    }

    fn record(mut self, path: &str, payload: Payload) -> Self {
        self.state_changing.push(StateChanging {
            method: Method::POST,
            path: path.to_owned(),
            payload,
        });
        self
    }

    /// A page that only shows.
    fn page<H: Handler<T, AppState>, T: 'static>(self, path: &str, show: H) -> Self {
        self.route(path, get(show))
    }

    /// A page with a form posted back to it.
    fn form<G, GT, P, PT>(self, path: &str, show: G, submit: P) -> Self
    where
        G: Handler<GT, AppState>,
        P: Handler<PT, AppState>,
        GT: 'static,
        PT: 'static,
    {
        self.route(path, get(show).post(submit))
            .record(path, Payload::Form)
    }

    /// A form posted from another page.
    fn action<P: Handler<PT, AppState>, PT: 'static>(self, path: &str, submit: P) -> Self {
        self.route(path, post(submit)).record(path, Payload::Form)
    }

    /// A page whose form sends files, of at most `limit` bytes in all.
    fn upload_form<G, GT, P, PT>(self, path: &str, show: G, submit: P, limit: usize) -> Self
    where
        G: Handler<GT, AppState>,
        P: Handler<PT, AppState>,
        GT: 'static,
        PT: 'static,
    {
        let methods = get(show).post(submit).layer(DefaultBodyLimit::max(limit));
        self.route(path, methods).record(path, Payload::Multipart)
    }

    /// A form with files posted from another page, of at most `limit` bytes in all.
    fn upload_action<P: Handler<PT, AppState>, PT: 'static>(
        self,
        path: &str,
        submit: P,
        limit: usize,
    ) -> Self {
        let methods = post(submit).layer(DefaultBodyLimit::max(limit));
        self.route(path, methods).record(path, Payload::Multipart)
    }

    /// An API resource that is read and written (with JSON).
    fn resource<G, GT, P, PT>(self, path: &str, read: G, write: P) -> Self
    where
        G: Handler<GT, AppState>,
        P: Handler<PT, AppState>,
        GT: 'static,
        PT: 'static,
    {
        self.route(path, get(read).post(write))
            .record(path, Payload::Json)
    }

    /// These routes under `prefix`.
    fn nest(mut self, prefix: &str, inner: Routes) -> Self {
        self.router = self.router.nest(prefix, inner.router);
        self.state_changing
            .extend(inner.state_changing.into_iter().map(|route| StateChanging {
                path: format!("{prefix}{}", route.path),
                ..route
            }));
        self
    }

    /// The router and every state-changing route in it.
    pub fn into_parts(self) -> (Router<AppState>, Vec<StateChanging>) {
        (self.router, self.state_changing)
    }
}

/// Every route of the site: pages, the API, and what the pages need (health, style, source,
/// language switch). The protective layers are added by [`crate::router`].
pub fn table() -> Routes {
    Routes::new()
        .page("/", pages::home::home)
        .page("/bodies", pages::bodies::list)
        .form(
            "/bodies/new",
            pages::manage::new_body_form,
            pages::manage::create_body,
        )
        .page("/bodies/{id}", pages::bodies::show)
        .page("/calendars/bodies/{file}", pages::meetings::feed)
        .page("/calendars/events.ics", pages::events::feed)
        .page("/calendars/me/{file}", pages::meetings::personal_feed)
        .action("/account/calendar", pages::account::make_calendar)
        .action("/account/calendar/revoke", pages::account::revoke_calendar)
        .form(
            "/bodies/{id}/edit",
            pages::manage::edit_body_form,
            pages::manage::edit_body,
        )
        .form(
            "/bodies/{id}/lifecycle",
            pages::manage::lifecycle_form,
            pages::manage::change_lifecycle,
        )
        .form(
            "/bodies/{id}/seats/new",
            pages::manage::new_quota_form,
            pages::manage::create_quota,
        )
        .form(
            "/bodies/{id}/memberships/new",
            pages::manage::new_membership_form,
            pages::manage::create_membership,
        )
        .form(
            "/bodies/{id}/seats/{quota}/edit",
            pages::manage::edit_quota_form,
            pages::manage::edit_quota,
        )
        .form(
            "/bodies/{id}/memberships/{membership}/edit",
            pages::manage::edit_membership_form,
            pages::manage::edit_membership,
        )
        .form(
            "/bodies/{id}/meetings/{meeting}/register",
            pages::meetings::registration_form,
            pages::meetings::register,
        )
        .action(
            "/bodies/{id}/meetings/{meeting}/registrations/{registration}",
            pages::meetings::decide,
        )
        .action(
            "/bodies/{id}/meetings/{meeting}/summary",
            pages::meetings::publish_summary,
        )
        .action(
            "/bodies/{id}/meetings/{meeting}/agenda/{item}/outcome",
            pages::meetings::record_outcome,
        )
        .action(
            "/bodies/{id}/meetings/{meeting}/cap",
            pages::meetings::set_cap,
        )
        .page(
            "/bodies/{id}/meetings/{meeting}/badges.csv",
            pages::meetings::badges,
        )
        .page("/bodies/{id}/meetings/{meeting}", pages::meetings::show)
        .action(
            "/bodies/{id}/meetings/{meeting}/agenda",
            pages::meetings::add_item,
        )
        .action(
            "/bodies/{id}/meetings/{meeting}/agenda/adopt",
            pages::meetings::adopt,
        )
        .form(
            "/bodies/{id}/documents/new",
            pages::documents::new_form,
            pages::documents::create,
        )
        .page("/bodies/{id}/documents/{doc}", pages::documents::show)
        .upload_action(
            "/bodies/{id}/documents/{doc}/files",
            pages::documents::upload,
            MAX_UPLOAD_BYTES,
        )
        .action(
            "/bodies/{id}/documents/{doc}/follow",
            pages::documents::follow,
        )
        .page("/documents/files/{file}", pages::documents::download)
        .form(
            "/bodies/{id}/calls/new",
            pages::calls::new_form,
            pages::calls::create,
        )
        .page("/calls/{id}", pages::calls::show)
        .action("/calls/{id}/state", pages::calls::move_state)
        .form(
            "/calls/{id}/questions/new",
            pages::calls::question_form,
            pages::calls::add_question,
        )
        .form(
            "/calls/{id}/extend",
            pages::calls::extend_form,
            pages::calls::extend,
        )
        .upload_form(
            "/calls/{id}/respond",
            pages::respond::form,
            pages::respond::submit,
            MAX_UPLOAD_BYTES,
        )
        .page("/calls/{id}/receipts/{reference}", pages::respond::receipt)
        .page("/ledger.jsonl", pages::respond::ledger)
        .form(
            "/signatures/confirm",
            pages::signatures::show,
            pages::signatures::confirm,
        )
        .upload_form(
            "/calls/{id}/import",
            pages::import::form,
            pages::import::check,
            MAX_UPLOAD_BYTES,
        )
        .action(
            "/calls/{id}/import/{import}/confirm",
            pages::import::confirm,
        )
        .upload_form(
            "/calls/{id}/record",
            pages::respond::record::form,
            pages::respond::record::record,
            MAX_UPLOAD_BYTES,
        )
        .page(
            "/calls/{id}/responses/{reference}/files/{file}",
            pages::respond::record::file,
        )
        .page("/calls/{id}/responses", pages::published::list)
        .page("/calls/{id}/statistics", pages::statistics::show)
        .form(
            "/calls/{id}/issues",
            pages::issues::list,
            pages::issues::record,
        )
        .page("/calls/{id}/issues/new", pages::issues::new)
        .page("/calls/{id}/divergence", pages::divergence::show)
        .page("/search", pages::search::search)
        .form(
            "/calls/{id}/themes",
            pages::themes::list,
            pages::themes::request,
        )
        .form(
            "/calls/{id}/themes/{number}",
            pages::themes::show,
            pages::themes::change,
        )
        .action("/calls/{id}/themes/{number}/coding", pages::themes::correct)
        .page("/calls/{id}/issues/{number}", pages::issues::show)
        .action("/calls/{id}/issues/{number}/merge", pages::issues::merge)
        .action("/calls/{id}/issues/{number}/area", pages::issues::set_area)
        .action(
            "/calls/{id}/issues/{number}/topic",
            pages::issues::propose_topic,
        )
        .action(
            "/calls/{id}/themes/{number}/topic",
            pages::themes::propose_topic,
        )
        .page("/calls/{id}/responses/{reference}", pages::published::show)
        .action(
            "/calls/{id}/responses/{reference}/correct",
            pages::published::correct,
        )
        .action(
            "/calls/{id}/responses/{reference}/moderate",
            pages::published::moderate,
        )
        .page(
            "/calls/{id}/questions/{question}",
            pages::published::question,
        )
        .form(
            "/bodies/{id}/texts/new",
            pages::texts::new_form,
            pages::texts::create,
        )
        .page("/texts/{id}", pages::texts::show)
        .form(
            "/texts/{id}/edit",
            pages::texts::edit_form,
            pages::texts::revise,
        )
        .page("/texts/{id}/versions", pages::texts::versions)
        .action("/texts/{id}/status", pages::texts::consensus::set_status)
        .form(
            "/texts/{id}/positions",
            pages::texts::consensus::positions_page,
            pages::texts::consensus::take_position,
        )
        .action("/texts/{id}/readings", pages::texts::readings::open)
        .form(
            "/bodies/{id}/opinion/new",
            pages::opinion::new_form,
            pages::opinion::create,
        )
        .page("/opinion/{id}", pages::opinion::show)
        .action("/opinion/{id}/statements", pages::opinion::add_statement)
        .action("/opinion/{id}/votes", pages::opinion::vote)
        .action(
            "/opinion/{id}/statements/{number}/moderate",
            pages::opinion::moderate,
        )
        .upload_action(
            "/opinion/{id}/import",
            pages::opinion::import,
            2 * MAX_UPLOAD_BYTES,
        )
        .page("/opinion/{id}/export/{file}", pages::opinion::export)
        .form(
            "/texts/{id}/comments",
            pages::texts::readings::comments,
            pages::texts::readings::comment,
        )
        .action("/comments/{id}/hide", pages::texts::readings::hide)
        .form(
            "/texts/{id}/amendments",
            pages::texts::amendments::compilation,
            pages::texts::amendments::propose,
        )
        .action(
            "/amendments/{id}/handling",
            pages::texts::amendments::handle,
        )
        .action("/texts/{id}/decision", pages::texts::consensus::decide)
        .action(
            "/texts/{id}/silence",
            pages::texts::consensus::start_silence,
        )
        .page("/texts/{id}/compare", pages::texts::compare_versions)
        .page("/texts/{id}/notation.txt", pages::texts::download)
        .form(
            "/bodies/{id}/topics/new",
            pages::topics::new_form,
            pages::topics::create,
        )
        .form(
            "/bodies/{id}/topics/{topic}/decision",
            pages::topics::decision_form,
            pages::topics::decide,
        )
        .page("/mechanisms", pages::mapping::registry::list)
        .form(
            "/mechanisms/new",
            pages::mapping::registry::new_form,
            pages::mapping::registry::create,
        )
        .page("/mechanisms/{id}", pages::mapping::registry::show)
        .form(
            "/mechanisms/{id}/edit",
            pages::mapping::registry::edit_form,
            pages::mapping::registry::edit,
        )
        .page("/bodies/{id}/mapping", pages::mapping::matrix::list)
        .form(
            "/bodies/{id}/mapping/new",
            pages::mapping::matrix::new_form,
            pages::mapping::matrix::create,
        )
        .page("/mapping/{id}", pages::mapping::matrix::show)
        .page("/mapping/{id}/gaps", pages::mapping::matrix::gaps)
        .page("/mapping/{id}/matrix.csv", pages::mapping::matrix::csv)
        .page("/mapping/{id}/matrix.json", pages::mapping::matrix::json)
        .upload_form(
            "/mapping/{id}/import",
            pages::mapping::matrix::import_form,
            pages::mapping::matrix::import,
            MAX_UPLOAD_BYTES,
        )
        .action("/mapping/{id}/rows", pages::mapping::rows::propose)
        .action(
            "/mapping/{id}/rows/{row}/assessment",
            pages::mapping::rows::assess,
        )
        .action(
            "/mapping/{id}/rows/{row}/state",
            pages::mapping::rows::set_state,
        )
        .page("/mapping/{id}/issues/{issue}", pages::mapping::issue::show)
        .action(
            "/mapping/{id}/issues/{issue}/gap",
            pages::mapping::issue::explain_gap,
        )
        .action(
            "/mapping/{id}/issues/{issue}/options",
            pages::mapping::issue::add_option,
        )
        .action(
            "/mapping/{id}/questions/{question}/referral",
            pages::mapping::issue::refer,
        )
        .form(
            "/mapping/{id}/questions/{question}/decision",
            pages::mapping::issue::decision_form,
            pages::mapping::issue::decide,
        )
        .form(
            "/mapping/{id}/snapshots",
            pages::mapping::snapshots::list,
            pages::mapping::snapshots::issue,
        )
        .page(
            "/mapping/{id}/snapshots/compare",
            pages::mapping::snapshots::compare_two,
        )
        .page(
            "/mapping/{id}/snapshots/{snapshot}",
            pages::mapping::snapshots::show,
        )
        .action(
            "/bodies/{id}/meetings/{meeting}/members/{member}",
            pages::meetings::roster::update,
        )
        .form(
            "/bodies/{id}/meetings/new",
            pages::meetings::new_form,
            pages::meetings::create,
        )
        .form(
            "/bodies/{id}/meetings/{meeting}/edit",
            pages::meetings::edit_form,
            pages::meetings::edit,
        )
        .form(
            "/bodies/{id}/invite",
            pages::manage::invite_form,
            pages::manage::invite,
        )
        .form(
            "/account/invitation",
            pages::account::invitation_form,
            pages::account::accept_invitation,
        )
        .form(
            "/people/new",
            pages::manage::new_person_form,
            pages::manage::create_person,
        )
        .form(
            "/people/{id}/edit",
            pages::manage::edit_person_form,
            pages::manage::edit_person,
        )
        .form(
            "/organizations/new",
            pages::manage::new_organization_form,
            pages::manage::create_organization,
        )
        .form(
            "/organizations/{id}/edit",
            pages::manage::edit_organization_form,
            pages::manage::edit_organization,
        )
        .page("/people", pages::parties::people)
        .page("/people/{id}", pages::parties::person)
        .page("/organizations", pages::parties::organizations)
        .page("/organizations/{id}", pages::parties::organization)
        .page("/countries", pages::countries::list)
        .page("/countries/{code}", pages::countries::show)
        .page("/events", pages::events::list)
        .page("/account", pages::account::account)
        .form(
            "/account/sign-up",
            pages::account::sign_up_form,
            pages::account::sign_up,
        )
        .form(
            "/account/confirm",
            pages::account::confirm_form,
            pages::account::confirm,
        )
        .form(
            "/account/sign-in",
            pages::account::sign_in_form,
            pages::account::sign_in,
        )
        .action("/account/sign-out", pages::account::sign_out)
        .action(
            "/account/sign-out-everywhere",
            pages::account::sign_out_everywhere,
        )
        .form(
            "/account/reset",
            pages::account::reset_form,
            pages::account::reset,
        )
        .form(
            "/account/reset/choose",
            pages::account::choose_password_form,
            pages::account::choose_password,
        )
        .action("/account/email", pages::account::change_email)
        .form(
            "/account/email/confirm",
            pages::account::confirm_new_email_form,
            pages::account::confirm_new_email,
        )
        .page("/admin", pages::admin::index)
        .page("/admin/outbox", pages::admin::outbox)
        .nest("/api/v1", api_routes())
        .page("/healthz", crate::health)
        .page("/static/concord.css", crate::stylesheet)
        .page("/source.tar.gz", crate::source_archive)
        .page("/language/{code}", crate::language::switch)
}

/// The routes of the JSON API, relative to `/api/v1`.
fn api_routes() -> Routes {
    Routes::new()
        .page("/", api::index)
        .resource("/bodies", api::bodies::list, api::bodies::create)
        .page("/bodies/{id}", api::bodies::show)
        .resource(
            "/bodies/{id}/quotas",
            api::bodies::quotas,
            api::bodies::add_quota,
        )
        .resource(
            "/bodies/{id}/memberships",
            api::bodies::memberships,
            api::bodies::add_membership,
        )
        .resource(
            "/bodies/{id}/lifecycle",
            api::bodies::history,
            api::bodies::change_lifecycle,
        )
        .page("/bodies/{id}/meetings", api::bodies::meetings)
        .page("/bodies/{id}/documents", api::bodies::documents)
        .resource("/people", api::parties::people, api::parties::create_person)
        .page("/people/{id}", api::parties::person)
        .resource(
            "/organizations",
            api::parties::organizations,
            api::parties::create_organization,
        )
        .page("/organizations/{id}", api::parties::organization)
        .page("/countries", api::reference::countries)
        .page("/countries/{code}", api::reference::country)
        .page("/regional-groups", api::reference::regional_groups)
        .page("/stakeholder-groups", api::reference::stakeholder_groups)
        .page("/action-lines", api::reference::action_lines)
        .page("/events", api::reference::events)
}

/// Every state-changing route of the site, for the tests that visit them all.
pub fn state_changing() -> Vec<StateChanging> {
    table().into_parts().1
}

/// The fallback: a 404 page, or a JSON 404 under `/api/`.
pub async fn not_found(uri: axum::http::Uri) -> Response {
    use axum::response::IntoResponse;
    if uri.path().starts_with("/api/") {
        return ApiError::NotFound("API route").into_response();
    }
    PageError::NotFound("error-not-found", None).into_response()
}
