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
language-switcher = Idioma
breadcrumb = Ruta de navegación
footer-text = Concord: cada contribución, decisión e informe de un proceso de múltiples partes interesadas, con total transparencia.
footer-api = Los mismos datos en JSON
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
error-code-invalid_date = “{ $value }” no es una fecha; escríbala en el formato YYYY-MM-DD, por ejemplo, 2013-05-30.

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
