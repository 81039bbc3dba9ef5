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
nav-admin = Administration
language-switcher = Langue
breadcrumb = Fil d’Ariane
footer-text = Concord — toutes les contributions, décisions et tous les rapports d’un processus multipartite, en toute transparence.
footer-api = Les mêmes données au format JSON
footer-source = Code source (AGPL-3.0)
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
events-filter = Filtrer les manifestations
events-filter-year = Année
events-filter-any = Toutes
events-filter-apply = Afficher
events-view-list = Liste
events-view-month = Mois
events-months = Mois
events-previous-month = Mois précédent
events-next-month = Mois suivant
events-feed = S’abonner au calendrier (iCalendar)
events-none-match = Aucune manifestation ne correspond à ces filtres.
weekday-1 = lun.
weekday-2 = mar.
weekday-3 = mer.
weekday-4 = jeu.
weekday-5 = ven.
weekday-6 = sam.
weekday-7 = dim.

## Comptes

account-sign-in = Se connecter
account-sign-up = Créer un compte
account-sign-out = Se déconnecter
account-have-account = Vous avez déjà un compte ?
account-forgot = Mot de passe oublié ?
account-check-inbox-title = Consultez votre messagerie
account-check-inbox = Si cette adresse peut recevoir nos messages, un message contenant un lien vient d’y être envoyé. Ce lien n’est valable que pendant une durée limitée.
account-check-new-inbox = Nous avons envoyé un lien à votre nouvelle adresse. Votre adresse sera modifiée lorsque vous l’ouvrirez.
account-link-problem-title = Ce lien ne peut pas être utilisé
account-reset-link = Demander un nouveau lien
account-confirmed-title = Opération effectuée
account-confirmed = Votre adresse électronique est confirmée. Vous pouvez maintenant vous connecter.
account-email-changed = Votre compte utilise désormais la nouvelle adresse.
account-wrong-credentials = L’adresse électronique ou le mot de passe est incorrect.
account-throttled = Trop de tentatives infructueuses. Veuillez patienter 15 minutes avant de réessayer, ou réinitialisez votre mot de passe.
account-unconfirmed = Veuillez d’abord confirmer votre adresse électronique au moyen du lien que nous vous avons envoyé. Pour obtenir un nouveau lien, réinitialisez votre mot de passe.
account-confirm-title = Confirmation
account-confirm-explain = Appuyez sur le bouton pour confirmer.
account-confirm-button = Confirmer
account-reset-title = Réinitialiser votre mot de passe
account-reset-explain = Indiquez l’adresse électronique de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
account-reset-button = Envoyer le lien
account-choose-password = Choisissez un nouveau mot de passe
account-password-changed-title = Mot de passe modifié
account-password-changed = Votre mot de passe a été modifié et toutes vos sessions ont été fermées. Connectez-vous avec le nouveau mot de passe.
account-title = Votre compte
account-platform = Rôle sur la plateforme
role-administrator = Administrateur de la plateforme
account-roles = Vos fonctions
account-no-roles = Votre compte n’est encore associé à aucune fonction au sein d’un organe. Le secrétariat associe les comptes aux personnes qui siègent dans les organes.
account-change-email = Modifier votre adresse électronique
account-wrong-password = Le mot de passe est incorrect.
account-sessions = Sessions ouvertes
account-sign-out-everywhere = Fermer toutes les sessions
account-calendar = Votre calendrier des réunions
account-calendar-explain = Une adresse privée pour les réunions des organes auxquels vous participez, à utiliser dans votre logiciel de calendrier. Créer une nouvelle adresse révoque l’ancienne.
account-calendar-make = Créer une adresse de calendrier privée
account-calendar-revoke = Révoquer l’adresse
account-calendar-made-title = Votre adresse de calendrier privée
account-calendar-made = Ajoutez cette adresse à votre logiciel de calendrier. Gardez-la confidentielle ; elle n’est affichée qu’une fois : { $link }
account-back = Retour à votre compte
field-display-name = Votre nom
field-email = Adresse électronique
field-password = Mot de passe
field-password-hint = Au moins 10 caractères.
field-new-password = Nouveau mot de passe
field-new-email = Nouvelle adresse électronique
form-error-prefix = Erreur :
form-error-summary = Un problème est survenu
mail-confirm-subject = Confirmez votre adresse pour Concord
mail-confirm-body =
    Bonjour { $name },

    Veuillez confirmer votre adresse électronique en ouvrant ce lien dans les 48 heures :

    { $link }

    Si vous n’avez pas créé de compte sur Concord, ne tenez pas compte de ce message.
mail-already-subject = Votre compte Concord
mail-already-body =
    Bonjour,

    Quelqu’un a tenté de créer un compte sur Concord avec cette adresse, qui est déjà associée à un compte. S’il s’agit de vous, connectez-vous ou choisissez un nouveau mot de passe ici :

    { $link }

    S’il ne s’agit pas de vous, ne tenez pas compte de ce message.
mail-reset-subject = Choisissez un nouveau mot de passe pour Concord
mail-reset-body =
    Bonjour { $name },

    Pour choisir un nouveau mot de passe, ouvrez ce lien dans les 2 heures :

    { $link }

    Si vous n’avez pas fait cette demande, ne tenez pas compte de ce message : votre mot de passe reste inchangé.
mail-reminder-subject = Rappel : { $title }
mail-reminder-body =
    Bonjour { $name },

    Nous vous rappelons la réunion suivante : { $title }, { $when }, { $venue }.

    L’ordre du jour et les documents figurent sur la page de la réunion :

    { $link }
mail-change-subject = Confirmez votre nouvelle adresse pour Concord
mail-change-body =
    Bonjour { $name },

    Pour associer votre compte Concord à cette adresse, ouvrez ce lien dans les 48 heures :

    { $link }

    Si vous n’avez pas fait cette demande, ne tenez pas compte de ce message.

## Administration

admin-explain = Ce que vous pouvez gérer dépend de vos fonctions ; c’est le secrétariat d’un organe qui en gère la composition.
admin-new-body = Nouvel organe
admin-new-person = Nouvelle personne
admin-new-organization = Nouvelle organisation
outbox-title = Boîte d’envoi
outbox-explain = Tous les messages envoyés par Concord sont conservés ici. En l’absence de serveur de messagerie, les messages restent ici et rien n’est perdu.
outbox-empty = Aucun message pour l’instant.
outbox-caption = Messages, du plus récent au plus ancien
col-written = Rédigé le
col-recipient = Destinataire
col-subject = Objet
col-delivery = Envoi
outbox-sent = Envoyé le { $date }
outbox-not-sent = Non envoyé
outbox-waiting = En attente

## Formulaires

form-none = (aucun)
form-create = Créer
form-save = Enregistrer
form-no-seat = (aucun siège)
field-body-name = Nom
field-acronym = Sigle
field-acronym-hint = Unique, par exemple WGEC-2013 : d’abord une lettre, puis des lettres, des chiffres, des points ou des traits d’union.
field-parent = Organe de rattachement
field-mandate-symbol = Mandat : cote de la résolution
field-mandate-paragraph = Mandat : paragraphe
field-mandate-text = Mandat : texte
field-mandate-lang = Langue du texte du mandat
field-lang = Langue du texte
field-lang-hint = Un code de langue, par exemple en, fr, es, ru, zh ou ar.
field-reporting-target = Fait rapport à (en toutes lettres)
field-start-date = Date de début
field-end-date = Date de fin
field-description = Description
field-lifecycle-to = Nouvelle situation
field-lifecycle-on = Date d’effet
field-lifecycle-note = Motif, ou décision à l’origine du changement
field-quota-kind = Sièges attribués à
field-designated-states = États désignés
field-designated-states-hint = Codes de pays à deux lettres séparés par des virgules, par exemple CH, TN.
field-quota-label = Libellé
field-quota-label-hint = Laissez ce champ vide pour utiliser le nom du groupe.
field-quota-hard = Quota strict : refuser les membres au-delà du nombre de sièges
quota-kind-regional_group = Un groupe régional
quota-kind-stakeholder_group = Un groupe de parties prenantes
quota-kind-designated_states = Des États désignés
field-state = État
field-person = Personne
field-nominated-by = Désigné par
field-honorific = Titre
field-sub-category = Sous-catégorie
admin-edit = Modifier { $name }
admin-lifecycle = Cycle de vie : { $name }
admin-new-seats = Nouveaux sièges : { $name }
admin-new-membership = Nouvelle participation : { $name }
admin-edit-person = Modifier la fiche de la personne
admin-edit-organization = Modifier la fiche de l’organisation
action-edit-body = Modifier les informations
action-lifecycle = Modifier la situation
action-new-seats = Ajouter des sièges
action-new-membership = Ajouter un membre
action-new-sub-body = Créer un sous-groupe
admin-edit-seats = Modifier des sièges : { $name }
admin-edit-membership = Modifier une participation : { $name }
field-reason = Motif de la modification
field-reason-hint = Conservé dans l’historique, par exemple « fin du mandat ».
col-actions = Actions
action-edit = Modifier
action-invite = Inviter une personne à participer
admin-invite = Inviter une personne à participer : { $name }
field-invite-person-hint = La personne de l’annuaire au nom de laquelle le compte agira.
form-send-invitation = Envoyer l’invitation
invitation-title = Invitation
invitation-explain = Vous êtes invité·e à participer à Concord au nom d’une personne de son annuaire. En acceptant, vous liez votre compte à cette personne et à ses fonctions.
invitation-sign-in-first = Connectez-vous d’abord, ou créez un compte, puis ouvrez de nouveau ce lien.
invitation-accept = Accepter l’invitation
mail-invite-subject = Invitation à participer : { $body }
mail-invite-body =
    Bonjour,

    Le secrétariat vous invite à participer aux travaux de { $body } dans Concord, au nom de { $name }.

    Pour accepter, ouvrez ce lien dans les 14 jours (créez d’abord un compte si vous n’en avez pas) :

    { $link }

    Si vous ne savez pas de quoi il s’agit, ne tenez pas compte de ce message.

## Historique

audit-heading = Historique
audit-none = Aucune modification enregistrée.
audit-caption = Toutes les modifications, de la plus récente à la plus ancienne
col-when = Date
col-who = Auteur
col-what = Modification
audit-body-create = Organe créé
audit-body-update = Informations modifiées
audit-body-lifecycle = Situation modifiée
audit-seat_quota-create = Sièges ajoutés
audit-seat_quota-update = Sièges modifiés
audit-membership-create = Participation ajoutée
audit-membership-update = Participation modifiée

## Réunions

meetings-heading = Réunions
meetings-none = Aucune réunion n’est prévue.
meetings-caption = Réunions de l’organe suivant : { $body }
meetings-feed = S’abonner au calendrier des réunions (iCalendar)
timeline-deadline = Date limite de présentation du rapport
col-number = Nº
col-meeting = Réunion
meeting-additional = Supplémentaire
action-new-meeting = Programmer une réunion
admin-new-meeting = Nouvelle réunion : { $name }
admin-edit-meeting = Modifier une réunion : { $name }
field-meeting-number = Numéro
field-meeting-number-hint = 1 pour la première réunion, 2 pour la deuxième, et ainsi de suite ; laissez ce champ vide s’il s’agit d’une réunion supplémentaire.
field-title = Intitulé
field-starts-on = Premier jour
field-ends-on = Dernier jour
field-starts-at = Heure d’ouverture
field-ends-at = Heure de clôture
field-time-zone = Fuseau horaire
field-time-zone-hint = Le fuseau horaire du lieu de la réunion, par exemple Europe/Zurich ou America/New_York.
field-room = Salle
field-modality = Modalités de participation
field-remote-details = Participation à distance : modalités de connexion
field-webcast = Lien vers la retransmission sur le Web
field-transcript = Lien vers la transcription
meeting-state-planned = Prévue
meeting-state-announced = Annoncée
meeting-state-registration_open = Inscriptions ouvertes
meeting-state-in_session = En session
meeting-state-closed = Close
meeting-state-summary_published = Résumé publié
meeting-state-cancelled = Annulée
modality-in_person = En personne
modality-online = En ligne
modality-hybrid = Hybride
audit-meeting-create = Réunion programmée
audit-meeting-update = Réunion modifiée
documents-heading = Documents
documents-none = Aucun document enregistré.
documents-caption = Documents de l’organe suivant : { $body }
col-symbol = Cote
col-issued = Date de parution
col-languages = Langues
tag-latest = dernière version
tag-superseded = remplacé
action-new-document = Enregistrer un document
admin-new-document = Nouveau document : { $name }
field-symbol = Cote
field-symbol-hint = Une cote de document de l’ONU, par exemple E/CN.16/2014/CRP.2 ou E/CN.16/2014/CRP.2/Rev.1.
field-document-type = Type
field-issued-on = Date de parution
field-languages = Langues disponibles
field-languages-hint = Codes des langues officielles, par exemple en, fr, es.
field-url = Lien vers le document
document-type-agenda = Ordre du jour
document-type-secretariat_note = Note du secrétariat
document-type-chairs_summary = Résumé du Président
document-type-contribution = Contribution
document-type-compilation = Compilation
document-type-report = Rapport
document-type-resolution = Résolution
document-type-other = Autre document
audit-document-create = Document enregistré
agenda-heading = Ordre du jour
agenda-none = Aucun point pour l’instant.
agenda-state-provisional = Ordre du jour provisoire
agenda-state-adopted = Adopté
agenda-state-adopted_with_changes = Adopté tel que modifié
agenda-add-item = Ajouter un point
agenda-adopt = Consigner l’adoption
field-item-number = Numéro du point
field-sub-item = Sous-point du point précédent
field-item-document = Document examiné (cote, facultatif)
agenda-item-document = Documentation
field-adoption = Adoption
field-adoption-note = Modalités de l’adoption
meeting-no-documents = Aucun document n’est enregistré pour cette réunion.
audit-meeting-agenda_item = Point ajouté à l’ordre du jour
audit-meeting-adopt_agenda = Ordre du jour adopté
summary-heading = Résumé du Président
summary-none = Aucun résumé n’est encore publié.
summary-write = Le résumé du Président
summary-publish = Publier le résumé
agenda-outcome = Résultat
agenda-record-outcome = Résultat du point
audit-meeting-outcome = Résultat consigné
audit-meeting-summary = Résumé du Président publié
registration-heading = Observateurs
registration-cap = Places réservées aux observateurs : { $count }.
registration-link = S’inscrire en tant qu’observateur
registration-not-open = Les inscriptions ne sont pas ouvertes.
registration-none-approved = Aucun observateur n’est encore admis.
registration-by-group = Observateurs admis par groupe de parties prenantes
registration-by-region = Observateurs admis par groupe régional de leur pays
registration-no-region = Aucun groupe régional ou pays non indiqué
registration-observers = Observateurs admis
field-observer-cap = Nombre maximal d’observateurs admis
registration-badges = Liste des badges (CSV)
registration-all = Toutes les inscriptions
registration-attended = présent
registration-approve = Approuver
registration-decline = Refuser
registration-mark-attended = Noter présent
registration-mark-absent = Noter absent
registration-title = S’inscrire : { $name }
registration-submit = S’inscrire
registration-done-title = Inscription reçue
registration-pending = Votre inscription a été reçue et attend l’approbation du secrétariat.
registration-waiting = Les places réservées aux observateurs sont prises : vous êtes sur la liste d’attente.
registration-back = Retour à la réunion
field-represents = Organisation ou État représenté
field-registration-email-hint = Réservé au secrétariat ; non publié.
registration-status-pending = En attente d’approbation
registration-status-approved = Approuvée
registration-status-waiting_list = Liste d’attente
registration-status-declined = Refusée

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
error-forbidden-title = Action non autorisée
error-forbidden = Votre compte ne permet pas d’effectuer cette action ici. Si vous pensez qu’il devrait le permettre, adressez-vous au secrétariat de l’organe.
error-csrf = Ce formulaire a expiré ou a été envoyé depuis un autre site. Revenez en arrière, rechargez la page et envoyez-le de nouveau.
error-bad-form = Le formulaire n’a pas pu être lu. Revenez en arrière, rechargez la page et envoyez-le de nouveau.
error-code-invalid_date = « { $value } » n’est pas une date ; saisissez-la au format YYYY-MM-DD, par exemple 2013-05-30.
error-code-required = Ce champ est obligatoire.
error-code-too_long = { $max ->
    [one] { $max } caractère au maximum (vous en avez saisi { $count }).
   *[other] { $max } caractères au maximum (vous en avez saisi { $count }).
}
error-code-control_characters = Ce texte contient des caractères de contrôle invisibles.
error-code-invalid_email = Cette adresse électronique n’est pas valide.
error-code-password_too_short = { $min ->
    [one] Utilisez au moins { $min } caractère.
   *[other] Utilisez au moins { $min } caractères.
}
error-code-password_is_email = N’utilisez pas votre adresse électronique comme mot de passe.
error-code-duplicate_email = Cette adresse est déjà associée à un compte.
error-code-token_invalid = Ce lien n’est pas valide. Demandez-en un nouveau.
error-code-token_used = Ce lien a déjà été utilisé. Demandez-en un nouveau.
error-code-token_expired = Ce lien a expiré. Demandez-en un nouveau.
error-code-invalid_language = Utilisez un code de langue tel que en, fr, ar, zh, ru ou es.
error-code-unknown_value = Choisissez l’une des valeurs proposées.
error-code-invalid_acronym = Un sigle commence par une lettre et ne contient que des lettres, des chiffres, des points et des traits d’union, par exemple WGEC-2013.
error-code-ends_before_start = La date de fin est antérieure à la date de début.
error-code-deadline_before_start = La date limite de présentation du rapport est antérieure à la date de début de l’organe.
error-code-duplicate_acronym = Ce sigle est déjà utilisé par un autre organe ; choisissez-en un autre.
error-code-unknown_body = Cet organe n’existe pas.
error-code-parent_loop = Un organe ne peut être rattaché ni à lui-même ni à l’un de ses sous-groupes.
error-code-unknown_country = « { $code } » n’est pas un code de pays connu ; utilisez le code ISO 3166-1 à deux lettres, par exemple CH ou TN.
error-code-out_of_range = Le nombre de sièges doit être compris entre 1 et 500.
error-code-holder_required = Indiquez l’État, l’organisation ou la personne qui devient membre.
error-code-observer_without_seat = Les observateurs n’occupent pas de siège ; laissez le champ « Siège » vide.
error-code-quota_full = Tous les sièges de ce quota sont pourvus pour ces dates ; mettez fin à une participation en cours ou choisissez d’autres dates.
error-code-not_eligible = Ce membre ne peut pas occuper un siège de ce quota : il appartient à un autre groupe.
error-code-outside_body_dates = Cette date n’est pas comprise entre les dates de début et de fin de l’organe.
error-code-unknown_quota = Ces sièges n’existent pas pour cet organe.
error-code-unknown_person = Cette personne n’existe pas.
error-code-unknown_organization = Cette organisation n’existe pas.
error-code-wrong_group = Cette sous-catégorie relève d’un autre groupe de parties prenantes.
error-code-invalid_url = Une adresse Web commence par https:// ou http://.
error-code-invalid_transition = L’organe ne peut pas passer à cette situation à partir de sa situation actuelle.
error-code-internal = Une erreur s’est produite de notre côté.
error-code-invalid_time = « { $value } » n’est pas une heure ; saisissez-la au format HH:MM, par exemple 10:00.
error-code-unknown_time_zone = Ce n’est pas un fuseau horaire valide ; utilisez un nom tel que Europe/Zurich ou America/New_York.
error-code-invalid_symbol = « { $value } » n’est pas une cote de document de l’ONU, par exemple E/CN.16/2014/CRP.2.
error-code-duplicate_symbol = Un document portant la cote { $value } est déjà enregistré.
error-code-duplicate_item_number = L’ordre du jour comporte déjà un point { $value }.
error-code-unknown_document = Le registre de l'organe ne contient aucun document { $value }.
error-code-agenda_adopted = L’ordre du jour est déjà adopté.
error-code-registration_closed = Les inscriptions à cette réunion ne sont pas ouvertes.
error-code-duplicate_registration = Cette adresse est déjà inscrite à cette réunion.
error-code-over_cap = Toutes les places réservées aux observateurs pour cette réunion sont prises.
error-code-seats_below_members = { $count } membres occupent en même temps des sièges de ce quota ; mettez d’abord fin à des participations, ou rendez le quota indicatif.

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

# Document files, following, members at meetings.
language-ar = arabe
language-zh = chinois
language-en = anglais
language-fr = français
language-ru = russe
language-es = espagnol
size-bytes = { $count } octets
size-kb = { $count } Ko
size-mb = { $count } Mo
error-no-document = Il n’existe aucun document portant l’identifiant « { $id } ».
error-no-file = Il n’existe aucun fichier portant l’identifiant « { $id } ».
error-no-membership = Il n’existe aucune qualité de membre portant l’identifiant « { $id } ».
document-following = Vous suivez ce document : vous recevrez un courriel lorsqu’une nouvelle version sera publiée.
document-follow = Suivre ce document
document-unfollow = Ne plus suivre
document-follow-sign-in = Connectez-vous pour suivre ce document et être informé de ses révisions.
document-versions-heading = Versions et fichiers
files-none = Aucun fichier joint à cette version.
files-caption = Fichiers de { $symbol }
col-language = Langue
col-file = Fichier
col-size = Taille
col-sha256 = SHA-256
files-upload = Joindre un fichier à { $symbol }
field-file = Fichier
field-file-hint = PDF, Word (DOCX) ou OpenDocument (ODT), 20 Mo au plus. Le type est lu dans le contenu, non dans le nom.
files-submit = Joindre le fichier
audit-document-attach_file = Fichier joint
audit-meeting-register_member = Membre inscrit
audit-meeting-member_attendance = Présence enregistrée
error-code-file_empty = Le fichier est vide.
error-code-file_too_large = Le fichier dépasse { $limit } Mo.
error-code-file_type_unknown = Le fichier n’est pas un document PDF, Word (DOCX) ou OpenDocument (ODT).
error-code-file_type_mismatch = Le fichier porte l’extension .{ $claimed } mais son contenu est un document { $kind }.
error-code-language_not_issued = Le document n’est pas publié dans cette langue ; ajoutez d’abord la langue au document.
error-code-meeting_over = Cette réunion est terminée ; ses participants ne peuvent plus changer.
error-code-not_a_member = Seuls les membres en fonction le jour de la réunion sont inscrits en tant que membres.
error-code-not_registered = Ce membre n’est pas inscrit à la réunion.
roster-heading = Membres
roster-none = Aucun membre n’est en fonction le jour de cette réunion.
roster-caption = Membres en fonction le jour de la réunion et leurs délégations
col-group = Groupe
col-delegation = Délégation
col-attendance = Présence
roster-delegation-of = Délégation de { $member }
roster-register = Inscrire
roster-not-registered = Non inscrit
mail-revised-subject = Nouvelle version de { $base } : { $symbol }
mail-revised-body =
    Bonjour { $name },

    Une nouvelle version d’un document que vous suivez a été publiée : { $symbol }, { $title }.

    Toutes ses versions et tous ses fichiers se trouvent sur sa page :

    { $link }

# Topics of a body's work.
topics-heading = Thèmes
topics-none = Aucun thème proposé pour l’instant.
topics-caption = Thèmes des travaux de { $body }
col-decision = Décision
topic-propose = Proposer un thème
topic-new = Nouveau thème pour { $name }
topic-decide = Consigner la décision
topic-decide-title = Décision sur « { $title } »
topic-decision = { $date }, { $meeting } : { $basis } (consigné par { $by })
topic-decision-outside-meeting = { $date } : { $basis } (consigné par { $by })
topic-state-proposed = Proposé
topic-state-agreed = Adopté
topic-state-not_retained = Non retenu
field-decision = Décision
field-decided-on = Date de la décision
field-basis = Fondement de la décision
field-item-topic = Thème examiné
agenda-item-topic = thème
error-no-topic = Il n’existe aucun thème portant l’identifiant « { $id } ».
error-code-topic_decided = L’organe s’est déjà prononcé sur ce thème.
audit-topic-create = Thème proposé
audit-topic-decide = Décision sur un thème consignée

# Calls for input, responses and receipts.
calls-heading = Appels à contributions
call-create = Nouvel appel à contributions
calls-none = Aucun appel à contributions.
calls-caption = Appels à contributions de { $body }
call-deadline = Date limite
call-state-draft = Brouillon
call-state-open = Ouvert
call-state-closed = Clos
call-state-compiled = Compilé
call-move-open = Ouvrir l’appel
call-move-closed = Clore l’appel
call-move-compiled = Marquer les réponses comme compilées
call-move-label = Changer l’état de l’appel
audience-confirmed_email = Toute personne ayant une adresse électronique confirmée
audience-signed_in = Utilisateurs connectés
audience-members = Membres de l’organe uniquement
publication-with_consent = Publiées si l’auteur de la réponse y consent ; sinon prises en compte dans le décompte
publication-aggregate_only = Utilisées uniquement sous forme agrégée
question-kind-free_text = Texte libre
question-kind-single_choice = Choix unique
question-kind-multiple_choice = Choix multiple
field-opens-on = Date d’ouverture
field-closes-on = Date de clôture
field-closes-time = Heure de clôture
field-closes-time-hint = Dans le fuseau horaire de l’appel ; 23:59 si le champ est laissé vide.
field-audience = Qui peut répondre
field-consent-text = Consentement
field-publication = Publication
call-new = Nouvel appel à contributions de { $name }
error-no-call = Il n’existe aucun appel à contributions portant l’identifiant « { $id } ».
error-no-response = Il n’existe aucune réponse portant la référence « { $id } ».
call-extensions = Prorogations de la date limite
call-extension = Prorogée jusqu’au { $to } (précédemment { $from }) : { $reason }
call-answer = Répondre à cet appel
call-extend = Proroger la date limite
call-extend-title = Proroger la date limite de « { $title } »
question-add = Ajouter une question
question-new = Nouvelle question pour « { $title } »
questions-heading = Questions
questions-none = Aucune question pour l’instant.
question-word-limit = { $count } mots au maximum
question-required = obligatoire
field-question-label = Numéro
field-question-label-hint = Tel qu’imprimé : 2, ou 2 a) pour une sous-partie.
field-question-text = Texte intégral de la question
field-question-kind = Mode de réponse
field-options = Options
field-options-hint = Pour une question à choix : une option par ligne.
field-word-limit = Nombre maximal de mots
field-required = Une réponse est obligatoire
field-analytic-group = Groupe d’analyse
field-analytic-group-hint = Les questions d’un même groupe sont analysées ensemble, par exemple « Groupe 1 ».
respondent-kind-person = Une personne
respondent-kind-organization = Une organisation
respondent-kind-government = Un gouvernement
respond-title = Votre réponse
respond-deadline = Les réponses sont acceptées jusqu’au { $deadline }. D’ici là, vous pouvez enregistrer un brouillon et modifier votre réponse ; chaque version que vous soumettez est conservée.
respond-draft-saved = Votre brouillon est enregistré. Il n’est pas encore soumis.
respond-submitted = La version { $version } de la réponse { $reference } est soumise.
respond-receipts = Voir les accusés de réception
respond-who = Auteur de la réponse
field-respondent-kind = Vous répondez en tant que
field-respondent-name = Nom
field-respondent-name-hint = Votre nom, ou celui de l’organisation ou du gouvernement au nom duquel vous répondez.
field-country-hint = Code à deux lettres, par exemple BR ou KE.
field-response-lang = Langue de votre réponse
respond-consent = Consentement
field-consent-publish = J’accepte que cette réponse soit publiée.
field-consent-cite = J’accepte d’être cité(e) nommément.
respond-versions-kept = Toute soumission donne lieu à un accusé de réception comportant un numéro de référence et une empreinte (SHA-256) du contenu exact reçu.
respond-submit = Soumettre
respond-save-draft = Enregistrer comme brouillon
receipt-title = Accusé de réception de la réponse
receipt-lead = Votre réponse a été reçue et enregistrée. Conservez cet accusé de réception : son empreinte vous permet de prouver ce que vous avez envoyé.
receipt-caption = Versions reçues de la réponse { $reference }
col-version = Version
col-received = Reçue (UTC)
col-ledger-entry = Entrée du registre
receipt-verify = Chacun peut vérifier un accusé de réception au regard du registre public :
receipt-ledger = Télécharger le registre public (lignes JSON)
receipt-edit = Modifier la réponse (nouvelle version, avec un nouvel accusé de réception)
mail-receipt-subject = Accusé de réception { $reference } : { $title }
mail-receipt-body =
    Bonjour { $name },

    Votre réponse à « { $title } » a bien été reçue.

    Référence : { $reference }
    Version : { $version }
    SHA-256 du contenu reçu : { $hash }

    L’accusé de réception, et le registre public dans lequel il est consigné :

    { $link }
error-code-call_not_draft = Les questions se définissent lorsque l’appel est à l’état de brouillon ; ce n’est plus le cas.
error-code-call_without_questions = Un appel ne peut être ouvert que s’il comporte au moins une question.
error-code-call_closed = Cet appel n’accepte pas de réponses actuellement : il n’est pas ouvert, ou sa date limite est dépassée.
error-code-answer_required = Une réponse à cette question est obligatoire.
error-code-over_word_limit = Cette réponse compte { $words } mots ; la limite est de { $limit }.
error-code-too_few_options = Une question à choix doit comporter au moins deux options, une par ligne.
error-code-not_later = Une prorogation doit repousser la date limite.
audit-call-create = Appel à contributions créé
audit-call-question = Question ajoutée
audit-call-state = État de l’appel modifié
audit-call-extend = Date limite prorogée
error-bad-encoding = Le formulaire contient du texte qui n’est pas en UTF-8 valide. Rien n’a été enregistré ; renvoyez-le depuis la page.

# Publication and review of responses.
responses-heading = Réponses
responses-counts = Décompte des réponses
responses-received = Reçues
responses-published = Publiées
responses-withheld = Non publiées (absence de consentement à la publication, ou utilisation uniquement sous forme agrégée)
responses-hidden = Masquées par la modération
responses-none = Aucune réponse à afficher.
responses-all = Toutes les réponses reçues
responses-published-list = Réponses publiées
responses-by-question = Réponses par question
response-anonymous = Un auteur de réponse ({ $group }, { $country })
response-withheld = non publié
response-hidden-because = Masquée : { $reason }
col-reference = Référence
col-respondent = Auteur de la réponse
channel-heading = Mode de réception
channel-web = Formulaire en ligne
channel-email = Courrier électronique
channel-paper = Support papier
channel-import = Importation
errata-heading = Rectificatifs
erratum = Réponse { $reference }, { $date } : dans le champ { $field }, « { $before } » a été corrigé en « { $after } ». Motif : { $reason }
corrected-field-name = nom
corrected-field-organization = organisation
corrected-field-stakeholder_group = groupe de parties prenantes
corrected-field-sub_category = sous-catégorie
corrected-field-country = pays
response-title = Réponse
response-answers = Réponses aux questions
response-review = Examen par le secrétariat
response-correct = Corriger l’attribution ou la catégorie
field-corrected = Élément à corriger
field-corrected-value = Valeur correcte
field-corrected-value-hint = Un nom, un code de groupe de parties prenantes (par exemple civil_society), un code de sous-catégorie ou un code de pays à deux lettres.
response-hide = Masquer cette réponse
response-show = Afficher de nouveau cette réponse
question-answers-count = Réponses publiées : { $count }.
question-answers-withheld = Autres réponses prises en compte mais non publiées : { $count }.
error-code-unchanged = La nouvelle valeur est identique à l’ancienne.
audit-response-correct = Réponse corrigée (rectificatif)
audit-response-hide = Réponse masquée
audit-response-show = Réponse de nouveau affichée
record-title = Enregistrer une réponse reçue par courriel ou sur papier
record-lead = La réponse est enregistrée telle que reçue, avec l’original en pièce jointe, et entre dans le registre comme toute autre ; vous obtenez son accusé de réception à renvoyer.
record-how = Mode de réception
field-received-on = Reçue le
field-sender-email = Adresse électronique de l’expéditeur
field-sender-email-hint = Facultatif : adresse à laquelle envoyer l’accusé de réception.
field-original = L’original tel que reçu
record-submit = Enregistrer la réponse
response-files = Fichiers reçus
audit-call-record_response = Réponse enregistrée par le secrétariat
respond-attachments = Fichiers
respond-add-files = Joindre des fichiers (chacun fera partie des versions que vous soumettrez désormais)
error-code-too_many_files = Une réponse comporte au plus { $limit } fichiers.

# Importing responses.
import-title = Importer des réponses à partir d’un fichier
import-lead = Téléversez un fichier CSV ou JSON contenant des réponses reçues par d’autres voies. Chaque ligne est d’abord vérifiée : si une ligne présente un problème, rien n’est importé et tous les problèmes sont signalés.
import-file = Fichier CSV ou JSON
import-file-hint = CSV : une ligne d’en-tête comportant kind, name, stakeholder_group, country, lang, consent_publish, consent_cite, email, received_on, et une colonne par question, ayant pour en-tête le numéro de la question, par exemple 2 a). JSON : un tableau d’objets ayant les mêmes clés, les réponses figurant sous « answers ».
import-check = Vérifier le fichier
import-problems = Problèmes détectés : { $count }. Rien n’a été importé.
import-problems-caption = Problèmes, ligne par ligne
import-whole-file = Le fichier
import-preview = Toutes les lignes ont passé les vérifications. Réponses prêtes à être importées : { $count }.
import-confirm = Importer les réponses ({ $count })
import-preview-caption = Ce qui sera importé
col-row = Ligne
col-answers = Réponses aux questions
col-field = Champ
col-problem = Problème
error-code-import_format = Téléversez un fichier .csv ou .json.
error-code-invalid_flag = Indiquez « yes » ou « no ».
error-code-broken_row = Cette ligne est illisible : elle ne comporte pas autant de colonnes que la ligne d’en-tête.
error-code-unreadable_file = Le fichier ne peut être lu ni comme fichier CSV avec ligne d’en-tête, ni comme tableau JSON de réponses.
error-code-invalid_encoding = Le fichier n’est pas un texte en UTF-8 valide.
error-code-empty_file = Le fichier ne contient aucune réponse.
error-code-too_many_rows = Un lot peut contenir au maximum 10 000 réponses.
error-code-already_imported = Ce lot a déjà été importé.
audit-call-import = Réponses importées à partir d’un fichier

# Joint submissions.
field-signatories = Cosignataires d’une réponse conjointe
field-signatories-hint = Un cosignataire par ligne, par exemple : Ana Silva <ana@example.org> ou Ana Silva, Instituto Nupef <ana@example.org>. Chacun est invité par courrier électronique à confirmer sa signature.
signatories-heading = Cosignataires
signatory-confirmed = signature confirmée
signatory-waiting = en attente de confirmation
signature-title = Confirmer votre signature
signature-lead = { $name }, votre nom figure parmi les cosignataires de la réponse { $reference } à « { $title } ».
signature-confirm = Je confirme signer cette réponse
signature-confirmed = Votre signature est confirmée. Merci.
error-signature-token = Ce lien de confirmation n’est pas valide. Utilisez le lien figurant dans le courrier électronique le plus récent.
error-code-invalid_signatory = Ligne { $line } : indiquez un nom et une adresse, par exemple Ana Silva <ana@example.org>.
error-code-too_many_signatories = Une réponse peut comporter au maximum { $limit } cosignataires.
audit-response-confirm_signature = Cosignature confirmée
mail-signature-subject = Veuillez confirmer votre signature : { $title }
mail-signature-body =
    Bonjour { $name },

    { $respondent } a soumis la réponse { $reference } à « { $title } » et a indiqué votre nom parmi les cosignataires.

    Pour confirmer que vous signez cette réponse, ouvrez ce lien et cliquez sur le bouton :

    { $link }

    Si vous n’avez pas accepté de la signer, ne tenez pas compte de ce message : votre nom ne figurera pas parmi les signatures confirmées.
error-busy-title = Momentanément surchargé
error-busy = Concord reçoit en ce moment plus qu’il ne peut enregistrer. Rien n’a été enregistré : attendez une seconde et renvoyez le formulaire.
error-unavailable-title = Momentanément indisponible
error-unavailable = La base de données est injoignable ou ne peut pas écrire pour le moment. Rien n’a été modifié : réessayez dans quelques secondes.
error-too-many-title = Trop de demandes
error-too-many = Cette demande a été faite trop souvent. Réessayez dans { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
}.

## Textes de négociation
texts-heading = Textes de négociation
texts-none = Aucun texte de négociation pour l’instant.
texts-caption = Textes de négociation de l’organe suivant : { $body }
text-new-link = Créer un texte de négociation
text-new = Nouveau texte de négociation : { $name }
text-create = Créer le texte
field-kind = Type de texte
field-notation = Le texte, selon la notation de rédaction
field-notation-help = Un paragraphe par bloc, les blocs étant séparés par une ligne vide : « OP5 bis. Texte », ou « OP6. » suivi de lignes « Alt 1: … », « Alt 2: … ». Les crochets encadrent le texte qui n’est pas encore convenu ; juste après un crochet, des accolades indiquent qui l’a proposé, quand et pourquoi : [texte]{"{"}UE; 2017-09-26; motif{"}"}. Un intertitre commence par « ## » suivi d’une espace.
field-note = Modifications apportées
text-kind-zero_draft = Projet zéro
text-kind-non_paper = Document officieux
text-kind-compilation = Compilation
text-kind-chairs_text = Texte du Président
text-kind-facilitators_text = Texte du facilitateur
text-kind-rolling = Texte évolutif
text-kind-final = Texte final
text-version = Version { $version }
text-state-caption = État d’avancement du texte (version { $version })
text-state-paragraphs = Paragraphes
text-state-clean = Paragraphes sans crochets
text-state-open = Paragraphes comportant des crochets ou des variantes
text-state-brackets = Crochets
text-edit = Modifier le texte
text-edit-title = Modifier « { $title } »
text-save = Enregistrer une nouvelle version
text-versions = Toutes les versions
text-versions-title = Versions de « { $title } »
text-versions-caption = Toutes les versions de « { $title } », de la plus ancienne à la plus récente
text-download = Télécharger le texte (texte brut, notation de rédaction)
text-compare = Comparer avec la version précédente
text-compare-title = « { $title } » : version { $from } comparée à la version { $to }
text-compare-none = Les deux versions sont identiques.
text-compare-added = Paragraphe ajouté
text-compare-removed = Paragraphe supprimé
text-stale = Une autre personne a enregistré la version { $current } pendant que vous modifiiez la version { $base }. Vous n’avez rien perdu : votre texte figure ci-dessous. Comparez-le avec la version { $current }, reprenez ce dont vous avez besoin et enregistrez de nouveau.
text-stale-changes = Modifications apportées par la version { $current } depuis la version { $base }
text-alternative = Alt { $number }:
bracket-open = début du texte entre crochets proposé par { $sponsor }
bracket-open-unattributed = début du texte entre crochets
bracket-close = fin du texte entre crochets
bracket-reason = Proposé par { $sponsor } : { $reason }
diff-deleted = supprimé :
diff-inserted = inséré :
diff-end = fin de la modification
col-version-number = Version
col-saved-by = Enregistrée par
col-saved-at = Enregistrée le
col-note = Modifications apportées
error-no-text = Il n’existe aucun texte de négociation ayant l’identifiant « { $id } ».
error-no-version = Ce texte n’a pas de version { $id }.
audit-text-create = Texte de négociation créé
audit-text-revise = Nouvelle version d’un texte de négociation enregistrée
error-code-unclosed_bracket = Ligne { $line }, caractère { $column } : ce [ n’est jamais fermé.
error-code-unopened_bracket = Ligne { $line }, caractère { $column } : ce ] ne ferme aucun crochet (écrivez \] pour obtenir le caractère lui-même).
error-code-bad_annotation = Ligne { $line }, caractère { $column } : les accolades placées après un crochet contiennent au plus trois éléments, {"{"}auteur; date; motif{"}"}, et doivent être fermées.
error-code-bad_date = Ligne { $line }, caractère { $column } : la date entre accolades doit être écrite sous la forme 2017-09-26.
error-code-stray_brace = Ligne { $line }, caractère { $column } : une accolade doit suivre immédiatement un crochet fermant (écrivez \{"{"} ou \{"}"} pour obtenir le caractère lui-même).
error-code-alternative_out_of_order = Ligne { $line } : les variantes sont numérotées dans l’ordre, Alt 1, Alt 2…
error-code-alternatives_with_text = Ligne { $line } : un paragraphe comporte soit un texte après son numéro, soit des variantes, mais pas les deux.
error-code-empty_paragraph = Ligne { $line } : ce paragraphe ne contient aucun texte.
error-code-too_deep = Ligne { $line }, caractère { $column } : les crochets s’imbriquent sur 32 niveaux au plus.
error-code-empty_alternative = Ligne { $line } : cette variante ne contient aucun texte.
error-code-unstable_notation = Ce texte ne peut pas être conservé tel quel ; vérifiez ses crochets et ses variantes.
error-code-duplicate_number = Ligne { $line } : deux paragraphes portent le même numéro.
error-code-text_outside_paragraph = Ligne { $line } : ce texte n’appartient à aucun paragraphe ; faites-le précéder d’un numéro tel que OP1.
error-code-bad_number = Ligne { $line } : ce n’est pas un numéro de paragraphe tel que OP5, PP3 ou OP5 bis.
error-code-empty_heading = Ligne { $line } : cet intertitre ne contient aucun texte.
error-code-text_before_alternative = Ligne { $line } : les variantes commencent par « Alt 1: ».
error-code-stale_version = Une autre personne a enregistré la version { $current } après la version { $base }, que vous étiez en train de modifier.

## Des crochets à la décision
paragraph-status-open = En cours de négociation
paragraph-status-ad_ref = Agréé ad referendum
paragraph-status-agreed_pending = Agréé sous réserve de confirmation
paragraph-status-agreed = Agréé
paragraph-status-closed = Clos
stance-support = Appui
stance-can_live = Peut l’accepter
stance-reservation = Réserve
stance-objection = Objection formelle
text-outcome-adopted = Il en est ainsi décidé
text-outcome-no_consensus = Pas de consensus
text-method-declared = prononcé par le Président
text-method-silence = à l’issue d’une procédure d’accord tacite
silence-state-running = Procédure d’accord tacite en cours
silence-state-broken = Silence rompu
silence-state-passed = Silence non rompu
silence-running = La version { $version } de ce texte est soumise à la procédure d’accord tacite jusqu’au { $deadline }. Toute objection formelle formulée par un membre avant cette échéance rompt le silence.
silence-deadline = jusqu’au { $deadline }, sur la version { $version }
silence-broken-by = rompu par { $holder }
text-status-pending = confirmation attendue : { $delegation }
text-on-version = version { $version }
text-body-heading = Le texte
text-chart-bar = Version { $version } : sur { $paragraphs } paragraphes, { $agreed } agréés, { $adref } agréés ad referendum ou sous réserve de confirmation, { $bracketed } comportant des crochets ou des variantes.
text-chart-reading = La lecture { $number } ({ $title }) a commencé à partir de cette version.
text-chart-title = Progression du texte vers l’accord, version par version
text-chart-other = Sans crochets, pas encore agréés
text-sections-caption = État d’avancement de chaque section
text-section = Section
text-section-untitled = Avant le premier intertitre
text-state-agreed = Agréés ou clos
text-state-ad-ref = Agréés ad referendum ou sous réserve de confirmation
text-whole = L’ensemble du texte
text-group-none = Non précisé
text-positions = Positions
text-positions-by-group = Positions par groupe régional et par groupe de parties prenantes
text-status-heading = Faire avancer un paragraphe vers l’accord
text-status-save = Consigner le statut
text-position-save = Consigner la position
text-decision-heading = Décision
text-no-decision = Aucune décision n’a encore été consignée.
text-decision-save = Consigner la décision
text-silence-start = Soumettre à la procédure d’accord tacite
field-paragraph = Paragraphe
field-status = Statut
field-pending = Délégation dont la confirmation est attendue (pour « Agréé sous réserve de confirmation »)
field-seat = Siège
field-stance = Position
field-outcome = Résultat
field-silence-deadline = Fin de la procédure d’accord tacite (UTC)
field-silence-deadline-help = Au moins 72 heures à compter de maintenant. Les membres sont avisés par courriel ; toute objection formelle formulée avant cette échéance rompt le silence et, à l’échéance, le texte est adopté automatiquement.
text-positions-title = Positions sur « { $title } »
text-positions-observers = Les positions des observateurs sont consignées, mais elles ne peuvent pas faire obstacle au consensus.
text-positions-none = Aucune position n’a encore été exprimée.
text-positions-by-region = Par groupe régional
text-positions-by-stakeholder = Par groupe de parties prenantes
text-positions-list = Toutes les positions en vigueur
field-regional-group = Groupe régional
field-stakeholder-group = Groupe de parties prenantes
text-recorded = Consignée
text-observer-cannot-block = observateur : ne peut pas bloquer
mail-silence-subject = Procédure d’accord tacite jusqu’au { $deadline } : { $title }
mail-silence-body = Bonjour { $name },

    La version { $version } de « { $title } » est soumise à la procédure d’accord tacite jusqu’au { $deadline }.

    Si votre délégation n’a pas d’objection, vous n’avez rien à faire : à l’échéance, le texte sera adopté. Toute objection formelle enregistrée avant cette échéance rompt le silence.

    Lisez le texte et faites connaître votre position : { $link }
mail-silence-passed-subject = Adopté selon la procédure d’accord tacite : { $title }
mail-silence-passed-body = Bonjour { $name },

    Le silence n’a pas été rompu : la version { $version } de « { $title } » est adoptée à compter du { $deadline }.

    { $link }
error-code-no_such_paragraph = Le texte ne comporte pas de paragraphe { $paragraph }.
error-code-status_unchanged = Le paragraphe a déjà ce statut.
error-code-reopen_reason_required = Indiquez pourquoi le paragraphe est rouvert.
error-code-status_backwards = Pour revenir en arrière, rouvrez d’abord le paragraphe en indiquant un motif.
error-code-paragraph_bracketed = Un paragraphe comportant des crochets ou des variantes ne peut pas être agréé ; réglez-les d’abord dans le texte.
error-code-close_unagreed = Seul un paragraphe agréé peut être clos.
error-code-pending_required = Indiquez la délégation dont la confirmation est attendue.
error-code-position_reason_required = Indiquez le motif de la réserve ou de l’objection formelle.
error-code-text_still_bracketed = Les paragraphes suivants comportent encore des crochets ou des variantes : { $paragraphs }.
error-code-formal_objection_stands = Une objection formelle est maintenue : { $holders }.
error-code-silence_too_short = Une procédure d’accord tacite dure au moins { $hours } heures.
error-code-text_adopted = Le texte a été adopté ; il ne peut plus être modifié.
error-code-under_silence = Le texte est soumis à la procédure d’accord tacite ; il ne peut pas être modifié avant la fin de celle-ci.
error-code-seat_not_of_body = Ce siège n’appartient pas à cet organe.
error-code-secretariat_takes_no_position = Le secrétariat est au service de l’organe et ne prend pas position.
error-code-paragraph_agreed = Le paragraphe { $paragraph } est agréé ; rouvrez-le en indiquant un motif avant d’en modifier le libellé.
error-code-invalid_datetime = Indiquez une date et une heure, par exemple 2017-01-24 18:00.
audit-text-paragraph-status = Statut d’un paragraphe consigné
audit-text-position = Position consignée
audit-text-decide = Décision consignée
audit-text-silence-start = Texte soumis à la procédure d’accord tacite
audit-text-silence-broken = Silence rompu
audit-text-silence-passed = Silence non rompu : texte adopté

## Amendements
text-amendments = Amendements
amendments-title = Amendements à « { $title } »
amendments-count = { $count ->
    [0] Aucun amendement n’a encore été proposé.
    [one] Un amendement, regroupé par paragraphe.
   *[other] { $count } amendements, regroupés par paragraphe.
}
amendment-kind-insert = Nouveau paragraphe après celui-ci
amendment-kind-delete = Suppression
amendment-kind-replace = Remplacement
amendment-handling-incorporated = Incorporé
amendment-handling-bracketed = Mis entre crochets
amendment-handling-merged = Fusionné
amendment-handling-not_retained = Non retenu
amendment-handling-pending = Le Président ne s’est pas encore prononcé.
amendment-co-sponsors = Coauteurs : { $names }
amendment-reason = Motif : { $reason }
amendment-proposed-on = Proposé sur la
amendment-handle = Consigner la suite donnée
amendment-propose-heading = Proposer un amendement
amendment-propose = Proposer l’amendement
field-handling = Suite donnée
field-amendment-kind = Type d’amendement
field-proposed = Libellé proposé
field-proposed-help = Le nouveau libellé du paragraphe, ou celui du nouveau paragraphe ; laissez vide pour une suppression. Les crochets peuvent être utilisés comme dans la notation de rédaction.
field-co-sponsors = Coauteurs
error-no-amendment = Il n’existe aucun amendement ayant l’identifiant « { $id } ».
error-code-deletion_has_no_words = Une suppression ne propose aucun libellé ; choisissez plutôt un remplacement.
error-code-handling_reason_required = Indiquez pourquoi l’amendement n’a pas été retenu ou avec quoi il a été fusionné.
audit-text-amendment = Amendement proposé
audit-text-amendment-handling = Suite donnée à un amendement consignée

## Lectures et observations
text-comments = Observations
readings-heading = Lectures
readings-none = Aucune lecture n’a encore été ouverte.
reading = Lecture
reading-version = Version examinée
reading-taken-up = Examinée lors de
reading-window = Période d’observations
reading-comments = Observations
reading-nowhere = Aucune réunion en particulier
reading-agenda-item = { $meeting }, point { $number } : { $title }
reading-open = Ouvrir la lecture
field-comments-open = Premier jour des observations
field-comments-close = Dernier jour des observations
field-comment-visibility = Qui peut lire les observations
comment-visibility-public = Publiques
comment-visibility-members = Membres uniquement
comments-title = Observations sur « { $title } »
comments-none = Aucune observation n’a encore été formulée.
comments-closed = Aucune période d’observations n’est ouverte aujourd’hui.
comments-members-only = La période d’observations actuellement ouverte est réservée aux membres de l’organe.
comments-sign-in = Connectez-vous avec un compte confirmé pour formuler une observation.
comments-open = Période d’observations ouverte ({ $title }) jusqu’au { $until }.
comment-add-heading = Observation
comment-add = Envoyer l’observation
field-comment = Votre observation
field-hide-reason = Motif du masquage
comment-hide = Masquer
comment-hidden = Masquée par { $by } le { $at } : { $reason }
error-no-comment = Il n’existe aucune observation ayant l’identifiant « { $id } ».
error-code-window_ends_before_start = La période d’observations se termine avant de commencer.
error-code-window_incomplete = Indiquez à la fois le premier et le dernier jour des observations, ou ni l’un ni l’autre.
error-code-meeting_of_another_body = Cette réunion n’appartient pas à cet organe.
error-code-comments_closed = Aucune période d’observations n’est ouverte aujourd’hui pour ce texte.
audit-text-reading = Lecture ouverte
audit-text-comment = Observation formulée
audit-text-comment-hide = Observation masquée

## Cartes d’opinion
opinion-heading = Cartes d’opinion
opinion-new-link = Ouvrir une carte d’opinion
opinion-none = Aucune carte d’opinion pour l’instant.
opinion-new = Nouvelle carte d’opinion : { $name }
opinion-create = Ouvrir la carte d’opinion
field-question = La question posée aux participants
opinion-totals = { $participants } participants, { $votes } votes exprimés, { $statements } énoncés.
opinion-map-heading = La carte
opinion-map-title = Participants placés selon leurs votes, en couleur selon leur groupe
opinion-map-summary = { $participants } participants se sont prononcés sur suffisamment d’énoncés pour figurer sur la carte ; ils se répartissent en { $groups } groupes ({ $sizes }).
opinion-map-too-few = Pas encore assez de votes pour tracer la carte.
opinion-group = Groupe { $letter }
opinion-members = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
opinion-agreed = { $percent } % du groupe est d’accord
opinion-disagreed = { $percent } % du groupe n’est pas d’accord
opinion-percent = { $percent } %
opinion-nothing-distinctive = Rien ne distingue encore ce groupe des autres.
opinion-bridging = Ce sur quoi tous les groupes s’accordent
opinion-bridging-help = Énoncés classés selon le consensus tenant compte des groupes : le produit, sur l’ensemble des groupes, de la probabilité que chaque groupe soit d’accord. C’est à partir d’ici que peut s’écrire un texte qui rapproche les groupes.
opinion-by-stakeholder = Accord par groupe de parties prenantes déclaré (les 20 énoncés sur lesquels les groupes divergent le plus, dans cet ordre)
opinion-by-region = Accord par groupe régional déclaré (les 20 énoncés sur lesquels les groupes régionaux divergent le plus, dans cet ordre)
opinion-statement = Énoncé
opinion-divergence = Divergence
opinion-export-help = au format d’exportation de Pol.is.
opinion-statements-heading = Énoncés
opinion-no-statements = Aucun énoncé pour l’instant.
opinion-counts = d’accord : { $agree }, pas d’accord : { $disagree }, sans avis : { $pass }
opinion-about-you = À votre sujet (facultatif) : pris en compte par groupe, jamais affiché sous votre nom
opinion-not-said = Non précisé
opinion-unmoderated = pas encore examiné par les modérateurs
opinion-agree = D’accord
opinion-disagree = Pas d’accord
opinion-pass = Passer / sans avis
opinion-vote = Enregistrer mes votes
opinion-sign-in = Connectez-vous avec un compte confirmé pour voter et rédiger des énoncés.
opinion-moderation = Modération
opinion-rejected = Rejeté
opinion-accept = Accepter
opinion-reject = Rejeter
opinion-moderate = Consigner
field-moderation = Décision
field-statement = Un nouvel énoncé
field-statement-help = Une seule idée, en une phrase ou deux, avec laquelle les autres peuvent être d’accord ou non (500 caractères au maximum).
opinion-add-statement = Ajouter l’énoncé
opinion-import-heading = Charger une exportation Pol.is
opinion-import-help = Chargez les fichiers comments.csv et votes.csv de l’exportation d’une conversation Pol.is dans cette carte d’opinion vide. Rien n’est chargé tant que les deux fichiers ne peuvent pas être lus sans erreur.
opinion-import = Charger l’exportation
error-no-conversation = Il n’existe aucune carte d’opinion ayant l’identifiant « { $id } ».
error-code-rejection_reason_required = Indiquez pourquoi l’énoncé est rejeté.
error-code-statement_rejected = Cet énoncé a été rejeté par les modérateurs.
error-code-conversation_not_empty = Chargez une exportation dans une nouvelle carte d’opinion : celle-ci contient déjà des énoncés.
error-code-vote_on_unknown_statement = Un vote porte sur l’énoncé { $statement }, qui ne figure pas dans le fichier des commentaires.
error-code-polis_file_unreadable = Le fichier n’est pas au format d’exportation de Pol.is : { $detail }
error-code-no_vote = Répondez à au moins un énoncé.
audit-conversation-create = Carte d’opinion ouverte
audit-conversation-statement = Énoncé ajouté à une carte d’opinion
audit-conversation-moderate = Énoncé modéré
audit-conversation-import = Exportation Pol.is chargée

## Statistiques des réponses
stat-heading = Statistiques des réponses
stat-help = Chaque réponse reçue est comptée une fois dans chaque tableau, y compris les réponses non publiées ; le total de chaque tableau correspond donc au nombre de réponses reçues, et chaque chiffre renvoie à la liste des réponses qu’il recouvre (pour le public, les seules réponses publiées).
stat-dimension-group = Groupe de parties prenantes
stat-dimension-sub_category = Sous-catégorie
stat-dimension-region = Groupe régional
stat-dimension-country = Pays
stat-dimension-ldc = Pays le moins avancé
stat-dimension-language = Langue
stat-dimension-channel = Mode de réception
stat-caption = Réponses reçues : { $total }
stat-responses = Réponses
stat-share = Part
stat-total = Total
stat-chart = Diagramme en barres du tableau ci-dessus : réponses par critère « { $dimension } »
stat-not-stated = Non indiqué
stat-ldc-yes = Pays le moins avancé
stat-ldc-no = Autre pays
stat-dimension-developing = Pays en développement
stat-developing-yes = Pays en développement
stat-developing-no = Pays développé
responses-filtered = Uniquement les réponses comptées sous « { $dimension } » : { $value }
responses-all-link = Toutes les réponses
error-bad-filter = Cette liste ne peut pas être filtrée de cette manière.
question-grouped-by = Regroupement par :
campaigns-heading = Campagnes parmi les réponses publiées
campaigns-in-full = Les réponses presque identiques sont regroupées en campagnes ; chaque réponse est affichée et comptée ci-dessous.
campaigns-collapsed = Chaque campagne est affichée une seule fois ci-dessous, avec le nombre de ses réponses regroupées ; les totaux ci-dessus comptent toujours chaque réponse.
campaigns-collapse = Afficher chaque campagne une seule fois
campaigns-show-all = Afficher toutes les réponses
campaign-summary = Campagne { $number } : { $size } réponses, { $variations } variantes
campaign-senders = Envoyée par { $senders }
campaign-member = Fait partie de la campagne { $number }
campaign-folded = et { $count } autres réponses de la même campagne
stat-campaigns-in-full = Chaque réponse est comptée, y compris celles qui appartiennent à une campagne de réponses presque identiques.
stat-campaigns-collapse = Compter chaque campagne une seule fois
stat-campaigns-collapsed = Chaque campagne de réponses presque identiques est comptée une seule fois : réponses regroupées dans leur campagne : { $folded }.
stat-campaigns-count-all = Compter chaque réponse
stat-caption-collapsed = Réponses comptées, chaque campagne une seule fois : { $total }
issues-heading = Questions soulevées
issues-help = Les questions de politique publique internationale que soulèvent les réponses, chacune consignée à partir des passages exacts qui l’ont soulevée. Chaque chiffre compte des réponses, chacune une fois par question, y compris celles non publiées.
issues-how-to-record = Pour consigner une question, ouvrez une réponse et choisissez « Consigner une question à partir de cette réponse » sous la réponse.
issues-areas = Grands domaines
issues-all-areas = Tous les domaines
issues-count = { $count ->
    [0] Aucune question n’a encore été consignée.
    [one] Une question.
   *[other] { $count } questions.
}
col-issue = Question
col-area = Grand domaine
issues-duplicates = Doublons probables
issues-merged = Questions fusionnées avec d’autres
issue-merged-into = Cette question a été fusionnée avec { $issue } ; ses sources y sont comptées.
issue-no-area = Classée dans aucun domaine
issue-recorded-by = Consignée par
issue-merged-from = Fusionnées avec elle
issue-sources = Passages qui l’ont soulevée
issue-sources-elsewhere = Ses passages figurent sous la question avec laquelle elle a été fusionnée.
issue-source-question = question { $question }
issue-source-recorded-under = consigné sous { $issue }
issue-source-answer = Lire toute la réponse
issue-source-recorded = Consigné par { $who }
issue-source-withheld = Une réponse non publiée
issue-area-trail = Domaines successifs
issue-set-area = Classer dans un domaine
issue-merge = Fusionner avec une autre question
issue-merge-help = La fusion conserve tous les passages des deux questions ; celle-ci renvoie ensuite à celle qu’elle a rejointe. Indiquez pourquoi il s’agit de la même question.
field-merge-into = Question conservée
issue-new-heading = Consigner une question à partir de cette réponse
issue-likely-duplicates = Questions déjà consignées qui semblent proches
issue-likely-duplicates-help = Ajoutez le passage à l’une d’elles, ou consignez tout de même une nouvelle question.
issue-likeness = semblable à { $percent } %
issue-add-to = Ajouter le passage à { $issue }
field-passage = Passage
field-passage-hint = Copiez les mots de la réponse ci-dessus tels qu’ils sont écrits ; les espaces et retours à la ligne peuvent différer.
field-existing-issue = Ajouter à une question existante
issue-new-option = Une nouvelle question
field-issue-title = Titre de la nouvelle question
issue-record = Consigner la question
issue-record-anyway = Consigner tout de même une nouvelle question
issue-record-from-answer = Consigner une question à partir de cette réponse
error-no-issue = Cet appel n’a pas de question { $id }.
error-no-answer = La réponse « { $id } » ne comporte pas de réponse écrite à cette question.
error-code-issue_title_required = Donnez un titre à la nouvelle question, ou choisissez une question existante.
error-code-issue_merge_self = Une question ne peut pas être fusionnée avec elle-même.
error-code-response_not_in_call = Aucune réponse à cet appel ne porte cette référence.
error-code-answer_missing = Cette réponse ne comporte pas de réponse écrite à cette question.
error-code-passage_not_in_answer = Ce passage ne figure pas dans cette réponse ; copiez-le tel qu’il y est écrit.
error-code-issue_not_of_call = Cette question n’appartient pas à cet appel.
error-code-issue_merged = Cette question a été fusionnée avec une autre ; utilisez celle-ci.
audit-call-issue = Question consignée à partir d’une réponse
audit-call-issue_source = Passage ajouté à une question
audit-call-issue_merge = Questions fusionnées
audit-call-issue_area = Question classée dans un grand domaine
themes-heading = Thèmes
themes-help = Les thèmes sont suggérés par calcul à partir des réponses (les mots sont pondérés selon leur capacité à distinguer une réponse des autres, puis regroupés) ; chacun est présenté avec ses mots les plus caractéristiques et des extraits représentatifs. Ce sont des personnes qui acceptent, renomment, fusionnent, scindent ou mettent de côté chaque thème ; les thèmes acceptés servent au codage des réponses, et toute personne qui participe à la compilation peut corriger un codage en indiquant un motif.
themes-scope-question = Question { $question }
themes-scope-call = L’ensemble de l’appel
theme-state-suggested = Suggéré
theme-state-accepted = Accepté
theme-state-merged = Fusionné
theme-state-split = Scindé
theme-state-set_aside = Mis de côté
theme-state-superseded = Remplacé par une suggestion ultérieure
theme-merged-into = Fusionné avec { $theme }
theme-run-state-queued = Les thèmes sont en attente de calcul.
theme-run-state-running = Les thèmes sont en cours de calcul.
theme-run-state-done = Thèmes calculés.
theme-run-state-failed = Le calcul a échoué.
theme-run-done = La dernière suggestion a porté sur { $answers } réponses ({ $scope }) et a proposé { $themes } thèmes.
theme-run-failed = La dernière suggestion a échoué : { $error }
theme-run-refresh = Cette page s’actualise d’elle-même jusqu’à la fin du calcul.
themes-accepted = Thèmes acceptés
themes-none-accepted = Aucun thème n’a encore été accepté.
themes-accepted-caption = Thèmes acceptés et nombre de réponses codées avec chacun d’eux
col-theme = Thème
col-scope = Réponses à
col-theme-words = Mots caractéristiques
col-coded = Réponses codées
themes-suggest = Suggérer des thèmes
field-theme-scope = Suggérer des thèmes pour
themes-suggested = Thèmes suggérés
theme-members = Réponses regroupées ici : { $count }
field-theme-label = Intitulé
theme-accept = Accepter
theme-rename = Renommer
field-theme-merge-into = Fusionner avec
theme-merge = Fusionner
theme-split = Scinder en deux
theme-set-aside = Mettre de côté
themes-closed = Thèmes fusionnés, scindés ou mis de côté
theme-coded-answers = Réponses codées avec ce thème
theme-none-coded = Aucune réponse n’est codée avec ce thème.
theme-correct = Corriger un codage
theme-correct-help = Codez une réponse avec ce thème, ou retirez-lui ce thème. La correction est conservée avec votre motif, et aucun calcul ultérieur ne la remplace.
field-response-reference = Référence de la réponse
field-theme-applies = Le thème s’applique-t-il ?
theme-applies-yes = Oui, coder la réponse avec ce thème
theme-applies-no = Non, retirer ce thème de la réponse
theme-coded-computed = codée par calcul
theme-coded-person = codée par { $who } : { $reason }
error-no-theme = Cet appel n’a pas de thème { $id }.
error-code-theme_not_of_call = Ce thème n’appartient pas à cet appel.
error-code-theme_closed = Ce thème a été fusionné, scindé, mis de côté ou remplacé ; travaillez sur les thèmes qui lui ont succédé.
error-code-theme_merge_self = Un thème ne peut pas être fusionné avec lui-même.
error-code-theme_split_too_small = Ce thème ne peut pas être scindé : ses réponses sont trop peu nombreuses ou trop semblables.
error-code-theme_not_accepted = Seul un thème accepté sert au codage des réponses ; acceptez-le d’abord.
error-code-theme_run_busy = Des thèmes sont déjà en cours de calcul pour cet appel ; attendez que ce calcul soit terminé.
error-code-question_not_of_call = Cette question ne fait pas partie du questionnaire de cet appel.
audit-call-theme_run = Suggestion de thèmes demandée
audit-call-theme_accept = Thème accepté
audit-call-theme_rename = Thème renommé
audit-call-theme_set_aside = Thème mis de côté
audit-call-theme_merge = Thèmes fusionnés
audit-call-theme_split = Thème scindé
audit-call-theme_coding = Codage d’une réponse corrigé
divergence-heading = Convergences et divergences
divergence-help = Pour chaque élément (question ou thème accepté) : la part des réponses de chaque groupe qui le soulèvent, et le degré de divergence entre les groupes à son sujet. La divergence est la divergence de Jensen–Shannon entre les parts des groupes (0 : tous les groupes le soulèvent aussi souvent ; 1 : les groupes sont aussi éloignés que possible) ; l’écart est la part la plus élevée moins la plus faible, en points de pourcentage. Toutes les réponses sont prises en compte, y compris celles non publiées.
divergence-by-group = Par groupe de parties prenantes
divergence-by-region = Par groupe régional
divergence-nothing = Aucune question n’a encore été consignée et aucun thème n’a encore été accepté.
divergence-rates = Qui soulève quoi
divergence-rates-caption = Part des réponses de chaque groupe ayant soulevé chaque question ou thème (nombre de réponses entre parenthèses)
divergence-item = Question ou thème
divergence-measure = Divergence
divergence-spread = Écart (points)
divergence-rates-chart = Carte thermique du tableau ci-dessus : plus une case est foncée, plus la part des réponses du groupe ayant soulevé l’élément est grande. Les colonnes sont numérotées comme dans le tableau.
divergence-pairs = Distance entre les groupes
divergence-pairs-caption = Divergence de Jensen–Shannon entre les groupes, sur l’ensemble des questions et des thèmes (0 : ils soulèvent les mêmes éléments aussi souvent)
divergence-pairs-chart = Carte thermique du tableau ci-dessus : plus une case est foncée, plus les deux groupes sont éloignés. Les lignes et les colonnes sont numérotées comme dans le tableau.
nav-search = Recherche
search-heading = Rechercher dans les réponses
search-title = Recherche : { $query }
search-label = Mots à rechercher
search-hint = Par défaut, les résultats contiennent tous les mots. Mettez une expression entre guillemets droits ("…"), écrivez OR entre des variantes, placez - devant un mot pour l’exclure, et * après le début d’un mot pour trouver tous les mots qui commencent ainsi. Dans n’importe laquelle des six langues officielles de l’ONU.
search-submit = Rechercher
search-stale = Les modifications les plus récentes sont encore en cours d’intégration dans la recherche ; relancez la recherche dans un instant pour les inclure.
search-truncated = Seuls les 32 premiers mots de la requête ont été utilisés.
search-narrow = Affiner la recherche
search-clear-facet = Indifférent
search-results = { $count ->
    [0] Aucun résultat.
    [one] Un résultat.
   *[other] { $count } résultats.
}
search-pages = Pages de résultats
search-previous = Résultats précédents
search-next = Résultats suivants
search-campaign = Campagne { $number } (question { $question })
search-part-answer = Réponses aux questions
search-part-file = Fichiers reçus
search-facet-call = Appel à contributions
search-facet-question = Question
search-facet-group = Groupe de parties prenantes
search-facet-region = Groupe régional
search-facet-country = Pays
search-facet-lang = Langue
search-facet-campaign = Campagne
search-facet-part = Réponses ou fichiers
search-hit-answer = Réponse à la question { $question } — { $call }
search-hit-file = Fichier « { $file } » — { $call }
propose-as-topic = Proposer comme thème des travaux de l’organe
propose-as-topic-help = Le thème de travail est proposé à l’organe et rattaché à cet élément, et par son intermédiaire aux réponses dont il procède ; l’organe consigne ensuite sa décision à son sujet.
topic-drawn-from = Issu de
topic-origin-responses = { $count ->
    [one] soulevé dans une réponse
   *[other] soulevé dans { $count } réponses
}
error-code-topic_source_not_of_body = Cette question ou ce thème ne provient d’aucun des appels de l’organe.

# Mapping of mechanisms and gaps.
registry-title = Registre des mécanismes
registry-intro = Organes, processus, forums et instruments internationaux existants, communs à tous les groupes de travail, afin qu’un groupe ultérieur réutilise le registre d’un groupe antérieur.
registry-none = Le registre ne contient encore aucun mécanisme.
registry-caption = Mécanismes, par nom
mechanism-new = Ajouter un mécanisme
mechanism-add = Ajouter le mécanisme
mechanism-edit = Modifier ce mécanisme
mechanism-edit-title = Modifier { $name }
mechanism-assessed = Questions au regard desquelles il a été évalué
mechanism-assessed-none = Aucune cartographie ne mentionne encore ce mécanisme.
mechanism-assessed-caption = Lignes mentionnant ce mécanisme, par exercice
field-name = Nom
field-website = Adresse publique
field-illustrative = Illustratif (données de démonstration, non sourcées)
field-mechanism-kind = Type
field-parent-organization = Organisation de rattachement
field-scope = Champ
field-participants = Qui participe
field-access = Ouvert ou fermé
field-decides-by = Mode de décision
field-founding-instrument = Instrument fondateur
field-sources = Sources
mechanism-kind-organisation = Organisation intergouvernementale
mechanism-kind-conference = Conférence ou assemblée
mechanism-kind-forum = Forum
mechanism-kind-instrument = Traité ou instrument
mechanism-kind-process = Processus ou programme
mechanism-kind-technical = Organisme technique ou de normalisation
mechanism-kind-regional = Organisme régional
participants-states_only = États uniquement
participants-multistakeholder = Multipartite
access-open = Ouvert
access-closed = Fermé
exercises-title = Cartographie des mécanismes
exercises-intro = L’organe examine les questions tirées des réponses, recense les mécanismes existants qui traitent chacune, évalue leur statut et identifie les lacunes.
exercises-none = Cet organe n’a pas encore d’exercice de cartographie.
exercise-start = Lancer un exercice de cartographie
exercise-new-title = Nouvel exercice de cartographie de { $name }
field-mapped-call = Appel dont les questions sont cartographiées
field-terms = Mandat
exercise-lead = Questions de « { $call } » : { $issues } questions, { $accepted } lignes acceptées, { $gaps } lacunes.
gaps-title = Lacunes
gaps-intro = Une question qu’aucune ligne acceptée ne montre traitée est une lacune : absente quand rien ne la traite, faible quand des mécanismes ne la traitent qu’en partie. Les lacunes découlent des lignes et ne se saisissent pas.
gaps-none = Aucune lacune : chaque question évaluée est traitée par un mécanisme.
gap-kind-lacking = Aucun mécanisme ne la traite
gap-kind-weak = Traitée seulement en partie
gap-decided = tranchée par le groupe de travail
gap-referred = renvoyée au groupe de travail
gap-rows = Lignes sur lesquelles elle repose :
gap-heading = Lacune
gap-unexplained = Aucune explication rédigée pour l’instant.
gap-explain = Enregistrer l’explication
gap-none-here = Cette question n’est pas une lacune.
field-explanation = Explication
mapping-csv = Matrice en CSV
mapping-json = Matrice en JSON
mapping-import = Importer des lignes depuis un tableur
mapping-import-lead = Un fichier CSV avec une ligne d’en-tête et les colonnes issue (I3), mechanism (nom ou sigle, comme dans le registre), status, notes et evidence (séparées par ;). Le fichier est accepté en entier ou pas du tout.
mapping-matrix = Questions × mécanismes
mapping-areas = Grands domaines
mapping-all-areas = Tous les domaines
mapping-no-area = Sans grand domaine
mapping-heatmap-caption = Chaque case est une ligne de la cartographie, colorée selon son statut ; un point marque une lacune. Le tableau ci-dessous dit la même chose en mots.
mapping-table-caption = Mécanismes de chaque question, par statut
mapping-not-contributor = Seuls les participants de l’organe proposent des lignes ici.
mapping-sign-in = Se connecter pour proposer une ligne
mapping-issue-sources = Origine de la question
mapping-rows = Mécanismes recensés
mapping-rows-none = Aucun mécanisme n’est encore recensé pour cette question.
mapping-standing-addressed = Traitée
mapping-standing-not_assessed = Pas encore évaluée
mapping-status-not_assessed = Pas encore évalué
mapping-status-addressing = Traite la question
mapping-status-partly = La traite en partie
mapping-status-not_addressing = Ne la traite pas
row-state-proposed = Proposée
row-state-accepted = Acceptée
row-state-contested = Contestée
col-exercise = Exercice
col-mechanism = Mécanisme
col-status = Statut
col-row-state = Position des coordonnateurs
col-standing = Situation
col-assessed-by = Évaluée par
row-propose = Proposer une ligne
row-assess = Réévaluer
row-decide = Enregistrer l’avis des coordonnateurs
row-proposed-by = proposée par { $name } le { $when }
row-assessed-by = évaluée par { $name } le { $when }
field-notes = Notes
field-evidence = Éléments de preuve
field-evidence-hint = Un par ligne : une adresse web ; la référence d’une réponse (12-00042), seule ou suivie de : et du passage cité ; ou la cote d’un document du registre.
mapping-questions-heading = Là où le groupe ne s’accorde pas
questions-intro = Une ligne contestée ou une lacune rassemble des options qui représentent l’éventail des opinions ; elle est renvoyée au groupe de travail, qui tranche une fois.
question-subject-gap = La lacune
question-subject-row = La ligne sur { $mechanism }
question-refer = Renvoyer au groupe de travail
question-referred-by = Renvoyée au groupe de travail par { $name } le { $when }.
question-decide = Enregistrer la décision du groupe de travail
question-decide-title = La décision du groupe de travail
question-decided = Le groupe de travail a retenu « { $option } » le { $date } (réunion : { $meeting }). Fondement : { $basis }
option-add = Ajouter une option
option-supported-by = soutenue par
field-question-subject = Objet
field-option-text = L’option
field-option-chosen = Option retenue
field-supporting-groups = Soutenue par les groupes de parties prenantes
field-supporting-regions = Soutenue par les groupes régionaux
snapshots-title = Rapports publiés
snapshots-intro = Chaque rapport d’étape et le document final compilé conservent la matrice et les lacunes telles qu’elles étaient le jour de leur publication.
snapshots-none = Aucun rapport publié pour l’instant.
snapshots-caption = Rapports, par date de publication
snapshots-compare = Comparer deux rapports
snapshot-issue = Publier un rapport de la matrice en l’état
snapshot-kind-update_report = Rapport d’étape
snapshot-kind-initial_output = Résultat initial
snapshot-kind-final_document = Document final compilé
field-snapshot-kind = Publié comme
field-from = Depuis
field-to = Jusqu’à
snapshot-lead = { $kind }, publié le { $date } par { $name }. Tel qu’il était ce jour-là.
snapshot-caption = Les lignes telles que publiées
compare-lead = De « { $from } » à « { $to } ».
compare-none = Rien n’a changé entre ces deux rapports.
change-row-added = I{ $issue } : { $mechanism } recensé ({ $status })
change-row-dropped = I{ $issue } : { $mechanism } n’est plus recensé (était { $status })
change-row-changed = I{ $issue } : { $mechanism } est passé de { $before } à { $after }
change-gap-opened = I{ $issue } est devenue une lacune : { $kind }
change-gap-closed = I{ $issue } n’est plus une lacune (était : { $kind })
error-no-exercise = Il n’existe pas d’exercice de cartographie { $id }.
error-no-mechanism = Le registre ne contient pas de mécanisme { $id }.
error-no-question = Cette cartographie n’a pas de question { $id }.
error-no-row = Cette cartographie n’a pas de ligne { $id }.
error-no-snapshot = Cette cartographie n’a pas de rapport { $id }.
error-code-duplicate_mechanism = Le registre contient déjà un mécanisme nommé { $name }.
error-code-call_not_mappable = Un organe cartographie les questions de ses propres appels ou de ceux d’un organe dont il relève.
error-code-issue_not_in_exercise = Cette question ne fait pas partie de celles que cet exercice cartographie.
error-code-unknown_mechanism = Le registre ne contient pas de mécanisme { $value } ; ajoutez-le d’abord au registre.
error-code-duplicate_row = Cette question a déjà une ligne pour ce mécanisme ; réévaluez plutôt cette ligne.
error-code-unknown_response = Aucune réponse soumise ne porte la référence { $value }.
error-code-evidence_withheld = La réponse { $value } n’est pas publiée ; seuls ceux qui compilent les réponses de l’appel peuvent la citer.
error-code-passage_withheld = La réponse { $value } n’est pas publiée : citez-la par sa seule référence, sans la citer textuellement.
error-code-not_a_gap = Cette question n’est pas une lacune : ses lignes acceptées montrent un mécanisme qui la traite, ou aucune n’est encore évaluée.
error-code-not_contested = Les options portent sur une lacune ou une ligne contestée ; marquez d’abord la ligne comme contestée.
error-code-already_referred = Cette question est déjà renvoyée au groupe de travail ; elle n’accepte plus d’options.
error-code-not_referred = Ceci n’a jamais été renvoyé au groupe de travail.
error-code-already_decided = La décision du groupe de travail sur cette question est déjà enregistrée.
error-code-question_needs_options = Une question est renvoyée au groupe de travail avec au moins { $min } options représentant l’éventail des opinions.
error-code-unknown_meeting = Le groupe de travail n’a pas de telle réunion.
error-code-unknown_issue = Choisissez l’une des questions proposées.
error-code-unknown_call = Cet appel n’existe pas.
error-code-too_many = Au plus { $max }, et non { $count }.
error-code-missing_columns = Le fichier doit comporter les colonnes issue et mechanism.
error-code-too_many_lines = Au plus { $max } lignes par fichier.
error-code-unreadable_line = La ligne { $line } est illisible.
error-code-invalid_line = Ligne { $line } : { $problem }
error-code-mapping_file_unreadable = Le fichier ne peut pas être lu comme un CSV avec une ligne d’en-tête.
error-code-mapping_file_empty = Le fichier ne contient aucune ligne.
error-code-line_unknown_mechanism = Ligne { $line } : le registre ne contient pas de mécanisme { $value }.
error-code-line_issue_not_in_exercise = Ligne { $line } : { $value } n’est pas une question que cet exercice cartographie.
body-mapping-link = Mécanismes et lacunes cartographiés par cet organe
mapping-paged = Cette cartographie est volumineuse : elle est présentée un grand domaine à la fois ; « Tous les domaines » affiche la matrice entière.
opinion-next-heading = Votre prochaine proposition
opinion-all-voted = Vous avez voté sur toutes les propositions. Merci ; vous pouvez modifier un vote ci-dessous.
opinion-counts-hidden = votez pour voir comment les autres ont voté
opinion-you = vous
opinion-you-are-in = Vous êtes dans le { $group }.
opinion-map-failed = La carte n’a pas pu être dessinée : l’analyse a échoué ({ $error }).
mail-statement-accepted-subject = Votre proposition est acceptée : { $title }
mail-statement-accepted-body = Madame, Monsieur { $name },

    Les modérateurs ont accepté votre proposition dans « { $title } » :

    { $statement }

    Les participants votent désormais sur elle : { $link }
mail-statement-rejected-subject = Votre proposition n’est pas acceptée : { $title }
mail-statement-rejected-body = Madame, Monsieur { $name },

    Les modérateurs n’ont pas accepté votre proposition dans « { $title } » :

    { $statement }

    Leur motif : { $reason }

    Vous pouvez en écrire une autre : { $link }
