# Interface de Concord en français. Ce catalogue contient exactement les mêmes clés que le
# catalogue de référence en anglais (en.ftl). Les contenus rédigés par les utilisateurs ne sont pas traduits ici.

## Mise en page

site-name = Concord
skip-link = Aller au contenu
nav-main = Navigation principale
nav-bodies = Organes
nav-countries = Pays
nav-organizations = Organisations
nav-people = Personnes
nav-events = Manifestations
language-switcher = Langue
breadcrumb = Fil d’Ariane
footer-text = Concord — toutes les contributions, décisions et tous les rapports d’un processus multipartite, en toute transparence.
footer-api = Les mêmes données au format JSON
demo-note-title = Données de démonstration.
demo-note-body = Les entrées signalées « illustratif » sont des exemples et ne rendent pas compte de la composition réelle.
demo-entry = Cette entrée est une donnée de démonstration, fournie à titre d’illustration.

## Dates et nombres

date-long = { $day ->
    [1] 1er { $month } { $year }
   *[other] { $day } { $month } { $year }
}
date-month-year = { $month } { $year }
date-range = du { $start } au { $end }
date-from = à partir du { $start }
date-until = jusqu’au { $end }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-genitive-1 = janvier
month-genitive-2 = février
month-genitive-3 = mars
month-genitive-4 = avril
month-genitive-5 = mai
month-genitive-6 = juin
month-genitive-7 = juillet
month-genitive-8 = août
month-genitive-9 = septembre
month-genitive-10 = octobre
month-genitive-11 = novembre
month-genitive-12 = décembre

## Accueil

home-title = Accueil
home-lead = Concord accompagne un groupe de travail multipartite, de son mandat jusqu’au suivi : les organes et leur composition, les appels à contributions, les réunions, les recommandations négociées et les rapports, en toute transparence.
home-bodies = Organes
home-no-bodies = Aucun organe n’a encore été créé.
home-also = Voir aussi
home-countries = Les 193 États Membres et les 2 États observateurs, par groupe régional de l’ONU, avec leur participation aux organes
home-events = { $count ->
    [one] Le calendrier des manifestations connexes ({ $count } manifestation)
   *[other] Le calendrier des manifestations connexes ({ $count } manifestations)
}
home-api = Les mêmes données au format JSON

## Organes

bodies-title = Organes
bodies-none = Aucun organe n’a encore été créé.
bodies-caption = Commissions, groupes de travail et leurs sous-groupes, chacun sous son organe de rattachement
col-body = Organe
col-type = Type
col-state = Situation
col-dates = Dates
fact-type = Type
fact-state = Situation
fact-dates = Dates
fact-decision-rule = Mode de prise de décisions
fact-openness = Ouverture
fact-reports-to = Fait rapport à
fact-reporting-deadline = Date limite de présentation du rapport
mandate-heading = Mandat
mandate-none = Aucun mandat enregistré.
mandate-paragraph = paragraphe { $paragraph }
composition-heading = Composition
composition-no-seats = Aucun siège n’est défini pour cet organe.
balance-caption = Sièges par quota au { $date }
col-quota = Quota
col-seats = Sièges
col-filled = Pourvus
col-balance = Équilibre
quota-indicative = (indicatif)
balance-filled = Complet
balance-vacant = { $count ->
    [one] { $count } siège vacant
   *[other] { $count } sièges vacants
}
balance-over = { $count } en sus du quota
matrix-caption = Membres siégeant, par groupe régional et par groupe de parties prenantes
col-regional-group = Groupe régional
col-total = Total
matrix-no-group = Aucun groupe régional
members-heading = Membres et membres du Bureau
members-none = Aucune participation enregistrée.
members-caption = Toutes les personnes exerçant une fonction au sein de l’organe suivant : { $body }
col-role = Fonction
col-member = Membre
col-seat = Siège
col-stakeholder-group = Groupe de parties prenantes
tag-personal-capacity = à titre personnel
tag-illustrative = illustratif
children-heading = Sous-groupes
lifecycle-heading = Cycle de vie
body-json = Cet organe au format JSON

## Pays

countries-title = Pays
countries-intro = Les 193 États Membres de l’Organisation des Nations Unies et les 2 États non membres observateurs, par groupe régional de l’ONU, tels que constitués pour les élections.
countries-no-group = N’appartenant à aucun groupe régional
country-codes = Codes
country-status = Statut
country-member-state = État Membre
country-observer-state = État non membre observateur
country-group = Groupe régional
country-group-none = Aucun
country-development = Niveau de développement
country-ldc = Pays le moins avancé
country-no-memberships = { $country } : aucune participation aux organes répertoriés ici.
country-memberships-caption = { $country } : participation du pays et de personnes originaires de ce pays

## Personnes et organisations

memberships-heading = Participation aux organes
memberships-none = Aucune participation enregistrée.
memberships-caption = Fonctions exercées au sein des organes
person-position = Poste
person-organization = Organisation
person-stakeholder-group = Groupe de parties prenantes
person-country = Pays
people-title = Personnes
people-none = Aucune personne enregistrée.
organizations-title = Organisations
organizations-none = Aucune organisation enregistrée.
organizations-caption = Organisations classées par nom
col-name = Nom
col-ecosoc = Statut auprès de l’ECOSOC
org-stakeholder-group = Groupe de parties prenantes
org-ecosoc = Statut auprès de l’ECOSOC
org-based-in = Siège
org-website = Site Web

## Manifestations

events-title = Calendrier des manifestations connexes
events-none = Aucune manifestation enregistrée.
events-caption = Manifestations en { $year }
col-event = Manifestation
col-venue = Lieu
col-organizer = Organisateur

## Erreurs

error-not-found-title = Page introuvable
error-not-found = Aucune page ne se trouve à cette adresse. Elle a peut-être été déplacée ; les liens ci-dessus mènent à tout ce que publie Concord.
error-no-body = Il n’existe aucun organe ayant l’identifiant « { $id } ».
error-no-person = Il n’existe aucune personne ayant l’identifiant « { $id } ».
error-no-organization = Il n’existe aucune organisation ayant l’identifiant « { $id } ».
error-unknown-country = « { $code } » n’est pas un code de pays connu. Les pays sont désignés par leur code ISO 3166-1 à deux lettres, par exemple CH ou TN.
error-bad-address-title = Impossible de lire cette adresse
error-internal-title = Une erreur s’est produite
error-internal = Une erreur s’est produite de notre côté. Elle a été consignée ; veuillez réessayer plus tard.
error-go-home = Aller à la page d’accueil
error-see-bodies = Voir tous les organes
error-code-invalid_date = « { $value } » n’est pas une date ; saisissez-la au format YYYY-MM-DD, par exemple 2013-05-30.

## Types d’organe

body-type-commission = Commission
body-type-working_group = Groupe de travail
body-type-correspondence_group = Groupe de correspondance
body-type-ad_hoc_group = Groupe spécial
body-type-breakout_group = Groupe de discussion
body-type-task_force = Équipe spéciale
body-type-advisory_group = Groupe consultatif
body-type-organ = Organe principal ou conseil

## Modes de prise de décisions

decision-rule-consensus = Consensus
decision-rule-majority = Vote à la majorité
decision-rule-chair_decides = Décision de la présidence

## Ouverture

openness-members_only = Membres uniquement
openness-open_ended = À composition non limitée
openness-open_to_all = Ouvert à tous

## Cycle de vie

lifecycle-mandated = Mandat conféré
lifecycle-composition_consultation = Composition en cours de consultation
lifecycle-established = Constitué
lifecycle-methods_agreed = Méthodes de travail arrêtées
lifecycle-working = Travaux en cours
lifecycle-report_drafting = Élaboration du rapport en cours
lifecycle-concluded_agreed = Travaux achevés avec un rapport adopté
lifecycle-concluded_without_consensus = Travaux achevés sans consensus
lifecycle-transmitted = Rapport transmis
lifecycle-mandate_expired = Mandat arrivé à expiration

## Fonctions

role-chair = Président
role-vice_chair = Vice-Président
role-member = Membre
role-alternate = Suppléant
role-observer = Observateur
role-facilitator = Facilitateur
role-focal_point = Point de contact
role-secretariat = Secrétariat

## Groupes régionaux

regional-group-AFR = États d’Afrique
regional-group-APG = États d’Asie et du Pacifique
regional-group-EEG = États d’Europe orientale
regional-group-GRULAC = États d’Amérique latine et des Caraïbes
regional-group-WEOG = États d’Europe occidentale et autres États

## Groupes de parties prenantes

stakeholder-group-government = Gouvernements
stakeholder-group-private_sector = Secteur privé
stakeholder-group-civil_society = Société civile
stakeholder-group-technical_academic = Communauté technique et milieux universitaires
stakeholder-group-intergovernmental = Organisations intergouvernementales et internationales

## Statut consultatif auprès de l’ECOSOC

ecosoc-none = Sans statut consultatif
ecosoc-general = Statut consultatif général
ecosoc-special = Statut consultatif spécial
ecosoc-roster = Liste

## Sous-catégories de parties prenantes

subcategory-national_government = Gouvernement national ou ministère
subcategory-permanent_mission = Mission permanente
subcategory-regulator = Autorité de régulation
subcategory-subnational_government = Autorité régionale ou locale
subcategory-company = Entreprise
subcategory-business_association = Association professionnelle ou sectorielle
subcategory-chamber_of_commerce = Chambre de commerce
subcategory-ngo = Organisation non gouvernementale
subcategory-network_or_coalition = Réseau ou coalition
subcategory-foundation = Fondation
subcategory-trade_union = Syndicat
subcategory-individual = Particulier
subcategory-technical_organization = Organisation technique de l’Internet
subcategory-academic_institution = Université ou institut de recherche
subcategory-individual_expert = Expert à titre individuel
subcategory-un_system = Entité du système des Nations Unies
subcategory-intergovernmental = Autre organisation intergouvernementale
subcategory-international_organization = Organisation internationale
