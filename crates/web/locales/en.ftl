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
language-switcher = Language
breadcrumb = Breadcrumb
footer-text = Concord — every input, decision and report of a multi-stakeholder process, in the open.
footer-api = The same data as JSON
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
error-code-invalid_date = “{ $value }” is not a date; write it as YYYY-MM-DD, for example 2013-05-30.

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
