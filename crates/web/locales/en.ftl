# Concord's interface in English, the reference catalogue: every other catalogue has exactly
# these keys. Content that users write is not translated here.

## Layout

site-name = Concord
skip-link = Skip to content
nav-main = Main
nav-bodies = Bodies
nav-countries = Countries
nav-organizations = Organizations
nav-people = People
nav-events = Events
nav-admin = Administration
language-switcher = Language
breadcrumb = Breadcrumb
footer-text = Concord — every input, decision and report of a multi-stakeholder process, in the open.
footer-api = The same data as JSON
footer-source = Source code (AGPL-3.0)
demo-note-title = Demonstration data.
demo-note-body = Entries marked “illustrative” are examples, not a record of the real composition.
demo-entry = This entry is illustrative demonstration data.

## Dates and numbers

date-long = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-range = { $start } – { $end }
date-from = from { $start }
date-until = until { $end }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-genitive-1 = January
month-genitive-2 = February
month-genitive-3 = March
month-genitive-4 = April
month-genitive-5 = May
month-genitive-6 = June
month-genitive-7 = July
month-genitive-8 = August
month-genitive-9 = September
month-genitive-10 = October
month-genitive-11 = November
month-genitive-12 = December

## Home

home-title = Home
home-lead = Concord runs a multi-stakeholder working group from mandate to follow-up: bodies and their composition, calls for input, meetings, negotiated recommendations and reports, in the open.
home-bodies = Bodies
home-no-bodies = No body has been set up yet.
home-also = Also here
home-countries = All 193 Member States and the 2 observer states, by UN regional group, with their memberships
home-events = { $count ->
    [one] The calendar of related events (1 event)
   *[other] The calendar of related events ({ $count } events)
}
home-api = The same data as JSON

## Bodies

bodies-title = Bodies
bodies-none = No body has been set up yet.
bodies-caption = Commissions, working groups and their sub-groups, each under its parent
col-body = Body
col-type = Type
col-state = State
col-dates = Dates
fact-type = Type
fact-state = State
fact-dates = Dates
fact-decision-rule = Decision rule
fact-openness = Openness
fact-reports-to = Reports to
fact-reporting-deadline = Reporting deadline
mandate-heading = Mandate
mandate-none = No mandate recorded.
mandate-paragraph = paragraph { $paragraph }
composition-heading = Composition
composition-no-seats = No seats are defined for this body.
balance-caption = Seats by quota on { $date }
col-quota = Quota
col-seats = Seats
col-filled = Filled
col-balance = Balance
quota-indicative = (indicative)
balance-filled = Filled
balance-vacant = { $count } vacant
balance-over = { $count } over quota
matrix-caption = Seated members by regional group and stakeholder group
col-regional-group = Regional group
col-total = Total
matrix-no-group = No regional group
members-heading = Members and officers
members-none = No memberships recorded.
members-caption = Everyone with a role in { $body }
col-role = Role
col-member = Member
col-seat = Seat
col-stakeholder-group = Stakeholder group
tag-personal-capacity = in a personal capacity
tag-illustrative = illustrative
children-heading = Sub-groups
lifecycle-heading = Lifecycle
body-json = This body as JSON

## Countries

countries-title = Countries
countries-intro = The 193 Member States of the United Nations and the 2 non-member observer states, by UN regional group as used for elections.
countries-no-group = In no regional group
country-codes = Codes
country-status = Status
country-member-state = Member State
country-observer-state = Non-member observer state
country-group = Regional group
country-group-none = None
country-development = Development status
country-ldc = Least developed country
country-no-memberships = { $country } holds no membership in the bodies recorded here.
country-memberships-caption = Memberships of { $country } and of people from { $country }

## People and organizations

memberships-heading = Memberships
memberships-none = No memberships recorded.
memberships-caption = Roles held in bodies
person-position = Position
person-organization = Organization
person-stakeholder-group = Stakeholder group
person-country = Country
people-title = People
people-none = No person recorded.
organizations-title = Organizations
organizations-none = No organization recorded.
organizations-caption = Organizations by name
col-name = Name
col-ecosoc = ECOSOC status
org-stakeholder-group = Stakeholder group
org-ecosoc = ECOSOC status
org-based-in = Based in
org-website = Web site

## Events

events-title = Calendar of related events
events-none = No event recorded.
events-caption = Events in { $year }
col-event = Event
col-venue = Venue
col-organizer = Organizer
events-filter = Filter the events
events-filter-year = Year
events-filter-any = Any
events-filter-apply = Show
events-view-list = List
events-view-month = Month
events-months = Months
events-previous-month = Previous month
events-next-month = Next month
events-feed = Subscribe to the calendar (iCalendar)
events-none-match = No event matches these filters.
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun

## Accounts

account-sign-in = Sign in
account-sign-up = Sign up
account-sign-out = Sign out
account-have-account = Already have an account?
account-forgot = Forgot your password?
account-check-inbox-title = Check your inbox
account-check-inbox = If the address can receive mail from us, a message with a link is on its way to it. The link works for a limited time.
account-check-new-inbox = We sent a link to your new address. Your address changes when you open it.
account-link-problem-title = This link cannot be used
account-reset-link = Ask for a new link
account-confirmed-title = Done
account-confirmed = Your e-mail address is confirmed. You can sign in now.
account-email-changed = Your account now uses the new address.
account-wrong-credentials = The e-mail address or the password is not right.
account-throttled = Too many failed attempts. Wait 15 minutes and try again, or reset your password.
account-unconfirmed = Confirm your e-mail address first with the link we sent you. To get a new link, reset your password.
account-confirm-title = Confirm
account-confirm-explain = Press the button to confirm.
account-confirm-button = Confirm
account-reset-title = Reset your password
account-reset-explain = Give the address of your account and we will send you a link to choose a new password.
account-reset-button = Send the link
account-choose-password = Choose a new password
account-password-changed-title = Password changed
account-password-changed = Your password is changed and you were signed out everywhere. Sign in with the new password.
account-title = Your account
account-platform = Platform role
role-administrator = Platform administrator
account-roles = Your roles
account-no-roles = Your account holds no role in a body yet. The secretariat links accounts to the people who sit in bodies.
account-change-email = Change your e-mail address
account-wrong-password = The password is not right.
account-sessions = Sessions
account-sign-out-everywhere = Sign out everywhere
account-calendar = Your meetings calendar
account-calendar-explain = A private address for the meetings of the bodies you take part in, for your calendar program. Making a new address revokes the old one.
account-calendar-make = Make a private calendar address
account-calendar-revoke = Revoke the address
account-calendar-made-title = Your private calendar address
account-calendar-made = Add this address to your calendar program. Keep it private; it is shown only now: { $link }
account-back = Back to your account
field-display-name = Your name
field-email = E-mail address
field-password = Password
field-password-hint = At least 10 characters.
field-new-password = New password
field-new-email = New e-mail address
form-error-prefix = Error:
form-error-summary = There is a problem
mail-confirm-subject = Confirm your address for Concord
mail-confirm-body =
    Hello { $name },

    Please confirm your e-mail address by opening this link within 48 hours:

    { $link }

    If you did not sign up for Concord, ignore this message.
mail-already-subject = Your Concord account
mail-already-body =
    Hello,

    Someone tried to sign up for Concord with this address, which already has an account. If it was you, sign in, or choose a new password here:

    { $link }

    If it was not you, ignore this message.
mail-reset-subject = Choose a new password for Concord
mail-reset-body =
    Hello { $name },

    To choose a new password, open this link within 2 hours:

    { $link }

    If you did not ask for it, ignore this message: your password stays as it is.
mail-reminder-subject = Reminder: { $title }
mail-reminder-body =
    Hello { $name },

    This is a reminder of { $title }, { $when }, { $venue }.

    The agenda and the documents are on the meeting's page:

    { $link }
mail-change-subject = Confirm your new address for Concord
mail-change-body =
    Hello { $name },

    To move your Concord account to this address, open this link within 48 hours:

    { $link }

    If you did not ask for it, ignore this message.

## Administration

admin-explain = What you may manage depends on your roles; the secretariat of a body manages its composition.
admin-new-body = New body
admin-new-person = New person
admin-new-organization = New organization
outbox-title = Mail outbox
outbox-explain = Every message Concord sends is kept here. Without a mail server, messages stay here and nothing is lost.
outbox-empty = No message yet.
outbox-caption = Messages, newest first
col-written = Written
col-recipient = To
col-subject = Subject
col-delivery = Delivery
outbox-sent = Sent { $date }
outbox-not-sent = Not sent
outbox-waiting = Waiting

## Forms

form-none = (none)
form-create = Create
form-save = Save
form-no-seat = (no seat)
field-body-name = Name
field-acronym = Acronym
field-acronym-hint = Unique, for example WGEC-2013: a letter first, then letters, digits, dots or hyphens.
field-parent = Part of
field-mandate-symbol = Mandate: resolution symbol
field-mandate-paragraph = Mandate: paragraph
field-mandate-text = Mandate: text
field-mandate-lang = Language of the mandate text
field-lang = Language of the text
field-lang-hint = A language code such as en, fr, es, ru, zh or ar.
field-reporting-target = Reports to (in words)
field-start-date = Start date
field-end-date = End date
field-description = Description
field-lifecycle-to = New state
field-lifecycle-on = On
field-lifecycle-note = Why, or the decision that did it
field-quota-kind = Seats for
field-designated-states = Designated states
field-designated-states-hint = Two-letter country codes separated by commas, for example CH, TN.
field-quota-label = Label
field-quota-label-hint = Leave empty to use the group's name.
field-quota-hard = Hard quota: refuse members beyond the number of seats
quota-kind-regional_group = A regional group
quota-kind-stakeholder_group = A stakeholder group
quota-kind-designated_states = Designated states
field-state = State
field-person = Person
field-nominated-by = Nominated by
field-honorific = Title
field-sub-category = Sub-category
admin-edit = Edit { $name }
admin-lifecycle = Lifecycle of { $name }
admin-new-seats = New seats in { $name }
admin-new-membership = New membership in { $name }
admin-edit-person = Edit person
admin-edit-organization = Edit organization
action-edit-body = Edit details
action-lifecycle = Change state
action-new-seats = Add seats
action-new-membership = Add a member
action-new-sub-body = Set up a sub-group
admin-edit-seats = Edit seats in { $name }
admin-edit-membership = Edit a membership in { $name }
field-reason = Reason for the change
field-reason-hint = Kept in the history, for example “term ended”.
col-actions = Actions
action-edit = Edit
action-invite = Invite someone to take part
admin-invite = Invite someone to take part in { $name }
field-invite-person-hint = The person of the directory whose memberships the account will act for.
form-send-invitation = Send the invitation
invitation-title = Invitation
invitation-explain = You are invited to take part in Concord for a person of its directory. Accepting links your account to that person, with the roles their memberships give.
invitation-sign-in-first = Sign in first, or create an account, then open this link again.
invitation-accept = Accept the invitation
mail-invite-subject = Invitation to take part in { $body }
mail-invite-body =
    Hello,

    The secretariat invites you to take part in { $body } in Concord, for { $name }.

    To accept, open this link within 14 days (create an account first if you have none):

    { $link }

    If you do not know what this is about, ignore this message.

## History

audit-heading = History
audit-none = No change recorded.
audit-caption = Every change, newest first
col-when = When
col-who = Who
col-what = What
audit-body-create = Body created
audit-body-update = Details changed
audit-body-lifecycle = State changed
audit-seat_quota-create = Seats added
audit-seat_quota-update = Seats changed
audit-membership-create = Membership added
audit-membership-update = Membership changed

## Meetings

meetings-heading = Meetings
meetings-none = No meeting scheduled.
meetings-caption = Meetings of { $body }
meetings-feed = Subscribe to the meetings (iCalendar)
timeline-deadline = Reporting deadline
col-number = No.
col-meeting = Meeting
meeting-additional = Additional
action-new-meeting = Schedule a meeting
admin-new-meeting = New meeting of { $name }
admin-edit-meeting = Edit a meeting of { $name }
field-meeting-number = Number
field-meeting-number-hint = 1 for the first meeting, 2 for the second, and so on; leave empty for an additional meeting.
field-title = Title
field-starts-on = First day
field-ends-on = Last day
field-starts-at = Opening time
field-ends-at = Closing time
field-time-zone = Time zone
field-time-zone-hint = The time zone of the venue, such as Europe/Zurich or America/New_York.
field-room = Room
field-modality = Participation
field-remote-details = Remote participation: how to join
field-webcast = Webcast link
field-transcript = Transcript link
meeting-state-planned = Planned
meeting-state-announced = Announced
meeting-state-registration_open = Registration open
meeting-state-in_session = In session
meeting-state-closed = Closed
meeting-state-summary_published = Summary published
meeting-state-cancelled = Cancelled
modality-in_person = In person
modality-online = Online
modality-hybrid = Hybrid
audit-meeting-create = Meeting scheduled
audit-meeting-update = Meeting changed
documents-heading = Documents
documents-none = No document filed.
documents-caption = Documents of { $body }
col-symbol = Symbol
col-issued = Issued
col-languages = Languages
tag-latest = latest
tag-superseded = superseded
action-new-document = File a document
admin-new-document = New document of { $name }
field-symbol = Symbol
field-symbol-hint = A UN document symbol, such as E/CN.16/2014/CRP.2 or E/CN.16/2014/CRP.2/Rev.1.
field-document-type = Type
field-issued-on = Date of issue
field-languages = Languages available
field-languages-hint = Codes of the official languages, such as en, fr, es.
field-url = Link to the document
document-type-agenda = Agenda
document-type-secretariat_note = Note by the secretariat
document-type-chairs_summary = Chair's summary
document-type-contribution = Contribution
document-type-compilation = Compilation
document-type-report = Report
document-type-resolution = Resolution
document-type-other = Other document
audit-document-create = Document filed
agenda-heading = Agenda
agenda-none = No item yet.
agenda-state-provisional = Provisional agenda
agenda-state-adopted = Adopted
agenda-state-adopted_with_changes = Adopted with changes
agenda-add-item = Add an item
agenda-adopt = Record the adoption
field-item-number = Item number
field-sub-item = A sub-item of the item above
field-item-document = Document discussed (symbol, optional)
agenda-item-document = Documentation
field-adoption = Adoption
field-adoption-note = How it was adopted
meeting-no-documents = No document is filed for this meeting.
audit-meeting-agenda_item = Agenda item added
audit-meeting-adopt_agenda = Agenda adopted
summary-heading = Chair's summary
summary-none = No summary is published yet.
summary-write = The Chair's summary
summary-publish = Publish the summary
agenda-outcome = Outcome
agenda-record-outcome = Outcome of item
audit-meeting-outcome = Outcome recorded
audit-meeting-summary = Chair's summary published
registration-heading = Observers
registration-cap = Places for observers: { $count }.
registration-link = Register as an observer
registration-not-open = Registration is not open.
registration-none-approved = No observer is admitted yet.
registration-by-group = Admitted observers by stakeholder group
registration-by-region = Admitted observers by regional group of their country
registration-no-region = No regional group or no country given
registration-observers = Admitted observers
field-observer-cap = Most observers admitted
registration-badges = Badge list (CSV)
registration-all = All registrations
registration-attended = attended
registration-approve = Approve
registration-decline = Decline
registration-mark-attended = Mark as attended
registration-mark-absent = Mark as absent
registration-title = Register for { $name }
registration-submit = Register
registration-done-title = Registration received
registration-pending = Your registration is received and awaits the secretariat's approval.
registration-waiting = The places for observers are taken: you are on the waiting list.
registration-back = Back to the meeting
field-represents = Organization or state represented
field-registration-email-hint = For the secretariat only; not published.
registration-status-pending = Awaiting approval
registration-status-approved = Approved
registration-status-waiting_list = Waiting list
registration-status-declined = Declined

## Errors

error-not-found-title = Page not found
error-not-found = There is no page at this address. It may have moved; the links above lead to everything Concord publishes.
error-no-body = There is no body with the id “{ $id }”.
error-no-person = There is no person with the id “{ $id }”.
error-no-organization = There is no organization with the id “{ $id }”.
error-unknown-country = “{ $code }” is not a known country code. Countries are listed by their two-letter ISO 3166-1 code, such as CH or TN.
error-bad-address-title = This address cannot be read
error-internal-title = Something went wrong
error-internal = Something went wrong on our side. The error has been logged; please try again later.
error-go-home = Go to the home page
error-see-bodies = See all bodies
error-forbidden-title = Not allowed
error-forbidden = Your account may not do this here. If you think it should, ask the secretariat of the body.
error-csrf = This form has expired or was sent from another site. Go back, reload the page and send it again.
error-bad-form = The form could not be read. Go back, reload the page and send it again.
error-code-invalid_date = “{ $value }” is not a date; write it as YYYY-MM-DD, for example 2013-05-30.
error-code-required = This field is required.
error-code-too_long = At most { $max } characters, not { $count }.
error-code-control_characters = This contains invisible control characters.
error-code-invalid_email = This is not an e-mail address.
error-code-password_too_short = Use at least { $min } characters.
error-code-password_is_email = Do not use your e-mail address as password.
error-code-duplicate_email = This address already has an account.
error-code-token_invalid = This link is not valid. Ask for a new one.
error-code-token_used = This link was already used. Ask for a new one.
error-code-token_expired = This link has expired. Ask for a new one.
error-code-invalid_language = Use a language code such as en, fr, ar, zh, ru or es.
error-code-unknown_value = Choose one of the values offered.
error-code-invalid_acronym = An acronym starts with a letter and holds only letters, digits, dots and hyphens, such as WGEC-2013.
error-code-ends_before_start = The end date is before the start date.
error-code-deadline_before_start = The reporting deadline is before the body's start date.
error-code-duplicate_acronym = Another body already uses this acronym; choose another.
error-code-unknown_body = There is no such body.
error-code-parent_loop = A body cannot be placed under itself or one of its sub-groups.
error-code-unknown_country = “{ $code }” is not a known country code; use the two-letter ISO 3166-1 code, such as CH or TN.
error-code-out_of_range = The number of seats is between 1 and 500.
error-code-holder_required = Name the state, organization or person who takes the membership.
error-code-observer_without_seat = Observers do not fill seats; leave the seat empty.
error-code-quota_full = Every seat of this quota is filled for these dates; end a current membership or choose other dates.
error-code-not_eligible = This member cannot fill a seat of this quota: it belongs to another group.
error-code-outside_body_dates = This date is outside the body's dates.
error-code-unknown_quota = This body has no such seats.
error-code-unknown_person = There is no such person.
error-code-unknown_organization = There is no such organization.
error-code-wrong_group = This sub-category belongs to another stakeholder group.
error-code-invalid_url = A web address starts with https:// or http://.
error-code-invalid_transition = The body cannot move to this state from the state it is in.
error-code-internal = Something went wrong on our side.
error-code-invalid_time = “{ $value }” is not a time; write it as HH:MM, for example 10:00.
error-code-unknown_time_zone = This is not a time zone; use a name such as Europe/Zurich or America/New_York.
error-code-invalid_symbol = “{ $value }” is not a UN document symbol, such as E/CN.16/2014/CRP.2.
error-code-duplicate_symbol = A document with the symbol { $value } is already filed.
error-code-duplicate_item_number = The agenda already has an item { $value }.
error-code-unknown_document = The body's register holds no document { $value }.
error-code-agenda_adopted = The agenda is already adopted.
error-code-registration_closed = Registration for this meeting is not open.
error-code-duplicate_registration = This address is already registered for this meeting.
error-code-over_cap = Every place for observers at this meeting is taken.
error-code-seats_below_members = { $count } members hold seats of this quota at the same time; end memberships first, or make the quota indicative.

## Body types

body-type-commission = Commission
body-type-working_group = Working group
body-type-correspondence_group = Correspondence group
body-type-ad_hoc_group = Ad hoc group
body-type-breakout_group = Breakout group
body-type-task_force = Task force
body-type-advisory_group = Advisory group
body-type-organ = Principal organ or council

## Decision rules

decision-rule-consensus = Consensus
decision-rule-majority = Majority vote
decision-rule-chair_decides = Chair decides

## Openness

openness-members_only = Members only
openness-open_ended = Open-ended
openness-open_to_all = Open to all

## Lifecycle

lifecycle-mandated = Mandated
lifecycle-composition_consultation = Composition under consultation
lifecycle-established = Established
lifecycle-methods_agreed = Methods of work agreed
lifecycle-working = Working
lifecycle-report_drafting = Drafting its report
lifecycle-concluded_agreed = Concluded with an agreed report
lifecycle-concluded_without_consensus = Concluded without consensus
lifecycle-transmitted = Report transmitted
lifecycle-mandate_expired = Mandate expired

## Roles

role-chair = Chair
role-vice_chair = Vice-Chair
role-member = Member
role-alternate = Alternate
role-observer = Observer
role-facilitator = Facilitator
role-focal_point = Focal point
role-secretariat = Secretariat

## Regional groups

regional-group-AFR = African States
regional-group-APG = Asia-Pacific States
regional-group-EEG = Eastern European States
regional-group-GRULAC = Latin American and Caribbean States
regional-group-WEOG = Western European and other States

## Stakeholder groups

stakeholder-group-government = Governments
stakeholder-group-private_sector = Private sector
stakeholder-group-civil_society = Civil society
stakeholder-group-technical_academic = Technical and academic community
stakeholder-group-intergovernmental = Intergovernmental and international organizations

## ECOSOC consultative status

ecosoc-none = No consultative status
ecosoc-general = General consultative status
ecosoc-special = Special consultative status
ecosoc-roster = Roster

## Stakeholder sub-categories

subcategory-national_government = National government or ministry
subcategory-permanent_mission = Permanent mission
subcategory-regulator = Regulatory authority
subcategory-subnational_government = Regional or local authority
subcategory-company = Company
subcategory-business_association = Business or industry association
subcategory-chamber_of_commerce = Chamber of commerce
subcategory-ngo = Non-governmental organization
subcategory-network_or_coalition = Network or coalition
subcategory-foundation = Foundation
subcategory-trade_union = Trade union
subcategory-individual = Individual
subcategory-technical_organization = Internet technical organization
subcategory-academic_institution = University or research institute
subcategory-individual_expert = Individual expert
subcategory-un_system = UN system entity
subcategory-intergovernmental = Other intergovernmental organization
subcategory-international_organization = International organization

# Document files, following, members at meetings.
language-ar = Arabic
language-zh = Chinese
language-en = English
language-fr = French
language-ru = Russian
language-es = Spanish
size-bytes = { $count } bytes
size-kb = { $count } KB
size-mb = { $count } MB
error-no-document = There is no document with the id “{ $id }”.
error-no-file = There is no file with the id “{ $id }”.
error-no-membership = There is no membership with the id “{ $id }”.
document-following = You follow this document: you will get an e-mail when a new version is filed.
document-follow = Follow this document
document-unfollow = Stop following
document-follow-sign-in = Sign in to follow this document and hear of its revisions.
document-versions-heading = Versions and files
files-none = No file attached to this version.
files-caption = Files of { $symbol }
col-language = Language
col-file = File
col-size = Size
col-sha256 = SHA-256
files-upload = Attach a file to { $symbol }
field-file = File
field-file-hint = PDF, Word (DOCX) or OpenDocument (ODT), up to 20 MB. The type is read from the content, not from the name.
files-submit = Attach the file
audit-document-attach_file = File attached
audit-meeting-register_member = Member registered
audit-meeting-member_attendance = Attendance recorded
error-code-file_empty = The file is empty.
error-code-file_too_large = The file is larger than { $limit } MB.
error-code-file_type_unknown = The file is not a PDF, Word (DOCX) or OpenDocument (ODT) document.
error-code-file_type_mismatch = The file is named .{ $claimed } but its content is a { $kind } document.
error-code-language_not_issued = The document is not issued in this language; add the language to the document first.
error-code-meeting_over = This meeting is over; its participants can no longer change.
error-code-not_a_member = Only members serving on the day of the meeting are registered as members.
error-code-not_registered = This member is not registered for the meeting.
roster-heading = Members
roster-none = No member serves on the day of this meeting.
roster-caption = Members serving on the day of the meeting, and their delegations
col-group = Group
col-delegation = Delegation
col-attendance = Attendance
roster-delegation-of = Delegation of { $member }
roster-register = Register
roster-not-registered = Not registered
mail-revised-subject = New version of { $base }: { $symbol }
mail-revised-body =
    Hello { $name },

    A new version of a document you follow is filed: { $symbol }, { $title }.

    All its versions and files are on its page:

    { $link }

# Topics of a body's work.
topics-heading = Topics
topics-none = No topic proposed yet.
topics-caption = Topics of the work of { $body }
col-decision = Decision
topic-propose = Propose a topic
topic-new = New topic for { $name }
topic-decide = Record the decision
topic-decide-title = Decision on “{ $title }”
topic-decision = { $date }, { $meeting }: { $basis } (recorded by { $by })
topic-decision-outside-meeting = { $date }: { $basis } (recorded by { $by })
topic-state-proposed = Proposed
topic-state-agreed = Agreed
topic-state-not_retained = Not retained
field-decision = Decision
field-decided-on = Decided on
field-basis = Basis of the decision
field-item-topic = Topic taken up
agenda-item-topic = topic
error-no-topic = There is no topic with the id “{ $id }”.
error-code-topic_decided = The body has already decided on this topic.
audit-topic-create = Topic proposed
audit-topic-decide = Decision on a topic recorded

# Calls for input, responses and receipts.
calls-heading = Calls for input
call-create = New call for input
calls-none = No call for input.
calls-caption = Calls for input of { $body }
call-deadline = Deadline
call-state-draft = Draft
call-state-open = Open
call-state-closed = Closed
call-state-compiled = Compiled
call-move-open = Open the call
call-move-closed = Close the call
call-move-compiled = Mark the responses as compiled
call-move-label = Move the call
audience-confirmed_email = Anyone with a confirmed e-mail address
audience-signed_in = Signed-in users
audience-members = Members of the body only
publication-with_consent = Published when the respondent consents; counted otherwise
publication-aggregate_only = Used in aggregate only
question-kind-free_text = Free text
question-kind-single_choice = Single choice
question-kind-multiple_choice = Multiple choice
field-opens-on = Opens on
field-closes-on = Closes on
field-closes-time = Closing time
field-closes-time-hint = In the call's time zone; 23:59 when left empty.
field-audience = Who may answer
field-consent-text = Consent
field-publication = Publication
call-new = New call for input of { $name }
error-no-call = There is no call for input with the id “{ $id }”.
error-no-response = There is no response with the reference “{ $id }”.
call-extensions = Extensions of the deadline
call-extension = Extended to { $to } (was { $from }): { $reason }
call-answer = Answer this call
call-extend = Extend the deadline
call-extend-title = Extend the deadline of “{ $title }”
question-add = Add a question
question-new = New question for “{ $title }”
questions-heading = Questions
questions-none = No question yet.
question-word-limit = at most { $count } words
question-required = required
field-question-label = Number
field-question-label-hint = As printed: 2, or 2 a) for a sub-part.
field-question-text = Question, verbatim
field-question-kind = How it is answered
field-options = Options
field-options-hint = For a choice question: one option per line.
field-word-limit = Word limit
field-required = An answer is required
field-analytic-group = Analytic group
field-analytic-group-hint = Questions of a group are analysed together, for example “Group 1”.
respondent-kind-person = A person
respondent-kind-organization = An organisation
respondent-kind-government = A government
respond-title = Your response
respond-deadline = Responses are taken until { $deadline }. You may save a draft and edit your response until then; every version you submit is kept.
respond-draft-saved = Your draft is saved. It is not submitted yet.
respond-submitted = Version { $version } of response { $reference } is submitted.
respond-receipts = See the receipts
respond-who = Who is responding
field-respondent-kind = You respond as
field-respondent-name = Name
field-respondent-name-hint = Your name, or the name of the organisation or government you respond for.
field-country-hint = Two-letter code, such as BR or KE.
field-response-lang = Language of your response
respond-consent = Consent
field-consent-publish = I agree that this response may be published.
field-consent-cite = I agree to be cited individually.
respond-versions-kept = Submitting gives you a receipt with a reference number and a fingerprint (SHA-256) of exactly what was received.
respond-submit = Submit
respond-save-draft = Save as draft
receipt-title = Receipt for response
receipt-lead = Your response is received and recorded. Keep this receipt: its fingerprint lets you prove what you sent.
receipt-caption = Versions of response { $reference } received
col-version = Version
col-received = Received (UTC)
col-ledger-entry = Ledger entry
receipt-verify = Anyone can check a receipt against the public ledger:
receipt-ledger = Download the public ledger (JSON lines)
receipt-edit = Edit the response (a new version, with a new receipt)
mail-receipt-subject = Receipt { $reference }: { $title }
mail-receipt-body =
    Hello { $name },

    Your response to “{ $title }” is received.

    Reference: { $reference }
    Version: { $version }
    SHA-256 of what was received: { $hash }

    The receipt, and the public ledger it is recorded in:

    { $link }
error-code-call_not_draft = Questions are set while the call is in draft; it is no longer.
error-code-call_without_questions = A call opens once it has at least one question.
error-code-call_closed = This call does not take responses now: it is not open, or its deadline has passed.
error-code-answer_required = This question needs an answer.
error-code-over_word_limit = This answer has { $words } words; the limit is { $limit }.
error-code-too_few_options = A choice question needs at least two options, one per line.
error-code-not_later = An extension moves the deadline later.
audit-call-create = Call for input created
audit-call-question = Question added
audit-call-state = Call moved
audit-call-extend = Deadline extended
error-bad-encoding = The form holds text that is not valid UTF-8. Nothing was saved; send it again from the page.

# Publication and review of responses.
responses-heading = Responses
responses-counts = Responses counted
responses-received = Received
responses-published = Published
responses-withheld = Withheld (no consent to publish, or used in aggregate only)
responses-hidden = Hidden by moderation
responses-none = No response to show.
responses-all = Every response received
responses-published-list = Published responses
responses-by-question = Answers by question
response-anonymous = A respondent from { $group }, { $country }
response-withheld = withheld
response-hidden-because = Hidden: { $reason }
col-reference = Reference
col-respondent = Respondent
channel-heading = Received by
channel-web = Online form
channel-email = E-mail
channel-paper = Paper
channel-import = Import
errata-heading = Errata
erratum = Response { $reference }, { $date }: { $field } corrected from “{ $before }” to “{ $after }”. Reason: { $reason }
corrected-field-name = name
corrected-field-organization = organisation
corrected-field-stakeholder_group = stakeholder group
corrected-field-sub_category = sub-category
corrected-field-country = country
response-title = Response
response-answers = Answers
response-review = Review by the secretariat
response-correct = Correct the attribution or category
field-corrected = What to correct
field-corrected-value = Correct value
field-corrected-value-hint = A name, a stakeholder group code (such as civil_society), a sub-category code or a two-letter country code.
response-hide = Hide this response
response-show = Show this response again
question-answers-count = { $count } published answers.
question-answers-withheld = { $count } more are counted but not published.
error-code-unchanged = The new value is the same as the old one.
audit-response-correct = Response corrected (erratum)
audit-response-hide = Response hidden
audit-response-show = Response shown again
record-title = Record a response received by e-mail or on paper
record-lead = The response is recorded as received, with the original attached, and enters the ledger like any other; you get its receipt to send back.
record-how = How it was received
field-received-on = Received on
field-sender-email = Sender's e-mail address
field-sender-email-hint = Optional: where the receipt can be sent.
field-original = The original as received
record-submit = Record the response
response-files = Files received
audit-call-record_response = Response recorded by the secretariat
respond-attachments = Files
respond-add-files = Attach files (each is part of the versions you submit from now on)
error-code-too_many_files = A response carries at most { $limit } files.

# Importing responses.
import-title = Import responses from a file
import-lead = Upload a CSV or JSON file of responses received elsewhere. Every row is checked first: if any row has a problem, nothing is imported and every problem is listed.
import-file = CSV or JSON file
import-file-hint = CSV: a header row with kind, name, stakeholder_group, country, lang, consent_publish, consent_cite, email, received_on, and one column per question headed by its number, such as 2 a). JSON: an array of objects with the same keys and the answers under "answers".
import-check = Check the file
import-problems = Problems found: { $count }. Nothing was imported.
import-problems-caption = Problems, row by row
import-whole-file = The file
import-preview = Every row passed its checks: { $count ->
        [one] one response is
       *[other] { $count } responses are
    } ready to import.
import-confirm = { $count ->
        [one] Import the response
       *[other] Import the { $count } responses
    }
import-preview-caption = What will be imported
col-row = Row
col-answers = Answers
col-field = Field
col-problem = Problem
error-code-import_format = Upload a .csv or .json file.
error-code-invalid_flag = Write yes or no.
error-code-broken_row = This row cannot be read: it does not have as many columns as the header.
error-code-unreadable_file = The file cannot be read as CSV with a header row, or as a JSON array of responses.
error-code-invalid_encoding = The file is not valid UTF-8 text.
error-code-empty_file = The file holds no response.
error-code-too_many_rows = A batch holds at most 10,000 responses.
error-code-already_imported = This batch is already imported.
audit-call-import = Responses imported from a file

# Joint submissions.
field-signatories = Co-signatories of a joint submission
field-signatories-hint = One per line, as in: Ana Silva <ana@example.org> or Ana Silva, Instituto Nupef <ana@example.org>. Each is asked by e-mail to confirm.
signatories-heading = Co-signatories
signatory-confirmed = confirmed
signatory-waiting = awaiting confirmation
signature-title = Confirm your signature
signature-lead = { $name }, you are named as a co-signatory of response { $reference } to “{ $title }”.
signature-confirm = I confirm that I sign this response
signature-confirmed = Your signature is confirmed. Thank you.
error-signature-token = This confirmation link is not valid. Use the link of the most recent e-mail.
error-code-invalid_signatory = Line { $line }: write a name and an address, as in Ana Silva <ana@example.org>.
error-code-too_many_signatories = A submission names at most { $limit } co-signatories.
audit-response-confirm_signature = Co-signature confirmed
mail-signature-subject = Please confirm your signature: { $title }
mail-signature-body =
    Hello { $name },

    { $respondent } submitted response { $reference } to “{ $title }” and named you as a co-signatory.

    To confirm that you sign it, open this link and press the button:

    { $link }

    If you did not agree to sign, ignore this message: you will not be listed as confirmed.
error-busy-title = Too busy for a moment
error-busy = Concord is receiving more than it can write right now. Nothing was saved: wait a second and send the form again.
error-unavailable-title = Unavailable for a moment
error-unavailable = The database cannot be reached or cannot write just now. Nothing was changed: try again in a few seconds.
error-too-many-title = Too many requests
error-too-many = You have made this request too often. Try again in { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}.

## Negotiating texts
texts-heading = Negotiating texts
texts-none = No negotiating text yet.
texts-caption = Negotiating texts of { $body }
text-new-link = Start a negotiating text
text-new = New negotiating text for { $name }
text-create = Create the text
field-kind = Kind of text
field-notation = The text, in the drafting notation
field-notation-help = One paragraph per block, blocks separated by a blank line: “OP5 bis. Text”, or “OP6.” followed by lines “Alt 1: …”, “Alt 2: …”. Square brackets enclose text not yet agreed; right after a bracket, braces say who proposed it, when and why: [text]{"{"}EU; 2017-09-26; reason{"}"}. A heading starts with “## ”.
field-note = What changed
text-kind-zero_draft = Zero draft
text-kind-non_paper = Non-paper
text-kind-compilation = Compilation
text-kind-chairs_text = Chair’s text
text-kind-facilitators_text = Facilitator’s text
text-kind-rolling = Rolling text
text-kind-final = Final text
text-version = Version { $version }
text-state-caption = Where the text stands (version { $version })
text-state-paragraphs = Paragraphs
text-state-clean = Paragraphs with no bracket
text-state-open = Paragraphs with brackets or alternatives
text-state-brackets = Brackets
text-edit = Edit the text
text-edit-title = Edit “{ $title }”
text-save = Save a new version
text-versions = All versions
text-versions-title = Versions of “{ $title }”
text-versions-caption = Every version of “{ $title }”, oldest first
text-download = Download the text (plain text, drafting notation)
text-compare = Compare with the version before
text-compare-title = “{ $title }”: version { $from } compared with version { $to }
text-compare-none = The two versions are the same.
text-compare-added = Paragraph added
text-compare-removed = Paragraph removed
text-stale = Someone saved version { $current } while you were editing version { $base }. Nothing of yours is lost: your text is below. Compare it with version { $current }, merge what you need, and save again.
text-stale-changes = What version { $current } changed since version { $base }
text-alternative = Alt { $number }:
bracket-open = start of bracketed text proposed by { $sponsor }
bracket-open-unattributed = start of bracketed text
bracket-close = end of bracketed text
bracket-reason = Proposed by { $sponsor }: { $reason }
diff-deleted = deleted:
diff-inserted = inserted:
diff-end = end of change
col-version-number = Version
col-saved-by = Saved by
col-saved-at = Saved
col-note = What changed
error-no-text = There is no negotiating text with the id “{ $id }”.
error-no-version = This text has no version { $id }.
audit-text-create = Negotiating text created
audit-text-revise = New version of a negotiating text saved
error-code-unclosed_bracket = Line { $line }, character { $column }: this [ is never closed.
error-code-unopened_bracket = Line { $line }, character { $column }: this ] closes no bracket (write \] for the character itself).
error-code-bad_annotation = Line { $line }, character { $column }: braces after a bracket hold at most three parts, {"{"}sponsor; date; reason{"}"}, and are closed.
error-code-bad_date = Line { $line }, character { $column }: the date in braces must read like 2017-09-26.
error-code-stray_brace = Line { $line }, character { $column }: a brace belongs right after a closing bracket (write \{"{"} or \{"}"} for the character itself).
error-code-alternative_out_of_order = Line { $line }: alternatives are numbered in order, Alt 1, Alt 2…
error-code-alternatives_with_text = Line { $line }: a paragraph has either its text after its number or alternatives, not both.
error-code-empty_paragraph = Line { $line }: this paragraph has no text.
error-code-too_deep = Line { $line }, character { $column }: brackets nest at most 32 deep.
error-code-empty_alternative = Line { $line }: this alternative has no text.
error-code-unstable_notation = This text cannot be kept as written; check its brackets and alternatives.
error-code-duplicate_number = Line { $line }: two paragraphs have the same number.
error-code-text_outside_paragraph = Line { $line }: this text belongs to no paragraph; start it with a number such as OP1.
error-code-bad_number = Line { $line }: this is not a paragraph number such as OP5, PP3 or OP5 bis.
error-code-empty_heading = Line { $line }: this heading has no text.
error-code-text_before_alternative = Line { $line }: alternatives start with “Alt 1:”.
error-code-stale_version = Someone saved version { $current } after version { $base }, which you were editing.

## The way from brackets to a decision
paragraph-status-open = Under negotiation
paragraph-status-ad_ref = Agreed ad ref
paragraph-status-agreed_pending = Agreed pending
paragraph-status-agreed = Agreed
paragraph-status-closed = Closed
stance-support = Support
stance-can_live = Can live with it
stance-reservation = Reservation
stance-objection = Formal objection
text-outcome-adopted = It is so decided
text-outcome-no_consensus = No consensus
text-method-declared = declared by the Chair
text-method-silence = at the end of a silence procedure
silence-state-running = Under silence procedure
silence-state-broken = Silence broken
silence-state-passed = Silence not broken
silence-running = Version { $version } of this text is under silence procedure until { $deadline }. Any formal objection by a member before then breaks silence.
silence-deadline = until { $deadline }, on version { $version }
silence-broken-by = broken by { $holder }
text-status-pending = pending { $delegation }
text-on-version = version { $version }
text-body-heading = The text
text-chart-bar = Version { $version }: { $agreed } agreed, { $adref } agreed ad ref or pending, { $bracketed } with brackets or alternatives, of { $paragraphs } paragraphs.
text-chart-reading = Reading { $number } ({ $title }) started from this version.
text-chart-title = The text's way to agreement, version by version
text-chart-other = Clean, not yet agreed
text-sections-caption = Where each section stands
text-section = Section
text-section-untitled = Before the first heading
text-state-agreed = Agreed or closed
text-state-ad-ref = Agreed ad ref or pending
text-whole = The whole text
text-group-none = Not stated
text-positions = Positions
text-positions-by-group = Positions by regional and stakeholder group
text-status-heading = Move a paragraph towards agreement
text-status-save = Record the status
text-position-save = Record the position
text-decision-heading = Decision
text-no-decision = No decision has been recorded yet.
text-decision-save = Record the decision
text-silence-start = Circulate under silence procedure
field-paragraph = Paragraph
field-status = Status
field-pending = Pending which delegation (for "agreed pending")
field-seat = Seat
field-stance = Position
field-outcome = Outcome
field-silence-deadline = Silence ends (UTC)
field-silence-deadline-help = At least 72 hours from now. Members are told by e-mail; any formal objection before then breaks silence, and at the deadline the text is adopted by itself.
text-positions-title = Positions on { $title }
text-positions-observers = Observers' positions are recorded but cannot block consensus.
text-positions-none = No position has been taken yet.
text-positions-by-region = By regional group
text-positions-by-stakeholder = By stakeholder group
text-positions-list = Every position standing
field-regional-group = Regional group
field-stakeholder-group = Stakeholder group
text-recorded = Recorded
text-observer-cannot-block = observer: cannot block
mail-silence-subject = Under silence procedure until { $deadline }: { $title }
mail-silence-body = Dear { $name },

    Version { $version } of “{ $title }” is circulated under silence procedure until { $deadline }.

    If your delegation has no objection, nothing needs to be done: at the deadline the text is adopted. Any formal objection recorded before then breaks silence.

    Read the text and record a position: { $link }
mail-silence-passed-subject = Adopted under silence procedure: { $title }
mail-silence-passed-body = Dear { $name },

    Silence was not broken: version { $version } of “{ $title }” is adopted as of { $deadline }.

    { $link }
error-code-no_such_paragraph = The text has no paragraph { $paragraph }.
error-code-status_unchanged = The paragraph already has this status.
error-code-reopen_reason_required = Say why the paragraph is reopened.
error-code-status_backwards = To go back, reopen the paragraph first, with a reason.
error-code-paragraph_bracketed = A paragraph with brackets or alternatives cannot be agreed; settle them in the text first.
error-code-close_unagreed = Only an agreed paragraph can be closed.
error-code-pending_required = Name the delegation whose confirmation is awaited.
error-code-position_reason_required = Give the reason for a reservation or a formal objection.
error-code-text_still_bracketed = Paragraphs { $paragraphs } still have brackets or alternatives.
error-code-formal_objection_stands = A formal objection stands: { $holders }.
error-code-silence_too_short = A silence procedure lasts at least { $hours } hours.
error-code-text_adopted = The text has been adopted; it no longer changes.
error-code-under_silence = The text is under silence procedure; it does not change until silence ends.
error-code-seat_not_of_body = This seat is not one of the body's.
error-code-secretariat_takes_no_position = The secretariat serves the body and takes no position.
error-code-paragraph_agreed = Paragraph { $paragraph } is agreed; reopen it, with a reason, before changing its words.
error-code-invalid_datetime = Give a date and a time, such as 2017-01-24 18:00.
audit-text-paragraph-status = Status of a paragraph recorded
audit-text-position = Position recorded
audit-text-decide = Decision recorded
audit-text-silence-start = Text circulated under silence procedure
audit-text-silence-broken = Silence broken
audit-text-silence-passed = Silence not broken: text adopted

## Amendments
text-amendments = Amendments
amendments-title = Amendments to { $title }
amendments-count = { $count ->
    [0] No amendment has been proposed yet.
    [one] One amendment, by paragraph.
   *[other] { $count } amendments, by paragraph.
}
amendment-kind-insert = New paragraph after this one
amendment-kind-delete = Deletion
amendment-kind-replace = Replacement
amendment-handling-incorporated = Incorporated
amendment-handling-bracketed = Bracketed
amendment-handling-merged = Merged
amendment-handling-not_retained = Not retained
amendment-handling-pending = Not yet handled by the Chair.
amendment-co-sponsors = Co-sponsored by { $names }
amendment-reason = Reason: { $reason }
amendment-proposed-on = Proposed on
amendment-handle = Record the handling
amendment-propose-heading = Propose an amendment
amendment-propose = Propose the amendment
field-handling = Handling
field-amendment-kind = What it does
field-proposed = Words proposed
field-proposed-help = The new wording of the paragraph, or of the new paragraph; empty for a deletion. Brackets may be used as in the drafting notation.
field-co-sponsors = Co-sponsors
error-no-amendment = There is no amendment with the id “{ $id }”.
error-code-deletion_has_no_words = A deletion proposes no words; choose a replacement instead.
error-code-handling_reason_required = Say why the amendment was not retained or with what it was merged.
audit-text-amendment = Amendment proposed
audit-text-amendment-handling = Handling of an amendment recorded

## Readings and comments
text-comments = Comments
readings-heading = Readings
readings-none = No reading has been opened yet.
reading = Reading
reading-version = Version read
reading-taken-up = Taken up at
reading-window = Comments taken
reading-comments = Comments
reading-nowhere = No meeting in particular
reading-agenda-item = { $meeting }, item { $number }: { $title }
reading-open = Open the reading
field-comments-open = First day of comments
field-comments-close = Last day of comments
field-comment-visibility = Who reads the comments
comment-visibility-public = Public
comment-visibility-members = Members only
comments-title = Comments on { $title }
comments-none = No comment has been made yet.
comments-closed = No comment window is open today.
comments-members-only = The comment window open now is for the body's members.
comments-sign-in = Sign in with a confirmed account to comment.
comments-open = Comment window open ({ $title }) until { $until }.
comment-add-heading = Comment
comment-add = Send the comment
field-comment = Your comment
field-hide-reason = Reason for hiding
comment-hide = Hide
comment-hidden = Hidden by { $by } on { $at }: { $reason }
error-no-comment = There is no comment with the id “{ $id }”.
error-code-window_ends_before_start = The comment window ends before it opens.
error-code-window_incomplete = Give both the first and the last day of comments, or neither.
error-code-meeting_of_another_body = The meeting is not one of the body's.
error-code-comments_closed = No comment window of this text is open today.
audit-text-reading = Reading opened
audit-text-comment = Comment made
audit-text-comment-hide = Comment hidden

## Opinion maps
opinion-heading = Opinion maps
opinion-new-link = Open an opinion map
opinion-none = No opinion map yet.
opinion-new = New opinion map of { $name }
opinion-create = Open the opinion map
field-question = The question put to participants
opinion-totals = { $participants } participants, { $votes } votes cast, { $statements } statements.
opinion-map-heading = The map
opinion-map-title = Participants placed by how they voted, coloured by group
opinion-map-summary = { $participants } participants voted on enough statements to be placed; they fall into { $groups } groups ({ $sizes }).
opinion-map-too-few = Not enough votes yet to draw the map.
opinion-group = Group { $letter }
opinion-members = { $count ->
    [one] one participant
   *[other] { $count } participants
}
opinion-agreed = { $percent }% of the group agreed
opinion-disagreed = { $percent }% of the group disagreed
opinion-percent = { $percent }%
opinion-nothing-distinctive = Nothing sets this group apart yet.
opinion-bridging = What every group agrees on
opinion-bridging-help = Statements ranked by group-aware consensus: the product, over the groups, of each group's chance of agreeing. Text that bridges the groups starts here.
opinion-by-stakeholder = Agreement by declared stakeholder group (the 20 statements where the groups part most, most first)
opinion-by-region = Agreement by declared region (the 20 statements where the regions part most, most first)
opinion-statement = Statement
opinion-divergence = Divergence
opinion-export-help = in Pol.is's export format.
opinion-statements-heading = Statements
opinion-no-statements = No statement yet.
opinion-counts = agree { $agree }, disagree { $disagree }, pass { $pass }
opinion-about-you = About you (optional): counted by group, never shown by name
opinion-not-said = Not said
opinion-unmoderated = not yet looked at by the moderators
opinion-agree = Agree
opinion-disagree = Disagree
opinion-pass = Pass / unsure
opinion-vote = Save my votes
opinion-sign-in = Sign in with a confirmed account to vote and write statements.
opinion-moderation = Moderation
opinion-rejected = Rejected
opinion-accept = Accept
opinion-reject = Reject
opinion-moderate = Record
field-moderation = Decision
field-statement = A new statement
field-statement-help = One idea, in a sentence or two, that others can agree or disagree with (at most 500 characters).
opinion-add-statement = Add the statement
opinion-import-heading = Load a Pol.is export
opinion-import-help = Load the comments.csv and votes.csv files of a Pol.is conversation's export into this empty opinion map. Nothing is loaded unless both files read without error.
opinion-import = Load the export
error-no-conversation = There is no opinion map with the id “{ $id }”.
error-code-rejection_reason_required = Say why the statement is rejected.
error-code-statement_rejected = This statement was rejected by the moderators.
error-code-conversation_not_empty = Load an export into a new opinion map: this one already has statements.
error-code-vote_on_unknown_statement = A vote is on statement { $statement }, which the comments file does not have.
error-code-polis_file_unreadable = The file is not in Pol.is's export format: { $detail }
error-code-no_vote = Answer at least one statement.
audit-conversation-create = Opinion map opened
audit-conversation-statement = Statement added to an opinion map
audit-conversation-moderate = Statement moderated
audit-conversation-import = Pol.is export loaded

## Statistics of responses
stat-heading = Statistics of the responses
stat-help = Every response received is counted once in each table, withheld ones included; each table adds up to the responses received, and each count leads to the list of the responses behind it (the published ones, for the public).
stat-dimension-group = Stakeholder group
stat-dimension-sub_category = Sub-category
stat-dimension-region = Regional group
stat-dimension-country = Country
stat-dimension-ldc = Least developed country
stat-dimension-language = Language
stat-dimension-channel = How it was received
stat-caption = { $total } responses received
stat-responses = Responses
stat-share = Share
stat-total = Total
stat-chart = Bar chart of the table above: responses by { $dimension }
stat-not-stated = Not stated
stat-ldc-yes = Least developed country
stat-ldc-no = Other country
stat-dimension-developing = Developing country
stat-developing-yes = Developing country
stat-developing-no = Developed country
responses-filtered = Only the responses counted under { $dimension }: { $value }
responses-all-link = All responses
error-bad-filter = This list cannot be filtered that way.
question-grouped-by = Grouped by:
campaigns-heading = Campaigns among the published answers
campaigns-in-full = Near-identical answers are grouped into campaigns; every answer is shown and counted in full below.
campaigns-collapsed = Each campaign is shown once below, with the number of its answers folded into it; the counts above still include every answer.
campaigns-collapse = Show each campaign once
campaigns-show-all = Show every answer
campaign-summary = Campaign { $number }: { $size } answers, { $variations } variations
campaign-senders = Sent by { $senders }
campaign-member = Part of campaign { $number }
campaign-folded = and { $count } more answers of the same campaign
stat-campaigns-in-full = Every response is counted in full, including those that belong to a campaign of near-identical responses.
stat-campaigns-collapse = Count each campaign once
stat-campaigns-collapsed = Each campaign of near-identical responses is counted once: { $folded } responses are folded into their campaign.
stat-campaigns-count-all = Count every response
stat-caption-collapsed = { $total } responses counted, each campaign once
issues-heading = Issues raised
issues-help = The international public policy issues the responses raise, each recorded from the exact passages that raised it. Every count is of responses, each counted once per issue, withheld ones included.
issues-how-to-record = To record an issue, open a response and choose “Record an issue from this answer” under the answer.
issues-areas = Broad areas
issues-all-areas = All areas
issues-count = { $count ->
    [0] No issue has been recorded yet.
    [one] One issue.
   *[other] { $count } issues.
}
col-issue = Issue
col-area = Broad area
issues-duplicates = Probable duplicates
issues-merged = Issues merged into others
issue-merged-into = This issue was merged into { $issue }; its sources count there.
issue-no-area = Not sorted into an area
issue-recorded-by = Recorded by
issue-merged-from = Merged into it
issue-sources = Passages that raised it
issue-sources-elsewhere = Its passages are listed under the issue it was merged into.
issue-source-question = question { $question }
issue-source-recorded-under = recorded under { $issue }
issue-source-answer = Read the whole answer
issue-source-recorded = Recorded by { $who }
issue-source-withheld = A response that is not published
issue-area-trail = Areas over time
issue-set-area = Sort into an area
issue-merge = Merge into another issue
issue-merge-help = Merging keeps every passage of both issues; this issue then points to the one it joined. Say why they are the same issue.
field-merge-into = Issue that stays
issue-new-heading = Record an issue from this answer
issue-likely-duplicates = Issues already recorded that look alike
issue-likely-duplicates-help = Add the passage to one of them, or record a new issue anyway.
issue-likeness = { $percent }% alike
issue-add-to = Add the passage to { $issue }
field-passage = Passage
field-passage-hint = Copy the words from the answer above, as they read; spacing and line breaks may differ.
field-existing-issue = Add to an existing issue
issue-new-option = A new issue
field-issue-title = Title of the new issue
issue-record = Record the issue
issue-record-anyway = Record as a new issue anyway
issue-record-from-answer = Record an issue from this answer
error-no-issue = There is no issue { $id } in this call.
error-no-answer = Response “{ $id }” has no written answer to this question.
error-code-issue_title_required = Give the new issue a title, or choose an existing issue.
error-code-issue_merge_self = An issue cannot be merged into itself.
error-code-response_not_in_call = No response to this call has this reference.
error-code-answer_missing = This response has no written answer to this question.
error-code-passage_not_in_answer = The passage is not in this answer; copy it from the answer as it reads.
error-code-issue_not_of_call = This issue is not one of the call’s.
error-code-issue_merged = This issue was merged into another; use that one.
audit-call-issue = Issue recorded from a response
audit-call-issue_source = Passage added to an issue
audit-call-issue_merge = Issues merged
audit-call-issue_area = Issue sorted into a broad area
themes-heading = Themes
themes-help = Themes are suggested by computation from the answers (words weighed by how much they set an answer apart, then grouped), each explained by its top words and representative excerpts. People accept, rename, merge, split or set aside each one; accepted themes code the answers, and anyone who compiles can correct a coding, with a reason.
themes-scope-question = Question { $question }
themes-scope-call = The whole call
theme-state-suggested = Suggested
theme-state-accepted = Accepted
theme-state-merged = Merged
theme-state-split = Split
theme-state-set_aside = Set aside
theme-state-superseded = Superseded by a later suggestion
theme-merged-into = Merged into { $theme }
theme-run-state-queued = Themes are waiting to be computed.
theme-run-state-running = Themes are being computed.
theme-run-state-done = Themes computed.
theme-run-state-failed = The computation failed.
theme-run-done = The last suggestion read { $answers } answers ({ $scope }) and suggested { $themes } themes.
theme-run-failed = The last suggestion failed: { $error }
theme-run-refresh = This page updates itself until it is done.
themes-accepted = Accepted themes
themes-none-accepted = No theme has been accepted yet.
themes-accepted-caption = Accepted themes and the number of answers each codes
col-theme = Theme
col-scope = Answers to
col-theme-words = Top words
col-coded = Answers coded
themes-suggest = Suggest themes
field-theme-scope = Suggest themes for
themes-suggested = Suggested themes
theme-members = { $count } answers grouped here
field-theme-label = Name
theme-accept = Accept
theme-rename = Rename
field-theme-merge-into = Merge into
theme-merge = Merge
theme-split = Split in two
theme-set-aside = Set aside
themes-closed = Themes merged, split or set aside
theme-coded-answers = Answers coded with this theme
theme-none-coded = No answer is coded with this theme.
theme-correct = Correct a coding
theme-correct-help = Code an answer with this theme, or take the theme off it. The correction is kept with your reason and a later computation never overrides it.
field-response-reference = Response reference
field-theme-applies = Does the theme apply?
theme-applies-yes = Yes, code the answer with it
theme-applies-no = No, take it off the answer
theme-coded-computed = coded by computation
theme-coded-person = coded by { $who }: { $reason }
error-no-theme = There is no theme { $id } in this call.
error-code-theme_not_of_call = This theme is not one of the call’s.
error-code-theme_closed = This theme was merged, split, set aside or superseded; work on the themes that replaced it.
error-code-theme_merge_self = A theme cannot be merged into itself.
error-code-theme_split_too_small = This theme’s answers are too few or too alike to split.
error-code-theme_not_accepted = Only an accepted theme codes answers; accept it first.
error-code-theme_run_busy = Themes are already being computed for this call; wait for that run to finish.
error-code-question_not_of_call = This question is not one of the call’s.
audit-call-theme_run = Themes requested
audit-call-theme_accept = Theme accepted
audit-call-theme_rename = Theme renamed
audit-call-theme_set_aside = Theme set aside
audit-call-theme_merge = Themes merged
audit-call-theme_split = Theme split
audit-call-theme_coding = Coding of an answer corrected
divergence-heading = Convergence and divergence
divergence-help = For each issue and accepted theme: the share of each group’s responses that raised it, and how far the groups diverge on it. Divergence is the Jensen–Shannon divergence between the groups’ shares (0: every group raises it as often; 1: as far apart as can be); spread is the highest share minus the lowest, in points. Every response counts, withheld ones included.
divergence-by-group = By stakeholder group
divergence-by-region = By regional group
divergence-nothing = No issue has been recorded and no theme accepted yet.
divergence-rates = Who raises what
divergence-rates-caption = Share of each group’s responses that raised each issue or theme (number of responses in brackets)
divergence-item = Issue or theme
divergence-measure = Divergence
divergence-spread = Spread (points)
divergence-rates-chart = Heat map of the table above: the darker a cell, the larger the share of the group’s responses that raised the item. Columns are numbered as in the table.
divergence-pairs = How far groups are apart
divergence-pairs-caption = Jensen–Shannon divergence between the groups, over all issues and themes (0: they raise the same things as often)
divergence-pairs-chart = Heat map of the table above: the darker a cell, the further apart the two groups. Rows and columns are numbered as in the table.
nav-search = Search
search-heading = Search the responses
search-title = Search: { $query }
search-label = Words to find
search-hint = All the words are found by default. Put a phrase in "quotes", write OR between alternatives, put - before a word to leave it out, and * after the start of a word to find every word so beginning. Any of the six UN languages.
search-submit = Search
search-stale = The newest changes are still being added to the search; search again in a moment to include them.
search-truncated = Only the first 32 words of the query were used.
search-narrow = Narrow the search
search-clear-facet = Any
search-results = { $count ->
    [0] Nothing found.
    [one] One result.
   *[other] { $count } results.
}
search-pages = Pages of results
search-previous = Previous results
search-next = Next results
search-campaign = Campaign { $number } (question { $question })
search-part-answer = Answers
search-part-file = Files received
search-facet-call = Call for input
search-facet-question = Question
search-facet-group = Stakeholder group
search-facet-region = Regional group
search-facet-country = Country
search-facet-lang = Language
search-facet-campaign = Campaign
search-facet-part = Answers or files
search-hit-answer = Answer to question { $question } — { $call }
search-hit-file = File “{ $file }” — { $call }
propose-as-topic = Propose as a topic of the body’s work
propose-as-topic-help = The topic is proposed to the body, linked to this item and through it to the responses behind it; the body then records its decision on it.
topic-drawn-from = Drawn from
topic-origin-responses = { $count ->
    [one] raised in one response
   *[other] raised in { $count } responses
}
error-code-topic_source_not_of_body = This issue or theme is not from one of the body’s calls.

# Mapping of mechanisms and gaps.
registry-title = Registry of mechanisms
registry-intro = Existing international bodies, processes, forums and instruments, shared by every working group, so that a later group reuses an earlier group’s registry.
registry-none = The registry holds no mechanism yet.
registry-caption = Mechanisms, by name
mechanism-new = Add a mechanism
mechanism-add = Add the mechanism
mechanism-edit = Edit this mechanism
mechanism-edit-title = Edit { $name }
mechanism-assessed = Issues it was assessed against
mechanism-assessed-none = No mapping names this mechanism yet.
mechanism-assessed-caption = Rows naming this mechanism, by exercise
field-name = Name
field-website = Public address
field-illustrative = Illustrative (demonstration data, not a sourced fact)
field-mechanism-kind = Kind
field-parent-organization = Parent organization
field-scope = Scope
field-participants = Who takes part
field-access = Open or closed
field-decides-by = How it decides
field-founding-instrument = Founding instrument
field-sources = Sources
mechanism-kind-organisation = Intergovernmental organisation
mechanism-kind-conference = Conference or assembly
mechanism-kind-forum = Forum
mechanism-kind-instrument = Treaty or instrument
mechanism-kind-process = Process or programme
mechanism-kind-technical = Technical or standards body
mechanism-kind-regional = Regional body
participants-states_only = States only
participants-multistakeholder = Multi-stakeholder
access-open = Open
access-closed = Closed
exercises-title = Mapping of mechanisms
exercises-intro = The body reviews the issues drawn from the responses, lists the existing mechanisms that address each one, assesses their status and identifies the gaps.
exercises-none = This body has no mapping exercise yet.
exercise-start = Start a mapping exercise
exercise-new-title = New mapping exercise of { $name }
field-mapped-call = Call whose issues are mapped
field-terms = Terms of reference
exercise-lead = Issues of “{ $call }”: { $issues } issues, { $accepted } accepted rows, { $gaps } gaps.
gaps-title = Gaps
gaps-intro = An issue that no accepted row shows addressed is a gap: lacking when nothing addresses it, weak when mechanisms address it only in part. Gaps follow from the rows and cannot be typed in.
gaps-none = No gap: every assessed issue is addressed by a mechanism.
gap-kind-lacking = No mechanism addresses it
gap-kind-weak = Addressed only in part
gap-decided = decided by the working group
gap-referred = referred to the working group
gap-rows = Rows behind it:
gap-heading = Gap
gap-unexplained = No explanation written yet.
gap-explain = Save the explanation
gap-none-here = This issue is not a gap.
field-explanation = Explanation
mapping-csv = Matrix as CSV
mapping-json = Matrix as JSON
mapping-import = Import rows from a spreadsheet
mapping-import-lead = A CSV file with a header row and the columns issue (I3), mechanism (name or acronym, as in the registry), status, notes and evidence (separated by ;). The file is taken whole or not at all.
mapping-matrix = Issues × mechanisms
mapping-areas = Broad areas
mapping-all-areas = All areas
mapping-no-area = No broad area
mapping-heatmap-caption = Each cell is one row of the mapping, coloured by its status; a dot marks a gap. The table below says the same in words.
mapping-table-caption = Mechanisms of each issue, by status
mapping-not-contributor = Only the body’s participants propose rows here.
mapping-sign-in = Sign in to propose a row
mapping-issue-sources = Where the issue comes from
mapping-rows = Mechanisms listed
mapping-rows-none = No mechanism is listed for this issue yet.
mapping-standing-addressed = Addressed
mapping-standing-not_assessed = Not yet assessed
mapping-status-not_assessed = Not yet assessed
mapping-status-addressing = Addressing
mapping-status-partly = Partly addressing
mapping-status-not_addressing = Not addressing
row-state-proposed = Proposed
row-state-accepted = Accepted
row-state-contested = Contested
col-exercise = Exercise
col-mechanism = Mechanism
col-status = Status
col-row-state = Standing with the coordinators
col-standing = Where it stands
col-assessed-by = Assessed by
row-propose = Propose a row
row-assess = Assess anew
row-decide = Record the coordinators’ view
row-proposed-by = proposed by { $name } on { $when }
row-assessed-by = assessed by { $name } on { $when }
field-notes = Notes
field-evidence = Evidence
field-evidence-hint = One per line: a web address; a response’s reference (12-00042), alone or followed by : and the passage quoted; or a document symbol of the register.
mapping-questions-heading = Where the group does not agree
questions-intro = A contested row or a gap gathers options that represent the range of opinions; it is referred to the working group, which decides once.
question-subject-gap = The gap
question-subject-row = The row on { $mechanism }
question-refer = Refer to the working group
question-referred-by = Referred to the working group by { $name } on { $when }.
question-decide = Record the working group’s decision
question-decide-title = The working group’s decision
question-decided = The working group chose “{ $option }” on { $date } (meeting: { $meeting }). Basis: { $basis }
option-add = Add an option
option-supported-by = supported by
field-question-subject = About
field-option-text = The option
field-option-chosen = Option chosen
field-supporting-groups = Supported by stakeholder groups
field-supporting-regions = Supported by regional groups
snapshots-title = Reports issued
snapshots-intro = Each update report and the final compiled document keep the matrix and the gaps as they stood the day they were issued.
snapshots-none = No report issued yet.
snapshots-caption = Reports, by date issued
snapshots-compare = Compare two reports
snapshot-issue = Issue a report of the matrix as it stands
snapshot-kind-update_report = Update report
snapshot-kind-initial_output = Initial output
snapshot-kind-final_document = Final compiled document
field-snapshot-kind = Issued as
field-from = From
field-to = To
snapshot-lead = { $kind }, issued on { $date } by { $name }. As it stood that day.
snapshot-caption = The rows as issued
compare-lead = From “{ $from }” to “{ $to }”.
compare-none = Nothing changed between these two reports.
change-row-added = I{ $issue }: { $mechanism } listed ({ $status })
change-row-dropped = I{ $issue }: { $mechanism } no longer listed (was { $status })
change-row-changed = I{ $issue }: { $mechanism } went from { $before } to { $after }
change-gap-opened = I{ $issue } became a gap: { $kind }
change-gap-closed = I{ $issue } is no longer a gap (was: { $kind })
error-no-exercise = There is no mapping exercise { $id }.
error-no-mechanism = There is no mechanism { $id } in the registry.
error-no-question = There is no question { $id } in this mapping.
error-no-row = There is no row { $id } in this mapping.
error-no-snapshot = There is no report { $id } of this mapping.
error-code-duplicate_mechanism = The registry already has a mechanism named { $name }.
error-code-call_not_mappable = A body maps the issues of its own calls or of the calls of a body above it.
error-code-issue_not_in_exercise = This issue is not one of the issues this exercise maps.
error-code-unknown_mechanism = The registry has no mechanism { $value }; add it to the registry first.
error-code-duplicate_row = This issue already has a row for this mechanism; assess that row instead.
error-code-unknown_response = No submitted response has the reference { $value }.
error-code-evidence_withheld = Response { $value } is not published; only those who compile the call’s responses may cite it.
error-code-passage_withheld = Response { $value } is not published: cite it by its reference alone, without quoting it.
error-code-not_a_gap = This issue is not a gap: its accepted rows show a mechanism that addresses it, or none is assessed yet.
error-code-not_contested = Options go to a gap or a contested row; mark the row contested first.
error-code-already_referred = This question is already referred to the working group; it takes no more options.
error-code-not_referred = This was never referred to the working group.
error-code-already_decided = The working group’s decision on this question is already recorded.
error-code-question_needs_options = A question goes to the working group with at least { $min } options that represent the range of opinions.
error-code-unknown_meeting = The working group has no such meeting.
error-code-unknown_issue = Choose one of the issues offered.
error-code-unknown_call = There is no such call.
error-code-too_many = At most { $max }, not { $count }.
error-code-missing_columns = The file needs the columns issue and mechanism.
error-code-too_many_lines = At most { $max } lines in one file.
error-code-unreadable_line = Line { $line } cannot be read.
error-code-invalid_line = Line { $line }: { $problem }
error-code-mapping_file_unreadable = The file cannot be read as CSV with a header row.
error-code-mapping_file_empty = The file holds no row.
error-code-line_unknown_mechanism = Line { $line }: the registry has no mechanism { $value }.
error-code-line_issue_not_in_exercise = Line { $line }: { $value } is not an issue this exercise maps.
body-mapping-link = Mechanisms and gaps this body has mapped
mapping-paged = This mapping is large, so it is shown one broad area at a time; “All areas” shows the whole matrix.
opinion-next-heading = Your next statement
opinion-all-voted = You have voted on every statement. Thank you; you can change a vote below.
opinion-counts-hidden = vote to see how others voted
opinion-you = you
opinion-you-are-in = You are in { $group }.
opinion-map-failed = The map could not be drawn: the analysis failed ({ $error }).
mail-statement-accepted-subject = Your statement is accepted: { $title }
mail-statement-accepted-body = Dear { $name },

    The moderators accepted your statement in “{ $title }”:

    { $statement }

    Participants now vote on it: { $link }
mail-statement-rejected-subject = Your statement is not accepted: { $title }
mail-statement-rejected-body = Dear { $name },

    The moderators did not accept your statement in “{ $title }”:

    { $statement }

    Their reason: { $reason }

    You can write another: { $link }
