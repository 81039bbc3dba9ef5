# Interfaz de Concord en español (Spanish). Tiene exactamente las mismas claves que en.ftl,
# el catálogo de referencia. El contenido que escriben los usuarios no se traduce aquí.

## Estructura de la página

site-name = Concord
skip-link = Ir al contenido
nav-main = Principal
nav-bodies = Órganos
nav-countries = Países
nav-organizations = Organizaciones
nav-people = Personas
nav-events = Eventos
nav-admin = Administración
language-switcher = Idioma
breadcrumb = Ruta de navegación
footer-text = Concord: cada contribución, decisión e informe de un proceso de múltiples partes interesadas, con total transparencia.
footer-api = Los mismos datos en JSON
footer-source = Código fuente (AGPL-3.0)
demo-note-title = Datos de demostración.
demo-note-body = Las entradas marcadas como “ilustrativo” son ejemplos, no un registro de la composición real.
demo-entry = Esta entrada contiene datos de demostración ilustrativos.

## Fechas y números

date-long = { $day } de { $month } de { $year }
date-month-year = { $month } de { $year }
date-range = { $start } – { $end }
date-from = desde { $start }
date-until = hasta { $end }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-genitive-1 = enero
month-genitive-2 = febrero
month-genitive-3 = marzo
month-genitive-4 = abril
month-genitive-5 = mayo
month-genitive-6 = junio
month-genitive-7 = julio
month-genitive-8 = agosto
month-genitive-9 = septiembre
month-genitive-10 = octubre
month-genitive-11 = noviembre
month-genitive-12 = diciembre

## Inicio

home-title = Inicio
home-lead = Concord gestiona un grupo de trabajo de múltiples partes interesadas desde el mandato hasta el seguimiento: los órganos y su composición, las solicitudes de contribuciones, las reuniones, las recomendaciones negociadas y los informes, con total transparencia.
home-bodies = Órganos
home-no-bodies = Todavía no se ha creado ningún órgano.
home-also = También aquí
home-countries = Los 193 Estados Miembros y los 2 Estados observadores, por grupo regional de las Naciones Unidas, con su participación en órganos
home-events = { $count ->
    [one] El calendario de eventos conexos (1 evento)
   *[other] El calendario de eventos conexos ({ $count } eventos)
}
home-api = Los mismos datos en JSON

## Órganos

bodies-title = Órganos
bodies-none = Todavía no se ha creado ningún órgano.
bodies-caption = Comisiones, grupos de trabajo y sus subgrupos, cada uno bajo el órgano del que depende
col-body = Órgano
col-type = Tipo
col-state = Situación
col-dates = Fechas
fact-type = Tipo
fact-state = Situación
fact-dates = Fechas
fact-decision-rule = Modo de adopción de decisiones
fact-openness = Apertura
fact-reports-to = Presenta informes a
fact-reporting-deadline = Plazo para presentar el informe
mandate-heading = Mandato
mandate-none = No se ha registrado ningún mandato.
mandate-paragraph = párrafo { $paragraph }
composition-heading = Composición
composition-no-seats = No se han definido puestos para este órgano.
balance-caption = Puestos por cuota al { $date }
col-quota = Cuota
col-seats = Puestos
col-filled = Ocupados
col-balance = Equilibrio
quota-indicative = (indicativa)
balance-filled = Cubierta
balance-vacant = { $count ->
    [one] { $count } vacante
   *[other] { $count } vacantes
}
balance-over = { $count } por encima de la cuota
matrix-caption = Miembros que ocupan un puesto, por grupo regional y grupo de partes interesadas
col-regional-group = Grupo regional
col-total = Total
matrix-no-group = Sin grupo regional
members-heading = Miembros y Mesa
members-none = No se ha registrado ningún miembro.
members-caption = Quienes desempeñan una función en { $body }
col-role = Función
col-member = Miembro
col-seat = Puesto
col-stakeholder-group = Grupo de partes interesadas
tag-personal-capacity = a título personal
tag-illustrative = ilustrativo
children-heading = Subgrupos
lifecycle-heading = Ciclo de vida
body-json = Este órgano en JSON

## Países

countries-title = Países
countries-intro = Los 193 Estados Miembros de las Naciones Unidas y los 2 Estados observadores no miembros, por grupo regional de las Naciones Unidas, según se emplean en las elecciones.
countries-no-group = Sin grupo regional
country-codes = Códigos
country-status = Condición
country-member-state = Estado Miembro
country-observer-state = Estado observador no miembro
country-group = Grupo regional
country-group-none = Ninguno
country-development = Situación de desarrollo
country-ldc = País menos adelantado
country-no-memberships = { $country } no es miembro de ninguno de los órganos registrados aquí.
country-memberships-caption = Participación de { $country } y de personas de { $country } en órganos

## Personas y organizaciones

memberships-heading = Participación en órganos
memberships-none = No se ha registrado ninguna participación.
memberships-caption = Funciones desempeñadas en órganos
person-position = Cargo
person-organization = Organización
person-stakeholder-group = Grupo de partes interesadas
person-country = País
people-title = Personas
people-none = No se ha registrado ninguna persona.
organizations-title = Organizaciones
organizations-none = No se ha registrado ninguna organización.
organizations-caption = Organizaciones por nombre
col-name = Nombre
col-ecosoc = Carácter consultivo ante el ECOSOC
org-stakeholder-group = Grupo de partes interesadas
org-ecosoc = Carácter consultivo ante el ECOSOC
org-based-in = Con sede en
org-website = Sitio web

## Eventos

events-title = Calendario de eventos conexos
events-none = No se ha registrado ningún evento.
events-caption = Eventos de { $year }
col-event = Evento
col-venue = Lugar
col-organizer = Organizador
events-filter = Filtrar los eventos
events-filter-year = Año
events-filter-any = Todos
events-filter-apply = Mostrar
events-view-list = Lista
events-view-month = Mes
events-months = Meses
events-previous-month = Mes anterior
events-next-month = Mes siguiente
events-feed = Suscribirse al calendario (iCalendar)
events-none-match = Ningún evento coincide con estos filtros.
weekday-1 = lun.
weekday-2 = mar.
weekday-3 = mié.
weekday-4 = jue.
weekday-5 = vie.
weekday-6 = sáb.
weekday-7 = dom.

## Cuentas

account-sign-in = Iniciar sesión
account-sign-up = Registrarse
account-sign-out = Cerrar sesión
account-have-account = ¿Ya tiene una cuenta?
account-forgot = ¿Ha olvidado su contraseña?
account-check-inbox-title = Revise su bandeja de entrada
account-check-inbox = Si la dirección puede recibir nuestros mensajes, se le está enviando un mensaje con un enlace. El enlace es válido durante un tiempo limitado.
account-check-new-inbox = Hemos enviado un enlace a su nueva dirección. La dirección se cambiará cuando abra el enlace.
account-link-problem-title = No se puede utilizar este enlace
account-reset-link = Solicitar un nuevo enlace
account-confirmed-title = Listo
account-confirmed = Su dirección de correo electrónico ha quedado confirmada. Ya puede iniciar sesión.
account-email-changed = Su cuenta utiliza ahora la nueva dirección.
account-wrong-credentials = La dirección de correo electrónico o la contraseña no son correctas.
account-throttled = Demasiados intentos fallidos. Espere 15 minutos y vuelva a intentarlo, o restablezca su contraseña.
account-unconfirmed = Confirme primero su dirección de correo electrónico con el enlace que le hemos enviado. Para obtener un nuevo enlace, restablezca su contraseña.
account-confirm-title = Confirmar
account-confirm-explain = Pulse el botón para confirmar.
account-confirm-button = Confirmar
account-reset-title = Restablecer la contraseña
account-reset-explain = Indique la dirección de su cuenta y le enviaremos un enlace para elegir una nueva contraseña.
account-reset-button = Enviar el enlace
account-choose-password = Elija una nueva contraseña
account-password-changed-title = Contraseña cambiada
account-password-changed = Su contraseña se ha cambiado y se ha cerrado su sesión en todos los dispositivos. Inicie sesión con la nueva contraseña.
account-title = Su cuenta
account-platform = Función en la plataforma
role-administrator = Administrador de la plataforma
account-roles = Sus funciones
account-no-roles = Su cuenta todavía no tiene ninguna función en un órgano. La secretaría vincula las cuentas con las personas que forman parte de los órganos.
account-change-email = Cambiar la dirección de correo electrónico
account-wrong-password = La contraseña no es correcta.
account-sessions = Sesiones
account-sign-out-everywhere = Cerrar sesión en todos los dispositivos
account-calendar = Su calendario de reuniones
account-calendar-explain = Una dirección privada con las reuniones de los órganos en los que participa, para su programa de calendario. Crear una nueva dirección revoca la anterior.
account-calendar-make = Crear una dirección de calendario privada
account-calendar-revoke = Revocar la dirección
account-calendar-made-title = Su dirección de calendario privada
account-calendar-made = Añada esta dirección a su programa de calendario. Manténgala en privado; solo se muestra ahora: { $link }
account-back = Volver a su cuenta
field-display-name = Su nombre
field-email = Dirección de correo electrónico
field-password = Contraseña
field-password-hint = Al menos 10 caracteres.
field-new-password = Nueva contraseña
field-new-email = Nueva dirección de correo electrónico
form-error-prefix = Error:
form-error-summary = Hay un problema
mail-confirm-subject = Confirme su dirección para Concord
mail-confirm-body =
    Hola, { $name }:

    Confirme su dirección de correo electrónico abriendo este enlace en un plazo de 48 horas:

    { $link }

    Si no se ha registrado en Concord, no tenga en cuenta este mensaje.
mail-already-subject = Su cuenta de Concord
mail-already-body =
    Hola:

    Alguien ha intentado registrarse en Concord con esta dirección, que ya tiene una cuenta. Si ha sido usted, inicie sesión o elija una nueva contraseña aquí:

    { $link }

    Si no ha sido usted, no tenga en cuenta este mensaje.
mail-reset-subject = Elija una nueva contraseña para Concord
mail-reset-body =
    Hola, { $name }:

    Para elegir una nueva contraseña, abra este enlace en un plazo de 2 horas:

    { $link }

    Si no lo ha solicitado, no tenga en cuenta este mensaje: su contraseña seguirá siendo la misma.
mail-reminder-subject = Recordatorio: { $title }
mail-reminder-body =
    Hola, { $name }:

    Le recordamos la reunión { $title }, { $when }, { $venue }.

    El programa y los documentos están en la página de la reunión:

    { $link }
mail-change-subject = Confirme su nueva dirección para Concord
mail-change-body =
    Hola, { $name }:

    Para trasladar su cuenta de Concord a esta dirección, abra este enlace en un plazo de 48 horas:

    { $link }

    Si no lo ha solicitado, no tenga en cuenta este mensaje.

## Administración

admin-explain = Lo que puede gestionar depende de sus funciones; la secretaría de un órgano gestiona su composición.
admin-new-body = Nuevo órgano
admin-new-person = Nueva persona
admin-new-organization = Nueva organización
outbox-title = Bandeja de salida del correo
outbox-explain = Aquí se conservan todos los mensajes que envía Concord. Si no hay servidor de correo, los mensajes permanecen aquí y no se pierde nada.
outbox-empty = Todavía no hay ningún mensaje.
outbox-caption = Mensajes, del más reciente al más antiguo
col-written = Redactado
col-recipient = Destinatario
col-subject = Asunto
col-delivery = Entrega
outbox-sent = Enviado el { $date }
outbox-not-sent = No enviado
outbox-waiting = En espera

## Formularios

form-none = (ninguno)
form-create = Crear
form-save = Guardar
form-no-seat = (sin puesto)
field-body-name = Nombre
field-acronym = Sigla
field-acronym-hint = Única; por ejemplo, WGEC-2013: primero una letra y, a continuación, letras, cifras, puntos o guiones.
field-parent = Forma parte de
field-mandate-symbol = Mandato: signatura de la resolución
field-mandate-paragraph = Mandato: párrafo
field-mandate-text = Mandato: texto
field-mandate-lang = Idioma del texto del mandato
field-lang = Idioma del texto
field-lang-hint = Un código de idioma, como en, fr, es, ru, zh o ar.
field-reporting-target = Presenta informes a (en texto libre)
field-start-date = Fecha de inicio
field-end-date = Fecha de finalización
field-description = Descripción
field-lifecycle-to = Nueva situación
field-lifecycle-on = Fecha
field-lifecycle-note = Motivo, o decisión que dio lugar al cambio
field-quota-kind = Puestos para
field-designated-states = Estados designados
field-designated-states-hint = Códigos de país de dos letras separados por comas; por ejemplo, CH, TN.
field-quota-label = Etiqueta
field-quota-label-hint = Déjelo en blanco para utilizar el nombre del grupo.
field-quota-hard = Cuota estricta: rechazar miembros por encima del número de puestos
quota-kind-regional_group = Un grupo regional
quota-kind-stakeholder_group = Un grupo de partes interesadas
quota-kind-designated_states = Estados designados
field-state = Estado
field-person = Persona
field-nominated-by = Propuesto por
field-honorific = Tratamiento
field-sub-category = Subcategoría
admin-edit = Editar { $name }
admin-lifecycle = Ciclo de vida de { $name }
admin-new-seats = Nuevos puestos en { $name }
admin-new-membership = Nueva participación en { $name }
admin-edit-person = Editar persona
admin-edit-organization = Editar organización
action-edit-body = Editar los datos
action-lifecycle = Cambiar la situación
action-new-seats = Añadir puestos
action-new-membership = Añadir un miembro
action-new-sub-body = Crear un subgrupo
admin-edit-seats = Modificar puestos en { $name }
admin-edit-membership = Modificar una participación en { $name }
field-reason = Motivo del cambio
field-reason-hint = Se conserva en el historial, por ejemplo “fin del mandato”.
col-actions = Acciones
action-edit = Modificar
action-invite = Invitar a una persona a participar
admin-invite = Invitar a una persona a participar en { $name }
field-invite-person-hint = La persona del directorio en cuyo nombre actuará la cuenta.
form-send-invitation = Enviar la invitación
invitation-title = Invitación
invitation-explain = Se le invita a participar en Concord en nombre de una persona de su directorio. Al aceptar, su cuenta queda vinculada a esa persona y a sus funciones.
invitation-sign-in-first = Inicie sesión primero, o cree una cuenta, y vuelva a abrir este enlace.
invitation-accept = Aceptar la invitación
mail-invite-subject = Invitación a participar en { $body }
mail-invite-body =
    Hola:

    La secretaría le invita a participar en { $body } en Concord, en nombre de { $name }.

    Para aceptar, abra este enlace en un plazo de 14 días (cree antes una cuenta si no tiene una):

    { $link }

    Si no sabe de qué se trata, no tenga en cuenta este mensaje.

## Historial

audit-heading = Historial
audit-none = No se ha registrado ningún cambio.
audit-caption = Todos los cambios, del más reciente al más antiguo
col-when = Cuándo
col-who = Quién
col-what = Qué
audit-body-create = Órgano creado
audit-body-update = Datos modificados
audit-body-lifecycle = Situación modificada
audit-seat_quota-create = Puestos añadidos
audit-seat_quota-update = Puestos modificados
audit-membership-create = Participación añadida
audit-membership-update = Participación modificada

## Reuniones

meetings-heading = Reuniones
meetings-none = No se ha programado ninguna reunión.
meetings-caption = Reuniones de { $body }
meetings-feed = Suscribirse a las reuniones (iCalendar)
timeline-deadline = Plazo para presentar el informe
col-number = N.º
col-meeting = Reunión
meeting-additional = Adicional
action-new-meeting = Programar una reunión
admin-new-meeting = Nueva reunión de { $name }
admin-edit-meeting = Modificar una reunión de { $name }
field-meeting-number = Número
field-meeting-number-hint = 1 para la primera reunión, 2 para la segunda, y así sucesivamente; déjelo en blanco si se trata de una reunión adicional.
field-title = Título
field-starts-on = Primer día
field-ends-on = Último día
field-starts-at = Hora de apertura
field-ends-at = Hora de clausura
field-time-zone = Huso horario
field-time-zone-hint = El huso horario del lugar de la reunión, como Europe/Zurich o America/New_York.
field-room = Sala
field-modality = Modalidad de participación
field-remote-details = Participación a distancia: cómo conectarse
field-webcast = Enlace a la transmisión web
field-transcript = Enlace a la transcripción
meeting-state-planned = Prevista
meeting-state-announced = Anunciada
meeting-state-registration_open = Inscripción abierta
meeting-state-in_session = En sesión
meeting-state-closed = Clausurada
meeting-state-summary_published = Resumen publicado
meeting-state-cancelled = Cancelada
modality-in_person = Presencial
modality-online = En línea
modality-hybrid = Híbrida
audit-meeting-create = Reunión programada
audit-meeting-update = Reunión modificada
documents-heading = Documentos
documents-none = No hay documentos registrados.
documents-caption = Documentos de { $body }
col-symbol = Signatura
col-issued = Fecha de publicación
col-languages = Idiomas
tag-latest = última versión
tag-superseded = sustituido
action-new-document = Registrar un documento
admin-new-document = Nuevo documento de { $name }
field-symbol = Signatura
field-symbol-hint = Una signatura de documento de las Naciones Unidas, como E/CN.16/2014/CRP.2 o E/CN.16/2014/CRP.2/Rev.1.
field-document-type = Tipo
field-issued-on = Fecha de publicación
field-languages = Idiomas disponibles
field-languages-hint = Códigos de los idiomas oficiales, como en, fr, es.
field-url = Enlace al documento
document-type-agenda = Programa
document-type-secretariat_note = Nota de la secretaría
document-type-chairs_summary = Resumen de la Presidencia
document-type-contribution = Contribución
document-type-compilation = Recopilación
document-type-report = Informe
document-type-resolution = Resolución
document-type-other = Otro documento
audit-document-create = Documento registrado
agenda-heading = Programa
agenda-none = Todavía no hay temas.
agenda-state-provisional = Programa provisional
agenda-state-adopted = Aprobado
agenda-state-adopted_with_changes = Aprobado con modificaciones
agenda-add-item = Añadir un tema
agenda-adopt = Dejar constancia de la aprobación
field-item-number = Número del tema
field-sub-item = Subtema del tema anterior
field-item-document = Documento examinado (signatura, opcional)
agenda-item-document = Documentación
field-adoption = Aprobación
field-adoption-note = Cómo se aprobó
meeting-no-documents = No hay documentos registrados para esta reunión.
audit-meeting-agenda_item = Tema añadido al programa
audit-meeting-adopt_agenda = Programa aprobado
summary-heading = Resumen de la Presidencia
summary-none = Todavía no se ha publicado ningún resumen.
summary-write = El resumen de la Presidencia
summary-publish = Publicar el resumen
agenda-outcome = Resultado
agenda-record-outcome = Resultado del tema
audit-meeting-outcome = Resultado consignado
audit-meeting-summary = Resumen de la Presidencia publicado
registration-heading = Observadores
registration-cap = Plazas para observadores: { $count }.
registration-link = Inscribirse como observador
registration-not-open = La inscripción no está abierta.
registration-none-approved = Todavía no se ha admitido a ningún observador.
registration-by-group = Observadores admitidos por grupo de interesados
registration-by-region = Observadores admitidos por grupo regional de su país
registration-no-region = Sin grupo regional o sin país indicado
registration-observers = Observadores admitidos
field-observer-cap = Número máximo de observadores admitidos
registration-badges = Lista de acreditaciones (CSV)
registration-all = Todas las inscripciones
registration-attended = asistió
registration-approve = Aprobar
registration-decline = Rechazar
registration-mark-attended = Marcar asistencia
registration-mark-absent = Marcar ausencia
registration-title = Inscribirse en { $name }
registration-submit = Inscribirse
registration-done-title = Inscripción recibida
registration-pending = Se ha recibido su inscripción, que queda pendiente de la aprobación de la secretaría.
registration-waiting = Las plazas para observadores están ocupadas: usted figura en la lista de espera.
registration-back = Volver a la reunión
field-represents = Organización o Estado representado
field-registration-email-hint = Solo para la secretaría; no se publica.
registration-status-pending = Pendiente de aprobación
registration-status-approved = Aprobada
registration-status-waiting_list = Lista de espera
registration-status-declined = Rechazada

## Errores

error-not-found-title = Página no encontrada
error-not-found = No hay ninguna página en esta dirección. Es posible que se haya trasladado; los enlaces de arriba llevan a todo lo que publica Concord.
error-no-body = No existe ningún órgano con el identificador “{ $id }”.
error-no-person = No existe ninguna persona con el identificador “{ $id }”.
error-no-organization = No existe ninguna organización con el identificador “{ $id }”.
error-unknown-country = “{ $code }” no es un código de país conocido. Los países se identifican por su código ISO 3166-1 de dos letras, como CH o TN.
error-bad-address-title = No se puede leer esta dirección
error-internal-title = Se ha producido un error
error-internal = Se ha producido un error en nuestro sistema. El error ha quedado registrado; vuelva a intentarlo más tarde.
error-go-home = Ir a la página de inicio
error-see-bodies = Ver todos los órganos
error-forbidden-title = No autorizado
error-forbidden = Su cuenta no puede realizar esta acción aquí. Si considera que debería poder hacerlo, consulte a la secretaría del órgano.
error-csrf = Este formulario ha caducado o se envió desde otro sitio. Vuelva atrás, recargue la página y envíelo de nuevo.
error-bad-form = No se ha podido leer el formulario. Vuelva atrás, recargue la página y envíelo de nuevo.
error-code-invalid_date = “{ $value }” no es una fecha; escríbala en el formato YYYY-MM-DD, por ejemplo, 2013-05-30.
error-code-required = Este campo es obligatorio.
error-code-too_long = { $max ->
    [one] Como máximo { $max } carácter, no { $count }.
   *[other] Como máximo { $max } caracteres, no { $count }.
}
error-code-control_characters = Contiene caracteres de control invisibles.
error-code-invalid_email = No es una dirección de correo electrónico.
error-code-password_too_short = { $min ->
    [one] Utilice al menos { $min } carácter.
   *[other] Utilice al menos { $min } caracteres.
}
error-code-password_is_email = No utilice su dirección de correo electrónico como contraseña.
error-code-duplicate_email = Esta dirección ya tiene una cuenta.
error-code-token_invalid = Este enlace no es válido. Solicite uno nuevo.
error-code-token_used = Este enlace ya se ha utilizado. Solicite uno nuevo.
error-code-token_expired = Este enlace ha caducado. Solicite uno nuevo.
error-code-invalid_language = Utilice un código de idioma, como en, fr, ar, zh, ru o es.
error-code-unknown_value = Elija uno de los valores propuestos.
error-code-invalid_acronym = Una sigla empieza por una letra y solo contiene letras, cifras, puntos y guiones, como WGEC-2013.
error-code-ends_before_start = La fecha de finalización es anterior a la fecha de inicio.
error-code-deadline_before_start = El plazo para presentar el informe es anterior a la fecha de inicio del órgano.
error-code-duplicate_acronym = Otro órgano ya utiliza esta sigla; elija otra.
error-code-unknown_body = No existe ese órgano.
error-code-parent_loop = Un órgano no puede situarse bajo sí mismo ni bajo uno de sus subgrupos.
error-code-unknown_country = “{ $code }” no es un código de país conocido; utilice el código ISO 3166-1 de dos letras, como CH o TN.
error-code-out_of_range = El número de puestos debe estar entre 1 y 500.
error-code-holder_required = Indique el Estado, la organización o la persona que pasa a ser miembro.
error-code-observer_without_seat = Los observadores no ocupan puestos; deje el puesto en blanco.
error-code-quota_full = Todos los puestos de esta cuota están ocupados en estas fechas; ponga fin a una participación en curso o elija otras fechas.
error-code-not_eligible = Este miembro no puede ocupar un puesto de esta cuota: pertenece a otro grupo.
error-code-outside_body_dates = Esta fecha está fuera de las fechas del órgano.
error-code-unknown_quota = Este órgano no tiene esos puestos.
error-code-unknown_person = No existe esa persona.
error-code-unknown_organization = No existe esa organización.
error-code-wrong_group = Esta subcategoría pertenece a otro grupo de partes interesadas.
error-code-invalid_url = Una dirección web empieza por https:// o http://.
error-code-invalid_transition = El órgano no puede pasar a esta situación desde la situación en que se encuentra.
error-code-internal = Se ha producido un error en nuestro sistema.
error-code-invalid_time = “{ $value }” no es una hora; escríbala en el formato HH:MM, por ejemplo, 10:00.
error-code-unknown_time_zone = Este valor no es un huso horario; utilice un nombre como Europe/Zurich o America/New_York.
error-code-invalid_symbol = “{ $value }” no es una signatura de documento de las Naciones Unidas, como E/CN.16/2014/CRP.2.
error-code-duplicate_symbol = Ya hay un documento registrado con la signatura { $value }.
error-code-duplicate_item_number = El programa ya tiene un tema { $value }.
error-code-unknown_document = El registro del órgano no contiene ningún documento { $value }.
error-code-agenda_adopted = El programa ya está aprobado.
error-code-registration_closed = La inscripción para esta reunión no está abierta.
error-code-duplicate_registration = Esta dirección ya está inscrita en esta reunión.
error-code-over_cap = Todas las plazas para observadores de esta reunión están ocupadas.
error-code-seats_below_members = { $count } miembros ocupan al mismo tiempo puestos de esta cuota; ponga fin antes a algunas participaciones o haga la cuota indicativa.

## Tipos de órgano

body-type-commission = Comisión
body-type-working_group = Grupo de trabajo
body-type-correspondence_group = Grupo de correspondencia
body-type-ad_hoc_group = Grupo especial
body-type-breakout_group = Grupo de debate reducido
body-type-task_force = Equipo de tareas
body-type-advisory_group = Grupo consultivo
body-type-organ = Órgano principal o consejo

## Modos de adopción de decisiones

decision-rule-consensus = Consenso
decision-rule-majority = Votación por mayoría
decision-rule-chair_decides = Decide la Presidencia

## Apertura

openness-members_only = Solo miembros
openness-open_ended = De composición abierta
openness-open_to_all = Abierto a todos

## Ciclo de vida

lifecycle-mandated = Mandato aprobado
lifecycle-composition_consultation = Composición en consulta
lifecycle-established = Constituido
lifecycle-methods_agreed = Métodos de trabajo acordados
lifecycle-working = En funcionamiento
lifecycle-report_drafting = Redacción del informe en curso
lifecycle-concluded_agreed = Concluido con un informe acordado
lifecycle-concluded_without_consensus = Concluido sin consenso
lifecycle-transmitted = Informe transmitido
lifecycle-mandate_expired = Mandato vencido

## Funciones

role-chair = Presidencia
role-vice_chair = Vicepresidencia
role-member = Miembro
role-alternate = Suplente
role-observer = Observador
role-facilitator = Facilitador
role-focal_point = Coordinador
role-secretariat = Secretaría

## Grupos regionales

regional-group-AFR = Estados de África
regional-group-APG = Estados de Asia y el Pacífico
regional-group-EEG = Estados de Europa Oriental
regional-group-GRULAC = Estados de América Latina y el Caribe
regional-group-WEOG = Estados de Europa Occidental y otros Estados

## Grupos de partes interesadas

stakeholder-group-government = Gobiernos
stakeholder-group-private_sector = Sector privado
stakeholder-group-civil_society = Sociedad civil
stakeholder-group-technical_academic = Comunidad técnica y académica
stakeholder-group-intergovernmental = Organizaciones intergubernamentales e internacionales

## Carácter consultivo ante el ECOSOC

ecosoc-none = Sin carácter consultivo
ecosoc-general = Carácter consultivo general
ecosoc-special = Carácter consultivo especial
ecosoc-roster = Inclusión en la Lista

## Subcategorías de partes interesadas

subcategory-national_government = Gobierno nacional o ministerio
subcategory-permanent_mission = Misión permanente
subcategory-regulator = Autoridad reguladora
subcategory-subnational_government = Autoridad regional o local
subcategory-company = Empresa
subcategory-business_association = Asociación empresarial o sectorial
subcategory-chamber_of_commerce = Cámara de comercio
subcategory-ngo = Organización no gubernamental
subcategory-network_or_coalition = Red o coalición
subcategory-foundation = Fundación
subcategory-trade_union = Sindicato
subcategory-individual = Particular
subcategory-technical_organization = Organización técnica de Internet
subcategory-academic_institution = Universidad o instituto de investigación
subcategory-individual_expert = Experto a título individual
subcategory-un_system = Entidad del sistema de las Naciones Unidas
subcategory-intergovernmental = Otra organización intergubernamental
subcategory-international_organization = Organización internacional

# Document files, following, members at meetings.
language-ar = árabe
language-zh = chino
language-en = inglés
language-fr = francés
language-ru = ruso
language-es = español
size-bytes = { $count } bytes
size-kb = { $count } KB
size-mb = { $count } MB
error-no-document = No existe ningún documento con el identificador «{ $id }».
error-no-file = No existe ningún archivo con el identificador «{ $id }».
error-no-membership = No existe ninguna condición de miembro con el identificador «{ $id }».
document-following = Usted sigue este documento: recibirá un correo electrónico cuando se publique una nueva versión.
document-follow = Seguir este documento
document-unfollow = Dejar de seguir
document-follow-sign-in = Inicie sesión para seguir este documento y enterarse de sus revisiones.
document-versions-heading = Versiones y archivos
files-none = No hay ningún archivo adjunto a esta versión.
files-caption = Archivos de { $symbol }
col-language = Idioma
col-file = Archivo
col-size = Tamaño
col-sha256 = SHA-256
files-upload = Adjuntar un archivo a { $symbol }
field-file = Archivo
field-file-hint = PDF, Word (DOCX) u OpenDocument (ODT), hasta 20 MB. El tipo se lee del contenido, no del nombre.
files-submit = Adjuntar el archivo
audit-document-attach_file = Archivo adjuntado
audit-meeting-register_member = Miembro inscrito
audit-meeting-member_attendance = Asistencia registrada
error-code-file_empty = El archivo está vacío.
error-code-file_too_large = El archivo supera los { $limit } MB.
error-code-file_type_unknown = El archivo no es un documento PDF, Word (DOCX) ni OpenDocument (ODT).
error-code-file_type_mismatch = El archivo tiene la extensión .{ $claimed } pero su contenido es un documento { $kind }.
error-code-language_not_issued = El documento no se ha publicado en este idioma; añada primero el idioma al documento.
error-code-meeting_over = Esta reunión ha terminado; sus participantes ya no pueden cambiar.
error-code-not_a_member = Solo los miembros en funciones el día de la reunión se inscriben como miembros.
error-code-not_registered = Este miembro no está inscrito en la reunión.
roster-heading = Miembros
roster-none = Ningún miembro está en funciones el día de esta reunión.
roster-caption = Miembros en funciones el día de la reunión y sus delegaciones
col-group = Grupo
col-delegation = Delegación
col-attendance = Asistencia
roster-delegation-of = Delegación de { $member }
roster-register = Inscribir
roster-not-registered = No inscrito
mail-revised-subject = Nueva versión de { $base }: { $symbol }
mail-revised-body =
    Hola, { $name }:

    Se ha publicado una nueva versión de un documento que usted sigue: { $symbol }, { $title }.

    Todas sus versiones y archivos están en su página:

    { $link }

# Topics of a body's work.
topics-heading = Temas
topics-none = Todavía no se ha propuesto ningún tema.
topics-caption = Temas de la labor de { $body }
col-decision = Decisión
topic-propose = Proponer un tema
topic-new = Nuevo tema para { $name }
topic-decide = Registrar la decisión
topic-decide-title = Decisión sobre «{ $title }»
topic-decision = { $date }, { $meeting }: { $basis } (registrado por { $by })
topic-decision-outside-meeting = { $date }: { $basis } (registrado por { $by })
topic-state-proposed = Propuesto
topic-state-agreed = Acordado
topic-state-not_retained = No retenido
field-decision = Decisión
field-decided-on = Fecha de la decisión
field-basis = Fundamento de la decisión
field-item-topic = Tema examinado
agenda-item-topic = tema
error-no-topic = No existe ningún tema con el identificador «{ $id }».
error-code-topic_decided = El órgano ya se ha pronunciado sobre este tema.
audit-topic-create = Tema propuesto
audit-topic-decide = Decisión sobre un tema registrada

# Calls for input, responses and receipts.
calls-heading = Convocatorias de contribuciones
call-create = Nueva convocatoria de contribuciones
calls-none = No hay ninguna convocatoria de contribuciones.
calls-caption = Convocatorias de contribuciones de { $body }
call-deadline = Plazo
call-state-draft = Borrador
call-state-open = Abierta
call-state-closed = Cerrada
call-state-compiled = Compilada
call-move-open = Abrir la convocatoria
call-move-closed = Cerrar la convocatoria
call-move-compiled = Marcar las respuestas como compiladas
call-move-label = Cambiar el estado de la convocatoria
audience-confirmed_email = Cualquier persona con una dirección de correo electrónico confirmada
audience-signed_in = Usuarios que han iniciado sesión
audience-members = Solo los miembros del órgano
publication-with_consent = Se publican si el encuestado lo consiente; en caso contrario, solo se contabilizan
publication-aggregate_only = Solo se utilizan de forma agregada
question-kind-free_text = Texto libre
question-kind-single_choice = Opción única
question-kind-multiple_choice = Opción múltiple
field-opens-on = Fecha de apertura
field-closes-on = Fecha de cierre
field-closes-time = Hora de cierre
field-closes-time-hint = En el huso horario de la convocatoria; 23:59 si se deja en blanco.
field-audience = Quién puede responder
field-consent-text = Consentimiento
field-publication = Publicación
call-new = Nueva convocatoria de contribuciones de { $name }
error-no-call = No existe ninguna convocatoria de contribuciones con el identificador «{ $id }».
error-no-response = No existe ninguna respuesta con la referencia «{ $id }».
call-extensions = Prórrogas del plazo
call-extension = Prorrogado hasta el { $to } (antes, { $from }): { $reason }
call-answer = Responder a esta convocatoria
call-extend = Prorrogar el plazo
call-extend-title = Prorrogar el plazo de «{ $title }»
question-add = Añadir una pregunta
question-new = Nueva pregunta para «{ $title }»
questions-heading = Preguntas
questions-none = Todavía no hay ninguna pregunta.
question-word-limit = { $count } palabras como máximo
question-required = obligatoria
field-question-label = Número
field-question-label-hint = Tal como figura impreso: 2, o 2 a) para una subparte.
field-question-text = Texto literal de la pregunta
field-question-kind = Forma de respuesta
field-options = Opciones
field-options-hint = Para una pregunta de opción: una opción por línea.
field-word-limit = Límite de palabras
field-required = La respuesta es obligatoria
field-analytic-group = Grupo analítico
field-analytic-group-hint = Las preguntas de un mismo grupo se analizan conjuntamente, por ejemplo, «Grupo 1».
respondent-kind-person = Una persona
respondent-kind-organization = Una organización
respondent-kind-government = Un Gobierno
respond-title = Su respuesta
respond-deadline = Se aceptan respuestas hasta el { $deadline }. Hasta entonces, puede guardar un borrador y modificar su respuesta; se conservan todas las versiones que presente.
respond-draft-saved = Su borrador se ha guardado. Todavía no se ha presentado.
respond-submitted = Se ha presentado la versión { $version } de la respuesta { $reference }.
respond-receipts = Ver los acuses de recibo
respond-who = Quién responde
field-respondent-kind = Responde en calidad de
field-respondent-name = Nombre
field-respondent-name-hint = Su nombre, o el de la organización o el Gobierno en cuyo nombre responde.
field-country-hint = Código de dos letras, como BR o KE.
field-response-lang = Idioma de su respuesta
respond-consent = Consentimiento
field-consent-publish = Acepto que esta respuesta se publique.
field-consent-cite = Acepto que se me cite individualmente.
respond-versions-kept = Al presentar su respuesta, recibirá un acuse de recibo con un número de referencia y una huella digital (SHA-256) del contenido exacto recibido.
respond-submit = Presentar
respond-save-draft = Guardar como borrador
receipt-title = Acuse de recibo de la respuesta
receipt-lead = Su respuesta se ha recibido y registrado. Conserve este acuse de recibo: su huella digital le permite demostrar lo que envió.
receipt-caption = Versiones recibidas de la respuesta { $reference }
col-version = Versión
col-received = Recibida (UTC)
col-ledger-entry = Asiento del registro
receipt-verify = Cualquier persona puede cotejar un acuse de recibo con el registro público:
receipt-ledger = Descargar el registro público (líneas JSON)
receipt-edit = Modificar la respuesta (una nueva versión, con un nuevo acuse de recibo)
mail-receipt-subject = Acuse de recibo { $reference }: { $title }
mail-receipt-body =
    Hola, { $name }:

    Se ha recibido su respuesta a «{ $title }».

    Referencia: { $reference }
    Versión: { $version }
    SHA-256 del contenido recibido: { $hash }

    El acuse de recibo y el registro público en el que consta:

    { $link }
error-code-call_not_draft = Las preguntas se definen mientras la convocatoria está en borrador, y ya no lo está.
error-code-call_without_questions = Una convocatoria solo puede abrirse si tiene al menos una pregunta.
error-code-call_closed = Esta convocatoria no admite respuestas en este momento: no está abierta o su plazo ha vencido.
error-code-answer_required = Esta pregunta requiere una respuesta.
error-code-over_word_limit = Esta respuesta tiene { $words } palabras; el límite es de { $limit }.
error-code-too_few_options = Una pregunta de opción necesita al menos dos opciones, una por línea.
error-code-not_later = Una prórroga debe fijar un plazo posterior al vigente.
audit-call-create = Convocatoria de contribuciones creada
audit-call-question = Pregunta añadida
audit-call-state = Cambio de estado de la convocatoria
audit-call-extend = Plazo prorrogado
error-bad-encoding = El formulario contiene texto que no es UTF-8 válido. No se ha guardado nada; envíelo de nuevo desde la página.

# Publication and review of responses.
responses-heading = Respuestas
responses-counts = Recuento de respuestas
responses-received = Recibidas
responses-published = Publicadas
responses-withheld = No publicadas (sin consentimiento para su publicación, o utilizadas solo de forma agregada)
responses-hidden = Ocultadas por la moderación
responses-none = No hay ninguna respuesta que mostrar.
responses-all = Todas las respuestas recibidas
responses-published-list = Respuestas publicadas
responses-by-question = Respuestas por pregunta
response-anonymous = Un encuestado ({ $group }, { $country })
response-withheld = no publicado
response-hidden-because = Ocultada: { $reason }
col-reference = Referencia
col-respondent = Encuestado
channel-heading = Medio de recepción
channel-web = Formulario en línea
channel-email = Correo electrónico
channel-paper = En papel
channel-import = Importación
errata-heading = Fe de erratas
erratum = Respuesta { $reference }, { $date }: corrección del campo { $field }, de «{ $before }» a «{ $after }». Motivo: { $reason }
corrected-field-name = nombre
corrected-field-organization = organización
corrected-field-stakeholder_group = grupo de partes interesadas
corrected-field-sub_category = subcategoría
corrected-field-country = país
response-title = Respuesta
response-answers = Respuestas a las preguntas
response-review = Examen por la secretaría
response-correct = Corregir la atribución o la categoría
field-corrected = Qué se corrige
field-corrected-value = Valor correcto
field-corrected-value-hint = Un nombre, un código de grupo de partes interesadas (como civil_society), un código de subcategoría o un código de país de dos letras.
response-hide = Ocultar esta respuesta
response-show = Volver a mostrar esta respuesta
question-answers-count = Respuestas publicadas: { $count }.
question-answers-withheld = Otras respuestas contabilizadas pero no publicadas: { $count }.
error-code-unchanged = El nuevo valor es igual al anterior.
audit-response-correct = Respuesta corregida (fe de erratas)
audit-response-hide = Respuesta ocultada
audit-response-show = Respuesta mostrada de nuevo
record-title = Registrar una respuesta recibida por correo electrónico o en papel
record-lead = La respuesta se registra tal como se recibió, con el original adjunto, y entra en el registro como cualquier otra; usted obtiene su acuse de recibo para reenviarlo.
record-how = Forma de recepción
field-received-on = Recibida el
field-sender-email = Correo electrónico del remitente
field-sender-email-hint = Opcional: dirección a la que enviar el acuse de recibo.
field-original = El original tal como se recibió
record-submit = Registrar la respuesta
response-files = Archivos recibidos
audit-call-record_response = Respuesta registrada por la secretaría
respond-attachments = Archivos
respond-add-files = Adjuntar archivos (cada uno formará parte de las versiones que envíe a partir de ahora)
error-code-too_many_files = Una respuesta lleva como máximo { $limit } archivos.

# Importing responses.
import-title = Importar respuestas desde un archivo
import-lead = Cargue un archivo CSV o JSON con respuestas recibidas por otras vías. Primero se comprueban todas las filas: si alguna fila presenta un problema, no se importa nada y se enumeran todos los problemas.
import-file = Archivo CSV o JSON
import-file-hint = CSV: una fila de encabezado con kind, name, stakeholder_group, country, lang, consent_publish, consent_cite, email, received_on, y una columna por pregunta encabezada por su número, como 2 a). JSON: una matriz de objetos con las mismas claves y las respuestas en «answers».
import-check = Comprobar el archivo
import-problems = Problemas detectados: { $count }. No se ha importado nada.
import-problems-caption = Problemas, fila por fila
import-whole-file = El archivo
import-preview = Todas las filas han superado las comprobaciones. Respuestas listas para importar: { $count }.
import-confirm = Importar las respuestas ({ $count })
import-preview-caption = Lo que se importará
col-row = Fila
col-answers = Respuestas a las preguntas
col-field = Campo
col-problem = Problema
error-code-import_format = Cargue un archivo .csv o .json.
error-code-invalid_flag = Escriba «yes» o «no».
error-code-broken_row = No se puede leer esta fila: no tiene tantas columnas como el encabezado.
error-code-unreadable_file = El archivo no se puede leer como CSV con una fila de encabezado ni como matriz JSON de respuestas.
error-code-invalid_encoding = El archivo no es un texto UTF-8 válido.
error-code-empty_file = El archivo no contiene ninguna respuesta.
error-code-too_many_rows = Un lote puede contener como máximo 10.000 respuestas.
error-code-already_imported = Este lote ya se ha importado.
audit-call-import = Respuestas importadas desde un archivo

# Joint submissions.
field-signatories = Cofirmantes de una respuesta conjunta
field-signatories-hint = Un cofirmante por línea, por ejemplo: Ana Silva <ana@example.org> o Ana Silva, Instituto Nupef <ana@example.org>. Se pedirá a cada uno que confirme su firma por correo electrónico.
signatories-heading = Cofirmantes
signatory-confirmed = firma confirmada
signatory-waiting = pendiente de confirmación
signature-title = Confirmar su firma
signature-lead = { $name }, figura usted como cofirmante de la respuesta { $reference } a «{ $title }».
signature-confirm = Confirmo que firmo esta respuesta
signature-confirmed = Su firma ha quedado confirmada. Gracias.
error-signature-token = Este enlace de confirmación no es válido. Utilice el enlace del correo electrónico más reciente.
error-code-invalid_signatory = Línea { $line }: escriba un nombre y una dirección, por ejemplo, Ana Silva <ana@example.org>.
error-code-too_many_signatories = Una respuesta puede incluir como máximo { $limit } cofirmantes.
audit-response-confirm_signature = Firma conjunta confirmada
mail-signature-subject = Confirme su firma: { $title }
mail-signature-body =
    Hola, { $name }:

    { $respondent } ha presentado la respuesta { $reference } a «{ $title }» y ha incluido su nombre entre los cofirmantes.

    Para confirmar que firma esta respuesta, abra este enlace y pulse el botón:

    { $link }

    Si no accedió a firmarla, haga caso omiso de este mensaje: su nombre no figurará entre las firmas confirmadas.
error-busy-title = Momentáneamente sobrecargado
error-busy = Concord recibe en este momento más de lo que puede guardar. No se ha guardado nada: espere un segundo y vuelva a enviar el formulario.
error-unavailable-title = No disponible por un momento
error-unavailable = No se puede acceder a la base de datos o no puede escribir en este momento. No se ha modificado nada: vuelva a intentarlo en unos segundos.
error-too-many-title = Demasiadas solicitudes
error-too-many = Ha realizado esta solicitud demasiadas veces. Vuelva a intentarlo dentro de { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
}.

## Textos de negociación
texts-heading = Textos de negociación
texts-none = Todavía no hay ningún texto de negociación.
texts-caption = Textos de negociación de { $body }
text-new-link = Crear un texto de negociación
text-new = Nuevo texto de negociación de { $name }
text-create = Crear el texto
field-kind = Tipo de texto
field-notation = El texto, en la notación de redacción
field-notation-help = Un párrafo por bloque, con los bloques separados por una línea en blanco: “OP5 bis. Texto”, o “OP6.” seguido de las líneas “Alt 1: …”, “Alt 2: …”. Los corchetes encierran el texto aún no acordado; justo después de un corchete, unas llaves indican quién lo propuso, cuándo y por qué: [texto]{"{"}UE; 2017-09-26; motivo{"}"}. Un encabezado comienza con “## ”.
field-note = Cambios introducidos
text-kind-zero_draft = Borrador cero
text-kind-non_paper = Documento oficioso
text-kind-compilation = Compilación
text-kind-chairs_text = Texto del Presidente
text-kind-facilitators_text = Texto del facilitador
text-kind-rolling = Texto evolutivo
text-kind-final = Texto final
text-version = Versión { $version }
text-state-caption = Estado del texto (versión { $version })
text-state-paragraphs = Párrafos
text-state-clean = Párrafos sin corchetes
text-state-open = Párrafos con corchetes o alternativas
text-state-brackets = Corchetes
text-edit = Modificar el texto
text-edit-title = Modificar “{ $title }”
text-save = Guardar una nueva versión
text-versions = Todas las versiones
text-versions-title = Versiones de “{ $title }”
text-versions-caption = Todas las versiones de “{ $title }”, de la más antigua a la más reciente
text-download = Descargar el texto (texto sin formato, notación de redacción)
text-compare = Comparar con la versión anterior
text-compare-title = “{ $title }”: versión { $from } comparada con la versión { $to }
text-compare-none = Las dos versiones son idénticas.
text-compare-added = Párrafo añadido
text-compare-removed = Párrafo suprimido
text-stale = Otra persona guardó la versión { $current } mientras usted modificaba la versión { $base }. No ha perdido nada: su texto figura a continuación. Compárelo con la versión { $current }, incorpore lo que necesite y vuelva a guardarlo.
text-stale-changes = Cambios introducidos por la versión { $current } respecto de la versión { $base }
text-alternative = Alt { $number }:
bracket-open = inicio del texto entre corchetes propuesto por { $sponsor }
bracket-open-unattributed = inicio del texto entre corchetes
bracket-close = fin del texto entre corchetes
bracket-reason = Propuesto por { $sponsor }: { $reason }
diff-deleted = suprimido:
diff-inserted = insertado:
diff-end = fin del cambio
col-version-number = Versión
col-saved-by = Guardada por
col-saved-at = Guardada el
col-note = Cambios introducidos
error-no-text = No existe ningún texto de negociación con el identificador “{ $id }”.
error-no-version = Este texto no tiene ninguna versión { $id }.
audit-text-create = Texto de negociación creado
audit-text-revise = Nueva versión de un texto de negociación guardada
error-code-unclosed_bracket = Línea { $line }, carácter { $column }: este [ nunca se cierra.
error-code-unopened_bracket = Línea { $line }, carácter { $column }: este ] no cierra ningún corchete (escriba \] para obtener el propio carácter).
error-code-bad_annotation = Línea { $line }, carácter { $column }: las llaves que siguen a un corchete contienen como máximo tres elementos, {"{"}autor; fecha; motivo{"}"}, y deben cerrarse.
error-code-bad_date = Línea { $line }, carácter { $column }: la fecha entre llaves debe tener la forma 2017-09-26.
error-code-stray_brace = Línea { $line }, carácter { $column }: una llave debe ir inmediatamente después de un corchete de cierre (escriba \{"{"} o \{"}"} para obtener el propio carácter).
error-code-alternative_out_of_order = Línea { $line }: las alternativas se numeran por orden, Alt 1, Alt 2…
error-code-alternatives_with_text = Línea { $line }: un párrafo tiene o bien texto después de su número o bien alternativas, pero no ambas cosas.
error-code-empty_paragraph = Línea { $line }: este párrafo no tiene texto.
error-code-too_deep = Línea { $line }, carácter { $column }: los corchetes se anidan como máximo en 32 niveles.
error-code-empty_alternative = Línea { $line }: esta alternativa no tiene texto.
error-code-unstable_notation = Este texto no puede guardarse tal como está escrito; revise sus corchetes y alternativas.
error-code-duplicate_number = Línea { $line }: dos párrafos tienen el mismo número.
error-code-text_outside_paragraph = Línea { $line }: este texto no pertenece a ningún párrafo; comiéncelo con un número como OP1.
error-code-bad_number = Línea { $line }: no es un número de párrafo como OP5, PP3 u OP5 bis.
error-code-empty_heading = Línea { $line }: este encabezado no tiene texto.
error-code-text_before_alternative = Línea { $line }: las alternativas comienzan con “Alt 1:”.
error-code-stale_version = Otra persona guardó la versión { $current } después de la versión { $base }, que usted estaba modificando.

## De los corchetes a la decisión
paragraph-status-open = En negociación
paragraph-status-ad_ref = Acordado ad referendum
paragraph-status-agreed_pending = Acordado a reserva de confirmación
paragraph-status-agreed = Acordado
paragraph-status-closed = Cerrado
stance-support = Apoyo
stance-can_live = Puede aceptarlo
stance-reservation = Reserva
stance-objection = Objeción formal
text-outcome-adopted = Así queda acordado
text-outcome-no_consensus = No hay consenso
text-method-declared = declarado por la Presidencia
text-method-silence = al término de un procedimiento de acuerdo tácito
silence-state-running = Procedimiento de acuerdo tácito en curso
silence-state-broken = Silencio roto
silence-state-passed = Silencio no roto
silence-running = La versión { $version } de este texto está sometida al procedimiento de acuerdo tácito hasta el { $deadline }. Cualquier objeción formal que presente un miembro antes de esa fecha rompe el silencio.
silence-deadline = hasta el { $deadline }, sobre la versión { $version }
silence-broken-by = roto por { $holder }
text-status-pending = confirmación pendiente: { $delegation }
text-on-version = versión { $version }
text-body-heading = El texto
text-chart-bar = Versión { $version }: de { $paragraphs } párrafos, { $agreed } acordados, { $adref } acordados ad referendum o a reserva de confirmación y { $bracketed } con corchetes o alternativas.
text-chart-reading = La lectura { $number } ({ $title }) comenzó a partir de esta versión.
text-chart-title = Avance del texto hacia el acuerdo, versión por versión
text-chart-other = Sin corchetes, aún no acordados
text-sections-caption = Estado de cada sección
text-section = Sección
text-section-untitled = Antes del primer encabezado
text-state-agreed = Acordados o cerrados
text-state-ad-ref = Acordados ad referendum o a reserva de confirmación
text-whole = El texto en su conjunto
text-group-none = No indicado
text-positions = Posiciones
text-positions-by-group = Posiciones por grupo regional y grupo de partes interesadas
text-status-heading = Hacer avanzar un párrafo hacia el acuerdo
text-status-save = Registrar el estado
text-position-save = Registrar la posición
text-decision-heading = Decisión
text-no-decision = Todavía no se ha registrado ninguna decisión.
text-decision-save = Registrar la decisión
text-silence-start = Someter al procedimiento de acuerdo tácito
field-paragraph = Párrafo
field-status = Estado
field-pending = Delegación cuya confirmación se espera (para “Acordado a reserva de confirmación”)
field-seat = Puesto
field-stance = Posición
field-outcome = Resultado
field-silence-deadline = Fin del procedimiento de acuerdo tácito (UTC)
field-silence-deadline-help = Al menos 72 horas a partir de ahora. Se informa a los miembros por correo electrónico; cualquier objeción formal presentada antes de esa fecha rompe el silencio y, al vencer el plazo, el texto queda aprobado automáticamente.
text-positions-title = Posiciones sobre “{ $title }”
text-positions-observers = Las posiciones de los observadores se registran, pero no pueden impedir el consenso.
text-positions-none = Todavía no se ha expresado ninguna posición.
text-positions-by-region = Por grupo regional
text-positions-by-stakeholder = Por grupo de partes interesadas
text-positions-list = Todas las posiciones vigentes
field-regional-group = Grupo regional
field-stakeholder-group = Grupo de partes interesadas
text-recorded = Registrada
text-observer-cannot-block = observador: no puede bloquear
mail-silence-subject = Procedimiento de acuerdo tácito hasta el { $deadline }: { $title }
mail-silence-body = Hola, { $name }:

    La versión { $version } de “{ $title }” se ha sometido al procedimiento de acuerdo tácito hasta el { $deadline }.

    Si su delegación no tiene objeciones, no es necesario hacer nada: al vencer el plazo, el texto quedará aprobado. Cualquier objeción formal registrada antes de esa fecha rompe el silencio.

    Lea el texto y registre una posición: { $link }
mail-silence-passed-subject = Aprobado mediante el procedimiento de acuerdo tácito: { $title }
mail-silence-passed-body = Hola, { $name }:

    No se rompió el silencio: la versión { $version } de “{ $title }” queda aprobada a partir del { $deadline }.

    { $link }
error-code-no_such_paragraph = El texto no tiene ningún párrafo { $paragraph }.
error-code-status_unchanged = El párrafo ya tiene este estado.
error-code-reopen_reason_required = Indique por qué se reabre el párrafo.
error-code-status_backwards = Para volver atrás, reabra primero el párrafo indicando un motivo.
error-code-paragraph_bracketed = No se puede acordar un párrafo con corchetes o alternativas; resuélvalos primero en el texto.
error-code-close_unagreed = Solo se puede cerrar un párrafo acordado.
error-code-pending_required = Indique la delegación cuya confirmación se espera.
error-code-position_reason_required = Indique el motivo de la reserva o de la objeción formal.
error-code-text_still_bracketed = Los siguientes párrafos aún tienen corchetes o alternativas: { $paragraphs }.
error-code-formal_objection_stands = Se mantiene una objeción formal: { $holders }.
error-code-silence_too_short = Un procedimiento de acuerdo tácito dura al menos { $hours } horas.
error-code-text_adopted = El texto ha sido aprobado; ya no puede modificarse.
error-code-under_silence = El texto está sometido al procedimiento de acuerdo tácito; no puede modificarse hasta que este concluya.
error-code-seat_not_of_body = Este puesto no pertenece al órgano.
error-code-secretariat_takes_no_position = La secretaría presta servicios al órgano y no adopta posiciones.
error-code-paragraph_agreed = El párrafo { $paragraph } está acordado; reábralo, indicando un motivo, antes de modificar su redacción.
error-code-invalid_datetime = Indique una fecha y una hora, por ejemplo, 2017-01-24 18:00.
audit-text-paragraph-status = Estado de un párrafo registrado
audit-text-position = Posición registrada
audit-text-decide = Decisión registrada
audit-text-silence-start = Texto sometido al procedimiento de acuerdo tácito
audit-text-silence-broken = Silencio roto
audit-text-silence-passed = Silencio no roto: texto aprobado

## Enmiendas
text-amendments = Enmiendas
amendments-title = Enmiendas a “{ $title }”
amendments-count = { $count ->
    [0] Todavía no se ha propuesto ninguna enmienda.
    [one] Una enmienda, agrupada por párrafo.
   *[other] { $count } enmiendas, agrupadas por párrafo.
}
amendment-kind-insert = Nuevo párrafo a continuación de este
amendment-kind-delete = Supresión
amendment-kind-replace = Sustitución
amendment-handling-incorporated = Incorporada
amendment-handling-bracketed = Puesta entre corchetes
amendment-handling-merged = Fusionada
amendment-handling-not_retained = No retenida
amendment-handling-pending = La Presidencia aún no se ha pronunciado al respecto.
amendment-co-sponsors = Copatrocinada por { $names }
amendment-reason = Motivo: { $reason }
amendment-proposed-on = Propuesta sobre la
amendment-handle = Registrar el tratamiento
amendment-propose-heading = Proponer una enmienda
amendment-propose = Proponer la enmienda
field-handling = Tratamiento
field-amendment-kind = Tipo de enmienda
field-proposed = Redacción propuesta
field-proposed-help = La nueva redacción del párrafo, o la del nuevo párrafo; déjelo en blanco si se trata de una supresión. Pueden utilizarse corchetes como en la notación de redacción.
field-co-sponsors = Copatrocinadores
error-no-amendment = No existe ninguna enmienda con el identificador “{ $id }”.
error-code-deletion_has_no_words = Una supresión no propone ninguna redacción; elija en su lugar una sustitución.
error-code-handling_reason_required = Indique por qué no se retuvo la enmienda o con qué se fusionó.
audit-text-amendment = Enmienda propuesta
audit-text-amendment-handling = Tratamiento de una enmienda registrado

## Lecturas y observaciones
text-comments = Observaciones
readings-heading = Lecturas
readings-none = Todavía no se ha abierto ninguna lectura.
reading = Lectura
reading-version = Versión examinada
reading-taken-up = Examinada en
reading-window = Plazo de observaciones
reading-comments = Observaciones
reading-nowhere = Ninguna reunión en particular
reading-agenda-item = { $meeting }, tema { $number }: { $title }
reading-open = Abrir la lectura
field-comments-open = Primer día de observaciones
field-comments-close = Último día de observaciones
field-comment-visibility = Quién lee las observaciones
comment-visibility-public = Públicas
comment-visibility-members = Solo miembros
comments-title = Observaciones sobre “{ $title }”
comments-none = Todavía no se ha formulado ninguna observación.
comments-closed = Hoy no hay ningún plazo de observaciones abierto.
comments-members-only = El plazo de observaciones abierto actualmente está reservado a los miembros del órgano.
comments-sign-in = Inicie sesión con una cuenta confirmada para formular observaciones.
comments-open = Plazo de observaciones abierto ({ $title }) hasta el { $until }.
comment-add-heading = Observación
comment-add = Enviar la observación
field-comment = Su observación
field-hide-reason = Motivo de la ocultación
comment-hide = Ocultar
comment-hidden = Ocultada por { $by } el { $at }: { $reason }
error-no-comment = No existe ninguna observación con el identificador “{ $id }”.
error-code-window_ends_before_start = El plazo de observaciones termina antes de abrirse.
error-code-window_incomplete = Indique tanto el primer día como el último día de observaciones, o ninguno de los dos.
error-code-meeting_of_another_body = La reunión no pertenece al órgano.
error-code-comments_closed = Hoy no hay ningún plazo de observaciones abierto para este texto.
audit-text-reading = Lectura abierta
audit-text-comment = Observación formulada
audit-text-comment-hide = Observación ocultada

## Mapas de opiniones
opinion-heading = Mapas de opiniones
opinion-new-link = Abrir un mapa de opiniones
opinion-none = Todavía no hay ningún mapa de opiniones.
opinion-new = Nuevo mapa de opiniones de { $name }
opinion-create = Abrir el mapa de opiniones
field-question = La pregunta planteada a los participantes
opinion-totals = { $participants } participantes, { $votes } votos emitidos, { $statements } afirmaciones.
opinion-map-heading = El mapa
opinion-map-title = Participantes situados según cómo votaron, coloreados por grupo
opinion-map-summary = { $participants } participantes votaron sobre suficientes afirmaciones para figurar en el mapa; se reparten en { $groups } grupos ({ $sizes }).
opinion-map-too-few = Todavía no hay suficientes votos para trazar el mapa.
opinion-group = Grupo { $letter }
opinion-members = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}
opinion-agreed = El { $percent }% del grupo está de acuerdo
opinion-disagreed = El { $percent }% del grupo está en desacuerdo
opinion-percent = { $percent }%
opinion-nothing-distinctive = Todavía no hay nada que distinga a este grupo de los demás.
opinion-bridging = En qué están de acuerdo todos los grupos
opinion-bridging-help = Afirmaciones ordenadas según el consenso que tiene en cuenta los grupos: el producto, para el conjunto de los grupos, de la probabilidad de que cada grupo esté de acuerdo. Un texto que tienda puentes entre los grupos puede partir de aquí.
opinion-by-stakeholder = Grado de acuerdo por grupo de partes interesadas declarado (las 20 afirmaciones en las que más difieren los grupos, en ese orden)
opinion-by-region = Grado de acuerdo por grupo regional declarado (las 20 afirmaciones en las que más difieren los grupos regionales, en ese orden)
opinion-statement = Afirmación
opinion-divergence = Divergencia
opinion-export-help = en el formato de exportación de Pol.is.
opinion-statements-heading = Afirmaciones
opinion-no-statements = Todavía no hay ninguna afirmación.
opinion-counts = de acuerdo: { $agree }, en desacuerdo: { $disagree }, sin opinión: { $pass }
opinion-about-you = Sobre usted (opcional): se contabiliza por grupo y nunca se muestra con su nombre
opinion-not-said = No indicado
opinion-unmoderated = aún no revisada por los moderadores
opinion-agree = De acuerdo
opinion-disagree = En desacuerdo
opinion-pass = Pasar / sin opinión
opinion-vote = Guardar mis votos
opinion-sign-in = Inicie sesión con una cuenta confirmada para votar y redactar afirmaciones.
opinion-moderation = Moderación
opinion-rejected = Rechazada
opinion-accept = Aceptar
opinion-reject = Rechazar
opinion-moderate = Registrar
field-moderation = Decisión
field-statement = Una nueva afirmación
field-statement-help = Una sola idea, en una o dos oraciones, con la que los demás puedan estar de acuerdo o en desacuerdo (500 caracteres como máximo).
opinion-add-statement = Añadir la afirmación
opinion-import-heading = Cargar una exportación de Pol.is
opinion-import-help = Cargue los archivos comments.csv y votes.csv de la exportación de una conversación de Pol.is en este mapa de opiniones vacío. No se carga nada a menos que ambos archivos se lean sin errores.
opinion-import = Cargar la exportación
error-no-conversation = No existe ningún mapa de opiniones con el identificador “{ $id }”.
error-code-rejection_reason_required = Indique por qué se rechaza la afirmación.
error-code-statement_rejected = Los moderadores rechazaron esta afirmación.
error-code-conversation_not_empty = Cargue la exportación en un nuevo mapa de opiniones: este ya contiene afirmaciones.
error-code-vote_on_unknown_statement = Un voto se refiere a la afirmación { $statement }, que no figura en el archivo de comentarios.
error-code-polis_file_unreadable = El archivo no está en el formato de exportación de Pol.is: { $detail }
error-code-no_vote = Responda al menos a una afirmación.
audit-conversation-create = Mapa de opiniones abierto
audit-conversation-statement = Afirmación añadida a un mapa de opiniones
audit-conversation-moderate = Afirmación moderada
audit-conversation-import = Exportación de Pol.is cargada

## Estadísticas de las respuestas
stat-heading = Estadísticas de las respuestas
stat-help = Cada respuesta recibida se contabiliza una vez en cada tabla, incluidas las no publicadas; así, el total de cada tabla coincide con el número de respuestas recibidas, y cada cifra lleva a la lista de las respuestas que abarca (para el público, solo las publicadas).
stat-dimension-group = Grupo de partes interesadas
stat-dimension-sub_category = Subcategoría
stat-dimension-region = Grupo regional
stat-dimension-country = País
stat-dimension-ldc = País menos adelantado
stat-dimension-language = Idioma
stat-dimension-channel = Medio de recepción
stat-caption = Respuestas recibidas: { $total }
stat-responses = Respuestas
stat-share = Proporción
stat-total = Total
stat-chart = Gráfico de barras de la tabla anterior: respuestas por «{ $dimension }»
stat-not-stated = No indicado
stat-ldc-yes = País menos adelantado
stat-ldc-no = Otro país
stat-dimension-developing = País en desarrollo
stat-developing-yes = País en desarrollo
stat-developing-no = País desarrollado
responses-filtered = Solo las respuestas contabilizadas en «{ $dimension }»: { $value }
responses-all-link = Todas las respuestas
error-bad-filter = Esta lista no se puede filtrar de ese modo.
question-grouped-by = Agrupación por:
campaigns-heading = Campañas entre las respuestas publicadas
campaigns-in-full = Las respuestas casi idénticas se agrupan en campañas; cada respuesta se muestra y se cuenta a continuación.
campaigns-collapsed = Cada campaña se muestra una sola vez a continuación, con el número de respuestas agrupadas en ella; los totales de arriba siguen contando cada respuesta.
campaigns-collapse = Mostrar cada campaña una sola vez
campaigns-show-all = Mostrar todas las respuestas
campaign-summary = Campaña { $number }: { $size } respuestas, { $variations } variantes
campaign-senders = Enviada por { $senders }
campaign-member = Forma parte de la campaña { $number }
campaign-folded = y { $count } respuestas más de la misma campaña
stat-campaigns-in-full = Se cuenta cada respuesta, también las que forman parte de una campaña de respuestas casi idénticas.
stat-campaigns-collapse = Contar cada campaña una sola vez
stat-campaigns-collapsed = Cada campaña de respuestas casi idénticas se cuenta una sola vez: respuestas agrupadas en su campaña: { $folded }.
stat-campaigns-count-all = Contar cada respuesta
stat-caption-collapsed = Respuestas contadas, cada campaña una sola vez: { $total }
issues-heading = Cuestiones planteadas
issues-help = Las cuestiones de política pública internacional que plantean las respuestas, cada una registrada a partir de los pasajes exactos que la plantearon. Cada cifra cuenta respuestas, cada una una vez por cuestión, incluidas las no publicadas.
issues-how-to-record = Para registrar una cuestión, abra una respuesta y elija «Registrar una cuestión a partir de esta respuesta» debajo de la respuesta.
issues-areas = Grandes áreas
issues-all-areas = Todas las áreas
issues-count = { $count ->
    [0] Todavía no se ha registrado ninguna cuestión.
    [one] Una cuestión.
   *[other] { $count } cuestiones.
}
col-issue = Cuestión
col-area = Gran área
issues-duplicates = Duplicados probables
issues-merged = Cuestiones fusionadas con otras
issue-merged-into = Esta cuestión se fusionó con { $issue }; sus fuentes se cuentan allí.
issue-no-area = Sin clasificar en un área
issue-recorded-by = Registrada por
issue-merged-from = Fusionadas con ella
issue-sources = Pasajes que la plantearon
issue-sources-elsewhere = Sus pasajes figuran en la cuestión con la que se fusionó.
issue-source-question = pregunta { $question }
issue-source-recorded-under = registrado en { $issue }
issue-source-answer = Leer toda la respuesta
issue-source-recorded = Registrado por { $who }
issue-source-withheld = Una respuesta no publicada
issue-area-trail = Áreas a lo largo del tiempo
issue-set-area = Clasificar en un área
issue-merge = Fusionar con otra cuestión
issue-merge-help = La fusión conserva todos los pasajes de ambas cuestiones; esta remite después a aquella con la que se unió. Indique por qué se trata de la misma cuestión.
field-merge-into = Cuestión que se conserva
issue-new-heading = Registrar una cuestión a partir de esta respuesta
issue-likely-duplicates = Cuestiones ya registradas que parecen similares
issue-likely-duplicates-help = Añada el pasaje a una de ellas o registre de todos modos una nueva cuestión.
issue-likeness = { $percent } % similar
issue-add-to = Añadir el pasaje a { $issue }
field-passage = Pasaje
field-passage-hint = Copie las palabras de la respuesta anterior tal como están escritas; los espacios y saltos de línea pueden diferir.
field-existing-issue = Añadir a una cuestión existente
issue-new-option = Una nueva cuestión
field-issue-title = Título de la nueva cuestión
issue-record = Registrar la cuestión
issue-record-anyway = Registrar de todos modos como nueva cuestión
issue-record-from-answer = Registrar una cuestión a partir de esta respuesta
error-no-issue = Esta convocatoria no tiene ninguna cuestión { $id }.
error-no-answer = La respuesta «{ $id }» no contiene una respuesta escrita a esta pregunta.
error-code-issue_title_required = Dé un título a la nueva cuestión o elija una cuestión existente.
error-code-issue_merge_self = Una cuestión no puede fusionarse consigo misma.
error-code-response_not_in_call = Ninguna respuesta a esta convocatoria tiene esta referencia.
error-code-answer_missing = Esta respuesta no contiene una respuesta escrita a esta pregunta.
error-code-passage_not_in_answer = El pasaje no figura en esta respuesta; cópielo tal como está escrito en ella.
error-code-issue_not_of_call = Esta cuestión no pertenece a esta convocatoria.
error-code-issue_merged = Esta cuestión se fusionó con otra; utilice esa.
audit-call-issue = Cuestión registrada a partir de una respuesta
audit-call-issue_source = Pasaje añadido a una cuestión
audit-call-issue_merge = Cuestiones fusionadas
audit-call-issue_area = Cuestión clasificada en una gran área
themes-heading = Temas
themes-help = Los temas se sugieren mediante cálculo a partir de las respuestas (las palabras se ponderan según cuánto distinguen una respuesta de las demás y luego se agrupan); cada uno se presenta con sus palabras más características y extractos representativos. Son personas quienes aceptan, renombran, fusionan, dividen o dejan de lado cada tema; los temas aceptados sirven para codificar las respuestas, y toda persona que participe en la compilación puede corregir una codificación indicando el motivo.
themes-scope-question = Pregunta { $question }
themes-scope-call = Toda la convocatoria
theme-state-suggested = Sugerido
theme-state-accepted = Aceptado
theme-state-merged = Fusionado
theme-state-split = Dividido
theme-state-set_aside = Dejado de lado
theme-state-superseded = Sustituido por una sugerencia posterior
theme-merged-into = Fusionado con { $theme }
theme-run-state-queued = Los temas están a la espera de cálculo.
theme-run-state-running = Los temas se están calculando.
theme-run-state-done = Temas calculados.
theme-run-state-failed = El cálculo no pudo completarse.
theme-run-done = La última sugerencia abarcó { $answers } respuestas ({ $scope }) y propuso { $themes } temas.
theme-run-failed = La última sugerencia no pudo completarse: { $error }
theme-run-refresh = Esta página se actualiza automáticamente hasta que termine el cálculo.
themes-accepted = Temas aceptados
themes-none-accepted = Todavía no se ha aceptado ningún tema.
themes-accepted-caption = Temas aceptados y número de respuestas codificadas con cada uno
col-theme = Tema
col-scope = Respuestas a
col-theme-words = Palabras características
col-coded = Respuestas codificadas
themes-suggest = Sugerir temas
field-theme-scope = Sugerir temas para
themes-suggested = Temas sugeridos
theme-members = Respuestas agrupadas aquí: { $count }
field-theme-label = Nombre
theme-accept = Aceptar
theme-rename = Cambiar el nombre
field-theme-merge-into = Fusionar con
theme-merge = Fusionar
theme-split = Dividir en dos
theme-set-aside = Dejar de lado
themes-closed = Temas fusionados, divididos o dejados de lado
theme-coded-answers = Respuestas codificadas con este tema
theme-none-coded = Ninguna respuesta está codificada con este tema.
theme-correct = Corregir una codificación
theme-correct-help = Codifique una respuesta con este tema o retírele el tema. La corrección se conserva junto con su motivo y ningún cálculo posterior la anula.
field-response-reference = Referencia de la respuesta
field-theme-applies = ¿Se aplica el tema?
theme-applies-yes = Sí, codificar la respuesta con este tema
theme-applies-no = No, retirar el tema de la respuesta
theme-coded-computed = codificada mediante cálculo
theme-coded-person = codificada por { $who }: { $reason }
error-no-theme = Esta convocatoria no tiene ningún tema { $id }.
error-code-theme_not_of_call = Este tema no pertenece a esta convocatoria.
error-code-theme_closed = Este tema se fusionó, se dividió, se dejó de lado o fue sustituido; trabaje con los temas que lo reemplazaron.
error-code-theme_merge_self = Un tema no puede fusionarse consigo mismo.
error-code-theme_split_too_small = Este tema no puede dividirse: sus respuestas son demasiado pocas o demasiado parecidas.
error-code-theme_not_accepted = Solo un tema aceptado sirve para codificar respuestas; acéptelo primero.
error-code-theme_run_busy = Ya se están calculando temas para esta convocatoria; espere a que termine ese cálculo.
error-code-question_not_of_call = Esta pregunta no pertenece a esta convocatoria.
audit-call-theme_run = Sugerencia de temas solicitada
audit-call-theme_accept = Tema aceptado
audit-call-theme_rename = Tema renombrado
audit-call-theme_set_aside = Tema dejado de lado
audit-call-theme_merge = Temas fusionados
audit-call-theme_split = Tema dividido
audit-call-theme_coding = Codificación de una respuesta corregida
divergence-heading = Convergencias y divergencias
divergence-help = Para cada elemento (cuestión o tema aceptado): la proporción de las respuestas de cada grupo que lo plantean y el grado de divergencia entre los grupos al respecto. La divergencia es la divergencia de Jensen–Shannon entre las proporciones de los grupos (0: todos los grupos lo plantean con la misma frecuencia; 1: la máxima distancia posible); la amplitud es la proporción más alta menos la más baja, en puntos porcentuales. Se cuentan todas las respuestas, incluidas las no publicadas.
divergence-by-group = Por grupo de partes interesadas
divergence-by-region = Por grupo regional
divergence-nothing = Todavía no se ha registrado ninguna cuestión ni se ha aceptado ningún tema.
divergence-rates = Quién plantea qué
divergence-rates-caption = Proporción de las respuestas de cada grupo que plantearon cada cuestión o tema (número de respuestas entre paréntesis)
divergence-item = Cuestión o tema
divergence-measure = Divergencia
divergence-spread = Amplitud (puntos)
divergence-rates-chart = Mapa de calor de la tabla anterior: cuanto más oscura es una celda, mayor es la proporción de las respuestas del grupo que plantearon el elemento. Las columnas están numeradas como en la tabla.
divergence-pairs = Distancia entre los grupos
divergence-pairs-caption = Divergencia de Jensen–Shannon entre los grupos, para el conjunto de cuestiones y temas (0: plantean las mismas cosas con la misma frecuencia)
divergence-pairs-chart = Mapa de calor de la tabla anterior: cuanto más oscura es una celda, más alejados están los dos grupos. Las filas y las columnas están numeradas como en la tabla.
nav-search = Búsqueda
search-heading = Buscar en las respuestas
search-title = Búsqueda: { $query }
search-label = Palabras que buscar
search-hint = De forma predeterminada, los resultados contienen todas las palabras. Ponga una frase entre comillas rectas ("…"), escriba OR entre alternativas, ponga - delante de una palabra para excluirla y * después del comienzo de una palabra para encontrar todas las palabras que empiezan así. En cualquiera de los seis idiomas oficiales de las Naciones Unidas.
search-submit = Buscar
search-stale = Los cambios más recientes todavía se están incorporando a la búsqueda; vuelva a buscar dentro de un momento para incluirlos.
search-truncated = Solo se utilizaron las 32 primeras palabras de la consulta.
search-narrow = Acotar la búsqueda
search-clear-facet = Cualquiera
search-results = { $count ->
    [0] No se ha encontrado nada.
    [one] Un resultado.
   *[other] { $count } resultados.
}
search-pages = Páginas de resultados
search-previous = Resultados anteriores
search-next = Resultados siguientes
search-campaign = Campaña { $number } (pregunta { $question })
search-part-answer = Respuestas a las preguntas
search-part-file = Archivos recibidos
search-facet-call = Convocatoria de contribuciones
search-facet-question = Pregunta
search-facet-group = Grupo de partes interesadas
search-facet-region = Grupo regional
search-facet-country = País
search-facet-lang = Idioma
search-facet-campaign = Campaña
search-facet-part = Respuestas o archivos
search-hit-answer = Respuesta a la pregunta { $question } — { $call }
search-hit-file = Archivo «{ $file }» — { $call }
propose-as-topic = Proponer como tema de la labor del órgano
propose-as-topic-help = El tema de trabajo se propone al órgano vinculado a este elemento y, a través de él, a las respuestas de las que procede; después, el órgano registra su decisión al respecto.
topic-drawn-from = Procedente de
topic-origin-responses = { $count ->
    [one] planteado en una respuesta
   *[other] planteado en { $count } respuestas
}
error-code-topic_source_not_of_body = Esta cuestión o tema no procede de ninguna de las convocatorias del órgano.

# Mapping of mechanisms and gaps.
registry-title = Registro de mecanismos
registry-intro = Órganos, procesos, foros e instrumentos internacionales existentes, compartidos por todos los grupos de trabajo, para que un grupo posterior reutilice el registro de uno anterior.
registry-none = El registro aún no contiene ningún mecanismo.
registry-caption = Mecanismos, por nombre
mechanism-new = Añadir un mecanismo
mechanism-add = Añadir el mecanismo
mechanism-edit = Editar este mecanismo
mechanism-edit-title = Editar { $name }
mechanism-assessed = Cuestiones respecto de las que se evaluó
mechanism-assessed-none = Ningún mapeo menciona aún este mecanismo.
mechanism-assessed-caption = Filas que mencionan este mecanismo, por ejercicio
field-name = Nombre
field-website = Dirección pública
field-illustrative = Ilustrativo (datos de demostración, sin fuente)
field-mechanism-kind = Tipo
field-parent-organization = Organización matriz
field-scope = Ámbito
field-participants = Quién participa
field-access = Abierto o cerrado
field-decides-by = Cómo decide
field-founding-instrument = Instrumento fundacional
field-sources = Fuentes
mechanism-kind-organisation = Organización intergubernamental
mechanism-kind-conference = Conferencia o asamblea
mechanism-kind-forum = Foro
mechanism-kind-instrument = Tratado o instrumento
mechanism-kind-process = Proceso o programa
mechanism-kind-technical = Órgano técnico o de normalización
mechanism-kind-regional = Órgano regional
participants-states_only = Solo Estados
participants-multistakeholder = Múltiples partes interesadas
access-open = Abierto
access-closed = Cerrado
exercises-title = Mapeo de mecanismos
exercises-intro = El órgano examina las cuestiones extraídas de las respuestas, enumera los mecanismos existentes que abordan cada una, evalúa su estado y detecta las lagunas.
exercises-none = Este órgano aún no tiene ningún ejercicio de mapeo.
exercise-start = Iniciar un ejercicio de mapeo
exercise-new-title = Nuevo ejercicio de mapeo de { $name }
field-mapped-call = Convocatoria cuyas cuestiones se mapean
field-terms = Mandato
exercise-lead = Cuestiones de «{ $call }»: { $issues } cuestiones, { $accepted } filas aceptadas, { $gaps } lagunas.
gaps-title = Lagunas
gaps-intro = Una cuestión que ninguna fila aceptada muestra abordada es una laguna: ausente cuando nada la aborda, débil cuando los mecanismos solo la abordan en parte. Las lagunas se derivan de las filas y no se escriben a mano.
gaps-none = Ninguna laguna: cada cuestión evaluada está abordada por un mecanismo.
gap-kind-lacking = Ningún mecanismo la aborda
gap-kind-weak = Abordada solo en parte
gap-decided = decidida por el grupo de trabajo
gap-referred = remitida al grupo de trabajo
gap-rows = Filas en que se basa:
gap-heading = Laguna
gap-unexplained = Aún no se ha redactado ninguna explicación.
gap-explain = Guardar la explicación
gap-none-here = Esta cuestión no es una laguna.
field-explanation = Explicación
mapping-csv = Matriz en CSV
mapping-json = Matriz en JSON
mapping-import = Importar filas desde una hoja de cálculo
mapping-import-lead = Un archivo CSV con una fila de encabezado y las columnas issue (I3), mechanism (nombre o sigla, como en el registro), status, notes y evidence (separadas por ;). El archivo se acepta entero o no se acepta.
mapping-matrix = Cuestiones × mecanismos
mapping-areas = Grandes áreas
mapping-all-areas = Todas las áreas
mapping-no-area = Sin gran área
mapping-heatmap-caption = Cada celda es una fila del mapeo, coloreada según su estado; un punto marca una laguna. La tabla de abajo dice lo mismo con palabras.
mapping-table-caption = Mecanismos de cada cuestión, por estado
mapping-not-contributor = Solo los participantes del órgano proponen filas aquí.
mapping-sign-in = Inicie sesión para proponer una fila
mapping-issue-sources = De dónde viene la cuestión
mapping-rows = Mecanismos enumerados
mapping-rows-none = Aún no se ha enumerado ningún mecanismo para esta cuestión.
mapping-standing-addressed = Abordada
mapping-standing-not_assessed = Aún no evaluada
mapping-status-not_assessed = Aún no evaluado
mapping-status-addressing = La aborda
mapping-status-partly = La aborda en parte
mapping-status-not_addressing = No la aborda
row-state-proposed = Propuesta
row-state-accepted = Aceptada
row-state-contested = Impugnada
col-exercise = Ejercicio
col-mechanism = Mecanismo
col-status = Estado
col-row-state = Posición de los coordinadores
col-standing = Situación
col-assessed-by = Evaluada por
row-propose = Proponer una fila
row-assess = Volver a evaluar
row-decide = Registrar la opinión de los coordinadores
row-proposed-by = propuesta por { $name } el { $when }
row-assessed-by = evaluada por { $name } el { $when }
field-notes = Notas
field-evidence = Pruebas
field-evidence-hint = Uno por línea: una dirección web; la referencia de una respuesta (12-00042), sola o seguida de : y el pasaje citado; o la signatura de un documento del registro.
mapping-questions-heading = Donde el grupo no se pone de acuerdo
questions-intro = Una fila impugnada o una laguna reúne opciones que representan la gama de opiniones; se remite al grupo de trabajo, que decide una vez.
question-subject-gap = La laguna
question-subject-row = La fila sobre { $mechanism }
question-refer = Remitir al grupo de trabajo
question-referred-by = Remitida al grupo de trabajo por { $name } el { $when }.
question-decide = Registrar la decisión del grupo de trabajo
question-decide-title = La decisión del grupo de trabajo
question-decided = El grupo de trabajo eligió «{ $option }» el { $date } (reunión: { $meeting }). Fundamento: { $basis }
option-add = Añadir una opción
option-supported-by = apoyada por
field-question-subject = Sobre
field-option-text = La opción
field-option-chosen = Opción elegida
field-supporting-groups = Apoyada por los grupos de partes interesadas
field-supporting-regions = Apoyada por los grupos regionales
snapshots-title = Informes emitidos
snapshots-intro = Cada informe de actualización y el documento final compilado conservan la matriz y las lagunas tal como estaban el día de su emisión.
snapshots-none = Aún no se ha emitido ningún informe.
snapshots-caption = Informes, por fecha de emisión
snapshots-compare = Comparar dos informes
snapshot-issue = Emitir un informe de la matriz tal como está
snapshot-kind-update_report = Informe de actualización
snapshot-kind-initial_output = Resultado inicial
snapshot-kind-final_document = Documento final compilado
field-snapshot-kind = Emitido como
field-from = Desde
field-to = Hasta
snapshot-lead = { $kind }, emitido el { $date } por { $name }. Tal como estaba ese día.
snapshot-caption = Las filas tal como se emitieron
compare-lead = De «{ $from }» a «{ $to }».
compare-none = Nada cambió entre estos dos informes.
change-row-added = I{ $issue }: { $mechanism } enumerado ({ $status })
change-row-dropped = I{ $issue }: { $mechanism } ya no figura (era { $status })
change-row-changed = I{ $issue }: { $mechanism } pasó de { $before } a { $after }
change-gap-opened = I{ $issue } pasó a ser una laguna: { $kind }
change-gap-closed = I{ $issue } ya no es una laguna (era: { $kind })
error-no-exercise = No existe el ejercicio de mapeo { $id }.
error-no-mechanism = El registro no contiene el mecanismo { $id }.
error-no-question = Este mapeo no tiene la cuestión { $id }.
error-no-row = Este mapeo no tiene la fila { $id }.
error-no-snapshot = Este mapeo no tiene el informe { $id }.
error-code-duplicate_mechanism = El registro ya tiene un mecanismo llamado { $name }.
error-code-call_not_mappable = Un órgano mapea las cuestiones de sus propias convocatorias o de las de un órgano superior.
error-code-issue_not_in_exercise = Esta cuestión no es una de las que mapea este ejercicio.
error-code-unknown_mechanism = El registro no tiene el mecanismo { $value }; añádalo primero al registro.
error-code-duplicate_row = Esta cuestión ya tiene una fila para este mecanismo; evalúe esa fila.
error-code-unknown_response = Ninguna respuesta enviada tiene la referencia { $value }.
error-code-evidence_withheld = La respuesta { $value } no está publicada; solo quienes compilan las respuestas de la convocatoria pueden citarla.
error-code-passage_withheld = La respuesta { $value } no está publicada: cítela solo por su referencia, sin transcribirla.
error-code-not_a_gap = Esta cuestión no es una laguna: sus filas aceptadas muestran un mecanismo que la aborda, o ninguna está evaluada aún.
error-code-not_contested = Las opciones se refieren a una laguna o a una fila impugnada; marque primero la fila como impugnada.
error-code-already_referred = Esta cuestión ya se remitió al grupo de trabajo; no admite más opciones.
error-code-not_referred = Esto nunca se remitió al grupo de trabajo.
error-code-already_decided = La decisión del grupo de trabajo sobre esta cuestión ya está registrada.
error-code-question_needs_options = Una cuestión se remite al grupo de trabajo con al menos { $min } opciones que representen la gama de opiniones.
error-code-unknown_meeting = El grupo de trabajo no tiene esa reunión.
error-code-unknown_issue = Elija una de las cuestiones ofrecidas.
error-code-unknown_call = No existe esa convocatoria.
error-code-too_many = Como máximo { $max }, no { $count }.
error-code-missing_columns = El archivo necesita las columnas issue y mechanism.
error-code-too_many_lines = Como máximo { $max } líneas por archivo.
error-code-unreadable_line = No se puede leer la línea { $line }.
error-code-invalid_line = Línea { $line }: { $problem }
error-code-mapping_file_unreadable = El archivo no se puede leer como CSV con una fila de encabezado.
error-code-mapping_file_empty = El archivo no contiene ninguna fila.
error-code-line_unknown_mechanism = Línea { $line }: el registro no tiene el mecanismo { $value }.
error-code-line_issue_not_in_exercise = Línea { $line }: { $value } no es una cuestión que mapee este ejercicio.
body-mapping-link = Mecanismos y lagunas que este órgano ha mapeado
mapping-paged = Este mapeo es extenso: se muestra una gran área a la vez; «Todas las áreas» muestra la matriz completa.
opinion-next-heading = Su próxima afirmación
opinion-all-voted = Ha votado todas las afirmaciones. Gracias; puede cambiar un voto más abajo.
opinion-counts-hidden = vote para ver cómo votaron los demás
opinion-you = usted
opinion-you-are-in = Usted está en el { $group }.
opinion-map-failed = No se pudo dibujar el mapa: el análisis falló ({ $error }).
mail-statement-accepted-subject = Su afirmación ha sido aceptada: { $title }
mail-statement-accepted-body = Estimado/a { $name }:

    Los moderadores aceptaron su afirmación en «{ $title }»:

    { $statement }

    Los participantes ya votan sobre ella: { $link }
mail-statement-rejected-subject = Su afirmación no ha sido aceptada: { $title }
mail-statement-rejected-body = Estimado/a { $name }:

    Los moderadores no aceptaron su afirmación en «{ $title }»:

    { $statement }

    Su motivo: { $reason }

    Puede escribir otra: { $link }
