"""FINAL10 templates of the generalisation corpus kinds (eval.kinds), for the `final10` split.

Written by a helper session after the final8 and final9 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final10`). They imitate what employees of public bodies,
utilities, manufacturers, logistics firms, hospitals, law firms and platform teams paste into an LLM at
work: building-permit pre-application meetings, boil-water notices, tender deadline extensions, PPAP
submissions, LCL freight quotes, clinical-privilege renewals, Terraform workspace migrations,
litigation holds, public-records acknowledgements, smart-meter appointments, stocktaking extra shifts,
cost-coverage queries to a health insurer, missing building-permit documents, public-contract
amendments, planned line shutdowns and street-occupation inspections; backflow test certificates,
kanban pull tickets, records-release authorisations, conditional lien waivers, blanket PO releases,
failed-delivery notices, property-tax appeals, label-printer Helm values, calibration certificates,
hospital guarantor statements, bulky-waste collections, loan-equipment returns, parcel-held notices,
works declarations near networks, supplier registrations with a town hall and sewer connections;
power-outage calls, pothole chatbots, bid-opening chats, quality-hold chats, cycle-count threads,
eligibility calls, Helm rollback threads, deposition scheduling, final inspection bookings,
appointment SMS threads, citizen-office calls, district-heating faults, water-leak calls, stock-out
chats, hospital admission calls and waste-tax helplines; Terraform credentials and backends, Helm
values, GitHub Actions with act secrets, systemd drop-ins, nginx upstream auth, PostgreSQL DDL logs,
OPC UA and MQTT clients, ArcGIS scripts, FHIR client configs, DocuSign JWT settings, GitLab CI
variables, meter-data exports, pg_dump scripts, Kubernetes secrets, e-government API scripts and
Node-RED credentials; residents' parking permits, life-support registers, record amendments,
coordination-of-benefits forms, forklift certifications, port access cards, conflict checks,
contractor badges, on-call rosters, fishing licences, utility instalment changes, elective-service
agreements, recycling-centre cards, electrical authorisations, GP changes and water-bill instalments.
Ordinary text surrounds the values (amounts, order, ticket and invoice numbers, versions, hashes,
hostnames, paths, companies, products, job titles) so that over-redaction is measured as well as
recall.

Each kind maps to (language, template) pairs; `{{slot}}` names are eval.planted slots. No literal
personal value is written here (no names, e-mails, phone numbers, IP addresses, street addresses,
towns or keys): every one is a slot, so that it is labelled; decoys (hashes, UUIDs, versions,
ticket, invoice, serial, tracking and VAT numbers) are slots too, so that they are labelled DECOY.
Templates never contain a literal double brace (no Helm or Actions expressions). Note that `{{name}}`
and `{{name_uc}}` are two draws (two people), so a template that needs one person twice spells it
`{{first}} {{last}}`.
"""

from __future__ import annotations

SIGNATURE = [
    ("en", """\
Subject: Pre-application meeting confirmed – permit file {{ticket}}

Good afternoon,

This confirms your pre-application meeting for the proposed two-storey warehouse extension on
{{date}} at 10:00 in Conference Room B, Municipal Services Building. Please bring a site plan at
1:500 and the stormwater calculations; the traffic engineer will join for the first 20 minutes.
Parking validation is available at the front counter.

Regards,

{{first}} {{last}}
{{job}}, Planning & Development Services
City Planning Division
Direct {{phone}} | Front counter {{local7}}
{{email}}"""),
    ("en", """\
All,

Lab results for the Zone 4 pressure district came back clean this morning, so the precautionary
boil-water notice can be lifted at 14:00. Customer Contact will switch the IVR message; GIS has the
updated polygon under {{path}}. Please do not post anything on social before the joint statement.

{{first}} {{last}}
{{job}} | Communications & Public Affairs
{{company}} Water Utility
24/7 duty line: {{intl}}
Office: {{phone}}
{{internal_email}}"""),
    ("en", """\
RE: RFP {{ticket}} – Fleet telematics services – Addendum 3

Dear prospective bidders,

The closing date is extended by seven calendar days. Questions submitted after the clarification
deadline will not be answered. All communication must go through the e-procurement portal; do not
contact evaluation committee members directly.

Sincerely,

{{name}}
Contracting Officer, Central Purchasing
{{company}}
Tel. {{phone}}
Fax {{local7}}
{{email}}"""),
    ("en", """\
Hi {{first2}},

PPAP level 3 package for part no. 7731-A (rev. C) is uploaded to your supplier portal under
submission {{invoice}}: PSW, dimensional results for 5 pieces per cavity, material certs, control
plan and PFMEA. Cpk on the critical bore is 1.71. Run-at-rate was done on {{date}}.

Let me know if the capability study needs more samples.

Best,
{{first}} {{last}}
Supplier Quality Engineer
{{company}} – Plant 2
M: {{e164}}   T: {{ext}}
{{email}}"""),
    ("en", """\
Quote {{invoice}} – LCL consolidation, 6 cbm / 2,140 kg, Rotterdam to Savannah

Ocean freight: USD 78 per w/m, min. 1 w/m
Origin handling and CFS: EUR 215
Documentation, AMS/ISF filing: USD 85
Transit: about 24 days port to port; weekly cut-off Thursday 12:00.
Valid until the end of the month; subject to space and equipment.

Kind regards | Met vriendelijke groet
{{name}}
Sales Executive Ocean Freight
{{company}} Logistics
Hotline {{phone}} · Mobile {{intl}}
{{email}}"""),
    ("en", """\
Dear Dr. {{last2}},

Your clinical privileges at our facility expire on {{date}}. To stay on the Medical Executive
Committee agenda, please return the reappointment application, current DEA and board certificates,
and your case logs for the last 24 months by the 15th. Peer references are requested separately.

With thanks,
{{first}} {{last}}, CPMSM
{{job}}, Medical Staff Office
{{company}} Regional Medical Center
Phone {{phone}}  |  Secure fax {{local7}}
{{email}}"""),
    ("en", """\
Heads-up, platform consumers: we are moving every workspace from the legacy Terraform Enterprise
instance to the new organisation this weekend. State is copied, run history is not. Workspaces with
VCS triggers pause from Friday 18:00 to Sunday 22:00 (change {{ticket}}, module registry pinned at
{{version}}). Nothing to do on your side unless your pipeline calls the API directly.

—
{{first}} {{last}} · Staff Platform Engineer
{{dept}} · {{company}}
Primary on-call this week: {{e164}}
{{internal_email}}"""),
    ("en", """\
PRIVILEGED & CONFIDENTIAL – LEGAL HOLD NOTICE (matter {{ticket}})

You are receiving this notice because you may hold documents relevant to a pending dispute with
{{company2}}. Effective immediately, do not delete, alter or discard e-mails, chat messages, files or
paper records from 2021 onward relating to the supply agreement. Auto-deletion on your mailbox has
been suspended by IT. Please acknowledge within five business days.

{{name}}
Senior Counsel, eDiscovery & Litigation
{{company}} Legal Department
{{phone}} | {{email}}"""),
    ("en", """\
Re: Public Records Request No. {{ticket}}

Dear {{first2}} {{last2}},

The Office of the City Clerk acknowledges receipt of your request for inspection-related
correspondence dated {{date_words}}. Under the applicable statute we will respond within ten business
days; responsive records may be redacted where exemptions apply. Estimated copy fees will be
communicated before any work is performed.

Respectfully,
{{name}}
Records Officer, Office of the City Clerk
Phone: {{phone}}
{{email}}"""),
    ("en", """\
Your smart meter installation is booked

Date: {{date}}, arrival window 8 am – 12 pm
Work order: {{ticket}}
Our technician will need access to the meter and the main shut-off; power will be off for about
30 minutes. If nobody is home, we will leave a card and you can rebook online.

Questions? Reply to this e-mail or call the scheduling team.
{{first}} {{last}}
Field Scheduling Coordinator, Grid Modernisation
{{company}} Electric
{{phone}} (Mon–Fri 7–19)"""),
    ("de", """\
Betreff: Sonderschicht Inventur – Samstag, Halle 3 und Außenlager

Hallo zusammen,

für die Jahresinventur brauchen wir am Samstag von 6 bis 14 Uhr je zwei Zählteams pro Halle. Die
Zähllisten werden aus {{product}} gedruckt (Stichtag {{date}}), Scanner liegen in der Meisterbude.
Zuschläge laut Betriebsvereinbarung; bitte bis Mittwoch beim Schichtführer eintragen.

Viele Grüße
{{first}} {{last}}
{{job}} – Werkslogistik
{{company}}
Tel. {{phone}} | Mobil {{intl}}
{{email}}"""),
    ("de", """\
Sehr geehrte Damen und Herren,

zur Kostenübernahme für den stationären Aufenthalt (Aufnahmenummer {{mrn}}) fehlt uns weiterhin
die Rückmeldung auf unsere Verlängerungsanzeige vom {{date}}. Wir bitten um Prüfung und Antwort
innerhalb von fünf Arbeitstagen, andernfalls leiten wir das Widerspruchsverfahren ein.

Mit freundlichen Grüßen
im Auftrag
{{name}}
Patientenverwaltung / Kostensicherung
{{company}} Klinikum
Telefon {{phone}}
Telefax {{local7}}
{{email}}"""),
    ("fr", """\
Objet : Permis de construire n° {{ticket}} – pièces manquantes

Madame, Monsieur,

Après examen de votre dossier, il manque les pièces PC6 (document graphique d'insertion) et PC7
(photographie de l'environnement proche). Le délai d'instruction ne commencera qu'à réception du
dossier complet. Vous pouvez déposer les pièces sur le guichet numérique des autorisations
d'urbanisme.

Cordialement,
{{first}} {{last}}
Instructeur(trice) – Service urbanisme
Mairie annexe, accueil sur rendez-vous
Tél. : {{phone}}
{{email}}"""),
    ("fr", """\
Bonjour {{first2}},

Vous trouverez ci-joint le projet d'avenant n° 2 au marché {{invoice}} (maintenance des groupes
électrogènes) : prolongation de six mois et révision du bordereau des prix unitaires de 3,2 %.
Merci de nous le retourner signé via la plateforme de dématérialisation avant la commission.

Bien cordialement,

{{name}}
Acheteuse publique – {{dept}}
{{company}}
Ligne directe {{phone}} – Portable {{intl}}"""),
    ("es", """\
Asunto: Parada programada línea 2 – mantenimiento preventivo

Buenos días:

Confirmamos la parada de la línea de envasado 2 el {{date}} de 6:00 a 22:00 para el cambio de
rodamientos y la calibración de la llenadora. La contrata {{company2}} entrará por la puerta 4 con
permiso de trabajo {{ticket}}; el consumo de repuestos se imputa a la orden {{invoice}}.

Un saludo,
{{first}} {{last}}
Jefe de Mantenimiento
{{company}}
Tel. {{phone}} – Móvil {{intl}}
{{email}}"""),
    ("it", """\
Oggetto: Sopralluogo per occupazione di suolo pubblico – pratica {{ticket}}

Gentile {{first2}} {{last2}},

le comunichiamo che il sopralluogo per il ponteggio richiesto è fissato per il {{date}} alle ore 9:30.
È necessaria la presenza del direttore dei lavori o di un suo delegato. La planimetria con
l'ingombro del cantiere va caricata sul portale SUAP prima del sopralluogo.

Distinti saluti
{{name}}
Ufficio Tecnico – Servizio Viabilità
Comune, sede di via principale
Tel. {{phone}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
BACKFLOW PREVENTION ASSEMBLY TEST REPORT – Cross-Connection Control Program

Service address:
{{street}}
{{townline}}
Account / premise no.: {{account}}
Property owner: {{name}}
Mailing address (if different): {{pobox}}, {{townline2}}

Assembly: RPZ 1", serial {{serial}}, location: mechanical room
Test result: PASS (check valve 1 held at 5.8 psid). Tester cert. {{ticket}}, gauge calibrated {{date}}."""),
    ("en", """\
KANBAN PULL TICKET        card {{short_sha}} of 4
Part: housing bracket 44-210, qty per bin 120
Supplier: {{company}}
          {{street}}
          {{townline}}
Ship to:  {{company2}} – Dock 7, line-side supermarket B
          {{street2}}
          {{townline2}}
Material planner: {{name}}, {{phone}}
Release against scheduling agreement {{invoice}}; ASN reference {{tracking}}"""),
    ("en", """\
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION

Patient name: {{name}}      Date of birth: {{dob}}      MRN: {{mrn}}
Release records from: {{company}} Health System, Health Information Management
Send copies to:
{{name2}}
{{street}}
{{unit}}
{{townline}}
Records requested: discharge summary and imaging reports, dates of service in the last 12 months.
Purpose: continuity of care. Request {{ticket}} logged by HIM on {{date}}."""),
    ("en", """\
CONDITIONAL WAIVER AND RELEASE ON PROGRESS PAYMENT

Name of claimant: {{company}}
Name of customer: {{company2}}
Job location: {{street}}, {{townline}}
Owner: {{name}}
Through date: {{date}}
This document waives and releases lien rights for labor and materials through the through date
only, upon receipt of payment of $48,600.00 under invoice {{invoice}}.
Claimant's mailing address: {{street2}}, {{townline2}}"""),
    ("en", """\
BLANKET PO RELEASE #14 against {{invoice}}

Vendor / remit to:                       Ship to:
{{company}}                              {{company2}} Central Stores
{{pobox}}                                Attn: {{name}}
{{townline}}                             {{street2}}
                                         {{townline2}}
Line 1  nitrile gloves, size L, 40 cases     Line 2  disinfectant wipes, 25 cases
Buyer: {{username}} · Requisition {{ticket}} · Need by {{date}}"""),
    ("en", """\
DELIVERY EXCEPTION – We missed you

Tracking: {{tracking}}
Attempted: {{date}}, 14:32 – recipient not available, signature required
Recipient: {{name_uc}}
Delivery address on file:
{{street_uc}}
{{townline_uc}}
Redirect to pickup point or new address:
{{street2}}, {{townline2}}
Contact phone for driver: {{phone}}"""),
    ("en", """\
NOTICE OF APPEAL – REAL PROPERTY ASSESSMENT (tax year in review)

Parcel ID: {{account}}
Property location: {{street}}, {{townline}}
Owner(s) of record: {{name}} and {{name2}}
Owner mailing address: {{street2}}
                       {{townline2}}
Assessed value: $412,300   Owner's opinion of value: $365,000
Basis: comparable sales attached (3); hearing requested. Filed by {{first3}} {{last3}}, agent, case {{ticket}}."""),
    ("en", """\
# deploy/helm/label-printer/values-prod.yaml  (chart {{version}}, commit {{short_sha}})
replicaCount: 2
image:
  repository: registry.internal/ops/label-printer
  digest: {{digest}}
returnAddress:
  company: "{{company}}"
  attention: "{{name}}"
  line1: "{{street}}"
  line2: "{{townline}}"
  country: "{{country}}"
  phone: "{{e164}}"
printer:
  host: {{hostname}}
  dpi: 203"""),
    ("en", """\
CERTIFICATE OF CALIBRATION   No. {{ticket}}

Customer:        {{company}}
                 Attn. {{name}}, {{job}}
                 {{street}}
                 {{townline}}
                 {{country}}
Instrument:      torque transducer 0–200 N·m, serial {{serial}}
Procedure:       CP-118 rev. F, traceable to national standards
Received as found: in tolerance. Calibration date {{date}}; due in 12 months.
PO reference {{invoice}}"""),
    ("en", """\
PATIENT STATEMENT                          Statement date: {{date}}
Guarantor:                                 Please remit to:
{{name_uc}}                                {{company}} Hospital Billing
{{street_uc}}                              {{pobox}}
{{townline_uc}}                            {{townline2}}
Guarantor account: {{account}}      Patient: {{first2}} {{last2}}
Balance after insurance: $238.15 – pay online or set up a plan with Patient Financial Services."""),
    ("de", """\
Anmeldung Sperrmüllabholung – Auftrag {{ticket}}

Abholadresse:
{{name}}
{{street}}
{{unit}}
{{townline}}
Telefon für Rückfragen: {{phone}}
Gegenstände: 1 Sofa, 2 Schränke zerlegt, 1 Matratze (ca. 3 m³)
Abholtermin: {{date}}, bitte ab 6 Uhr am Straßenrand bereitstellen, Elektrogeräte separat."""),
    ("de", """\
Rücksendung Leihgerät Medizintechnik – Leihschein {{invoice}}

Absender (Station 4B):
{{company}} Klinikum, Medizintechnik
z. Hd. {{name}}
{{street}}
{{townline}}
Empfänger:
{{company2}} Medical Service
{{street2}}
{{townline2}}
Gerät: Infusionspumpe, Seriennummer {{serial}}; Rückholung per Kurier, Sendung {{tracking}}"""),
    ("fr", """\
AVIS DE PASSAGE – votre colis vous attend

Numéro de suivi : {{tracking}}
Destinataire : {{name_uc}}
Adresse de livraison :
{{street}}
{{townline}}
Votre colis est disponible dans votre point de retrait à partir du {{date}}, pendant 10 jours.
Présentez une pièce d'identité et ce code de retrait : {{short_sha}}"""),
    ("fr", """\
DÉCLARATION D'INTENTION DE COMMENCEMENT DE TRAVAUX (DICT) – n° {{ticket}}

Exécutant des travaux : {{company}}
Adresse : {{street}}, {{townline}}
Responsable du chantier : {{name}}, tél. {{phone}}
Emplacement des travaux :
{{street2}}
{{townline2}}
Nature : tranchée pour raccordement fibre, profondeur 0,80 m, techniques non mécanisées à proximité
des réseaux gaz. Début prévu le {{date}}."""),
    ("es", """\
ALTA DE PROVEEDOR – Registro de licitadores del Ayuntamiento

Razón social: {{company}}
NIF/CIF: {{vat}}
Domicilio fiscal:
{{street}}
{{townline}}
{{country}}
Representante legal: {{name}}
Teléfono: {{phone}}     Correo para notificaciones: {{email}}
Cuenta para pagos (IBAN): {{iban}}
Expediente de contratación: {{ticket}}"""),
    ("it", """\
RICHIESTA DI ALLACCIO ALLA PUBBLICA FOGNATURA – pratica {{ticket}}

Richiedente: {{name}}
Residente in: {{street}}, {{townline}}
Immobile da allacciare:
{{street2}}
{{unit}}
{{townline2}}
Recapito telefonico: {{phone}}
Tecnico incaricato: {{name2}}, {{company}}
Allegati: planimetria scarichi, ricevuta versamento diritti di istruttoria {{invoice}}"""),
]

DIALOGUE = [
    ("en", """\
Outage line – call transcript, ticket {{ticket}}
Agent: Thanks for calling the outage line, can I have the service address?
Caller: It's {{street}}, {{townline}}. There's a line down across the driveway, it's sparking.
Agent: Please stay at least 35 feet away. Is anyone hurt?
Caller: No. I'm {{first}} {{last}}, the tenant.
Agent: I'm dispatching a crew now as a priority hazard. Best callback number?
Caller: {{phone}}.
Agent: Thank you, {{first}}. Estimated arrival is within the hour; we'll text updates to that number."""),
    ("en", """\
[311 Assistant] What would you like to report?
[Resident] pothole, pretty deep, outside the pharmacy
[311 Assistant] Please share the nearest address or intersection.
[Resident] {{street}}
[311 Assistant] Got it. Can we contact you about this request? Leave a name and phone number, or type "skip".
[Resident] {{first_lc}} {{last_lc}}, {{phone}}
[311 Assistant] Thanks! Your service request number is {{ticket}}. Typical repair time is 5 business days."""),
    ("en", """\
#bid-opening (Teams) – RFQ {{ticket}}, sealed bids
{{first}} {{last}} (Buyer) 14:00: Opening now, three submissions received on time.
{{first}} {{last}} (Buyer) 14:02: {{company}} $184,200; {{company2}} $191,750; {{company3}} $176,900.
{{first2}} {{last2}} (observer, {{company2}}) 14:03: Can you confirm ours included the alternate?
{{first}} {{last}} (Buyer) 14:04: Yes, alternate 1 is in your envelope. Tabulation goes out tomorrow.
{{first2}} {{last2}} (observer, {{company2}}) 14:05: Thanks. Questions on award to me on {{intl}} please."""),
    ("en", """\
Line 3 – quality hold, shift B
{{first}} (shift supervisor): Holding lot {{serial}}, burrs on the flange. Who ran station 40 after break?
{{first2}}: That was me, badge {{username}}. Tool changed at 21:10, first-off looked fine.
{{first}} (shift supervisor): Tag the cage red, I'll call quality. {{name3}} is on call tonight, {{phone}}.
{{first2}}: Done. Scrap estimate about 60 pieces, NCR {{ticket}}."""),
    ("en", """\
#wh-inventory-control
{{username}} 07:41  cycle count bin A-14-03: system says 48, counted 36, product {{product}} spare kits
{{username2}} 07:43  last pick was wave {{invoice}} by {{first}} {{last}}, could be a short pick
{{username}} 07:44  ok, I'll recount after the 8am wave and ping {{first}}; their ext is {{local7}}
{{username2}} 07:45  if still short, raise an adjustment in the WMS with reason code 12"""),
    ("en", """\
Eligibility verification call – clinic front desk and payer rep
Rep: Thank you for holding. Member ID?
Clinic: {{account}}, patient {{first}} {{last}}, date of birth {{dob}}.
Rep: I have the member. Coverage active, in-network, specialist copay $40, deductible met.
Clinic: Does the MRI need prior auth?
Rep: Yes, through our radiology benefit manager. Reference number for this call is {{ticket}}.
Clinic: Thanks. If they need me, my direct line is {{phone}}, I'm {{name2}}."""),
    ("en", """\
#deploys
{{username}} 16:02  helm rollback billing-api 41 -n prod → done, pods healthy on {{version}}
{{username2}} 16:04  thanks. migration job still failing though, can you check the DB user?
{{username}} 16:06  looks like the secret was rotated but the chart wasn't. for now I exported PGPASSWORD={{password}} and ran it by hand
{{username2}} 16:06  please don't paste that here 😬 rotating again
{{username}} 16:07  my bad, deleting. tracked in {{ticket}}"""),
    ("en", """\
Call notes – deposition scheduling, matter {{ticket}}
{{first}} (paralegal, plaintiff side): We'd like the 30(b)(6) witness the week of {{date}}.
{{first2}} (paralegal, defense): Our witness is {{name3}}, travelling that week. Could we do it remotely?
{{first}}: Remote is fine if the court reporter can host. Send me the exhibits list by Friday.
{{first2}}: Will do. Best number for you? Mine is {{phone}}.
{{first}}: {{phone2}}, or e-mail {{email}}."""),
    ("en", """\
Inspections desk – phone booking
Clerk: Building inspections, permit number please.
Contractor: {{ticket}}, final inspection for the deck and the electrical.
Clerk: Site address?
Contractor: {{street}}, {{townline}}.
Clerk: Earliest is {{date}}, morning. Who meets the inspector?
Contractor: Me, {{name}}, {{company}}. Cell {{phone}}.
Clerk: Booked. The inspector calls 30 minutes ahead."""),
    ("en", """\
SMS thread – {{company}} Orthopaedics reminders
{{company}}: Reminder: appointment with the physiotherapy team on {{date}} at 09:15. Reply C to confirm, R to reschedule.
Patient: R
{{company}}: We can offer Tuesday 11:30 or Thursday 16:00. Reply 1 or 2.
Patient: 2. This is {{first}} {{last}}'s phone, I'm their daughter {{first2}}. Please call me on {{phone}} for changes
{{company}}: Thank you, rebooked for Thursday 16:00. Ref {{ticket}}."""),
    ("de", """\
Bürgeramt – Telefonnotiz, Terminvergabe
Mitarbeiterin: Bürgeramt, guten Tag. Worum geht es?
Anrufer: Ich brauche einen neuen Personalausweis, mein Name ist {{name}}.
Mitarbeiterin: Geburtsdatum bitte, zur Zuordnung.
Anrufer: {{dob}}.
Mitarbeiterin: Der nächste freie Termin ist am {{date}} um 8:40. Vorgangsnummer {{ticket}}.
Anrufer: Können Sie mir das schicken? {{email}}
Mitarbeiterin: Gerne, die Bestätigung geht raus. Biometrisches Foto bitte mitbringen."""),
    ("de", """\
Störungsannahme Fernwärme – Anruf {{clock}}
Disponent: Störungsannahme, was ist passiert?
Kundin: Bei uns im Haus sind alle Heizkörper kalt, Übergabestation zeigt Fehler E4.
Disponent: Adresse der Übergabestation?
Kundin: {{street}}, {{townline}}, Keller, Hausmeister ist {{first}} {{last}}.
Disponent: Rückrufnummer?
Kundin: {{phone}}
Disponent: Ein Techniker ist unterwegs, Auftrag {{ticket}}."""),
    ("fr", """\
Service des eaux – appel entrant
Conseillère : Service des eaux, bonjour, votre numéro de contrat ?
Abonné : {{account}}. Je crois qu'il y a une fuite après le compteur, la consommation a doublé.
Conseillère : Je vois {{name}} comme titulaire, c'est bien vous ?
Abonné : Oui. Le compteur est dans le regard devant le {{street}}.
Conseillère : Je vous envoie un technicien pour un relevé contradictoire le {{date}}. Un numéro où vous joindre ?
Abonné : {{phone}}, ou le fixe {{phone2}}."""),
    ("fr", """\
#approvisionnement
{{first}} {{last}} 09:12 : rupture sur les joints toriques réf. 5520, la ligne 1 s'arrête jeudi sinon
{{first2}} {{last2}} 09:15 : j'ai eu le commercial de {{company}}, {{name3}}, ils peuvent livrer en express
{{first}} {{last}} 09:16 : tu as son numéro ? je voudrais confirmer le délai moi-même
{{first2}} {{last2}} 09:16 : {{intl}} – commande {{invoice}} à passer avant midi"""),
    ("es", """\
Admisión del hospital – llamada
Administrativo: Admisión, buenos días. ¿Nombre del paciente?
Llamante: {{name}}. Tiene ingreso programado para la operación de cadera.
Administrativo: ¿Fecha de nacimiento y número de historia?
Llamante: {{dob}}, historia {{mrn}}.
Administrativo: Veo el ingreso el {{date}} a las 7:30, ayunas desde medianoche. ¿Un teléfono de contacto?
Llamante: El mío, soy su hijo: {{phone}}."""),
    ("it", """\
Numero verde TARI – trascrizione
Operatore: Buongiorno, ufficio tributi. Mi dice il codice utente?
Contribuente: {{account}}, intestato a {{name}}.
Operatore: Vedo l'avviso {{invoice}} con scadenza il {{date}}. Qual è il problema?
Contribuente: La superficie è sbagliata, l'immobile in {{street}} è di 72 metri, non 95.
Operatore: Apro una segnalazione, pratica {{ticket}}. Un recapito per il richiamo?
Contribuente: {{phone}}."""),
]

CODE = [
    ("en", """\
$ cat ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "{{token}}"
    }
  }
}
$ cat backend.tf
terraform {
  backend "s3" {
    bucket     = "tfstate-water-scada-prod"
    key        = "network/terraform.tfstate"
    region     = "eu-central-1"
    access_key = "{{aws_key}}"
    secret_key = "{{aws_secret}}"
  }
}
# terraform init fails with 403 since commit {{short_sha}}, any idea?"""),
    ("en", """\
# values-prod.yaml for bitnami/postgresql (chart {{version}})
auth:
  username: permits_app
  password: "{{password}}"
  postgresPassword: "{{password2}}"
  database: permits
primary:
  persistence:
    size: 50Gi
metrics:
  enabled: true
# helm upgrade --install permits-db bitnami/postgresql -f values-prod.yaml -n permits
# deployed revision 7, image digest {{digest}}"""),
    ("en", """\
# .github/workflows/nightly-export.yml
name: nightly-export
on:
  schedule:
    - cron: "0 2 * * *"
jobs:
  export:
    runs-on: ubuntu-latest
    env:
      SFTP_HOST: {{hostname}}
      EXPORT_API_TOKEN: {{github}}
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/export.py --since yesterday
# and for local runs with `act`, .secrets contains:
# SLACK_WEBHOOK={{slack_hook}}"""),
    ("en", """\
$ systemctl cat meter-ingest.service
# /etc/systemd/system/meter-ingest.service
[Unit]
Description=AMI meter reading ingest
After=network-online.target

[Service]
ExecStart=/opt/meter-ingest/bin/ingest --workers 4
User=ingest

# /etc/systemd/system/meter-ingest.service.d/override.conf
[Service]
Environment=DB_URL=postgresql://ingest:{{password}}@{{hostname}}:5432/ami
Environment=HEADEND_API_KEY={{token}}
$ journalctl -u meter-ingest --since today | tail -1
{{timestamp}} ingest[2231]: batch {{uuid}} committed, 48211 reads"""),
    ("en", """\
# /etc/nginx/conf.d/records-api.conf
upstream records_backend {
    server {{hostname}}:8443;
}
server {
    listen 443 ssl;
    server_name records.example.gov;
    location /api/ {
        proxy_pass https://records_backend;
        proxy_set_header Authorization "Bearer {{jwt}}";
        allow {{ip}};
        deny all;
    }
}
# nginx -t: syntax is ok; reload done at {{timestamp}}"""),
    ("en", """\
{{timestamp}} UTC [48121] LOG:  connection authorized: user=postgres database=hr application_name=psql
{{timestamp}} UTC [48121] LOG:  statement: ALTER ROLE payroll_ro WITH LOGIN PASSWORD '{{password}}';
{{timestamp}} UTC [48133] LOG:  connection received: host={{ip}} port=51702
{{timestamp}} UTC [48133] FATAL:  password authentication failed for user "{{username}}"
{{timestamp}} UTC [48133] DETAIL:  Connection matched pg_hba.conf line 97: "hostssl all all 0/0 scram-sha-256"
-- why is log_statement = 'ddl' printing the password? server {{version}}"""),
    ("en", """\
# plant_gateway.py – reads spindle temps from the OPC UA server and forwards them to MQTT
from asyncua import Client
import paho.mqtt.client as mqtt

OPC_URL = "opc.tcp://{{hostname}}:4840"
OPC_USER, OPC_PASS = "{{username}}", "{{password}}"
MQTT_USER, MQTT_PASS = "line3-gw", "{{password2}}"

async def main():
    client = Client(OPC_URL)
    client.set_user(OPC_USER)
    client.set_password(OPC_PASS)
    broker = mqtt.Client(client_id="gw-{{short_sha}}")
    broker.username_pw_set(MQTT_USER, MQTT_PASS)"""),
    ("en", """\
# notebooks/parcel_update.py (county GIS, run monthly)
from arcgis.gis import GIS

gis = GIS("https://gis.example.gov/portal", "{{username}}", "{{password}}")
layer = gis.content.get("{{md5}}").layers[0]
# geocoding service token for the address locator
GEOCODE_TOKEN = "{{token}}"
result = layer.edit_features(updates=changed)
print(result["updateResults"][:3])  # run id {{uuid}}"""),
    ("en", """\
# fhir-client.yaml – referral sync between the EHR and the scheduling vendor
fhir:
  base_url: https://fhir.example-health.org/R4
  auth:
    type: client_credentials
    token_url: https://login.example-health.org/oauth2/token
    client_id: {{uuid}}
    client_secret: {{azure}}
  page_size: 100
audit:
  contact: {{internal_email}}
  build: {{sha}}"""),
    ("en", """\
# contracts-automation/config/docusign.py – JWT grant for the procurement e-signature flow
DOCUSIGN = {
    "account_id": "{{uuid}}",
    "integration_key": "{{uuid2}}",
    "impersonated_user_id": "{{uuid3}}",
    "auth_server": "account-d.docusign.com",
    "private_key": \"\"\"{{private_key}}\"\"\",
}
# signer notifications go to the contract owner, e.g. {{email}}; template version {{version}}"""),
    ("de", """\
# .gitlab-ci.yml – Auslieferung der Zeiterfassung (Werk Süd)
variables:
  # TODO: in CI/CD-Variablen verschieben, steht nur vorübergehend hier
  DEPLOY_TOKEN: "{{gitlab}}"
  SMTP_PASSWORT: "{{password}}"
  ZIEL_HOST: "{{hostname}}"

deploy:
  stage: deploy
  script:
    - ./deploy.sh --version {{version}}
  only:
    - main
# letzter Lauf: Pipeline {{ticket}}, Commit {{short_sha}}"""),
    ("de", """\
# zaehlerstaende_export.py – Stadtwerke, tägliche Übergabe an das MDM-System
import requests

MDM_URL = "https://{{hostname}}/api/v2/readings"
BENUTZER = "{{username}}"
PASSWORT = "{{password}}"  # Kennwort läuft am Quartalsende ab

antwort = requests.post(MDM_URL, auth=(BENUTZER, PASSWORT),
                        json={"lauf": "{{uuid}}", "quelle": "{{path}}"}, timeout=30)
antwort.raise_for_status()
# Fragen an die Fachabteilung: {{internal_email}}"""),
    ("fr", """\
#!/bin/bash
# sauvegarde_gmao.sh – dump quotidien de la base de la GMAO (atelier maintenance)
export PGPASSWORD='{{password}}'
DATE=$(date +%F)
pg_dump -h {{hostname}} -U gmao_backup -Fc gmao > /srv/backup/gmao_$DATE.dump
# copie vers le stockage objet
export AWS_ACCESS_KEY_ID={{aws_key}}
export AWS_SECRET_ACCESS_KEY={{aws_secret}}
aws s3 cp /srv/backup/gmao_$DATE.dump s3://sauvegardes-usine/gmao/ --only-show-errors
# ticket {{ticket}} : vérifier la rotation, sha du script {{short_sha}}"""),
    ("fr", """\
# secret-keycloak-portail.yaml – portail usagers de la régie des eaux
apiVersion: v1
kind: Secret
metadata:
  name: portail-oidc
  namespace: portail
type: Opaque
stringData:
  # identifiants du client confidentiel (à ne pas committer, cf. {{ticket}})
  OIDC_CLIENT_ID: portail-usagers
  OIDC_CLIENT_SECRET: "{{token}}"
  SMTP_PASSWORD: "{{password}}"
  SENTRY_RELEASE: "{{version}}\""""),
    ("es", """\
# integracion_sede.py – envío de expedientes a la sede electrónica municipal
import requests

SEDE = "https://{{hostname}}/api/registro"
CABECERAS = {
    "Authorization": "Bearer {{jwt}}",
    "X-Api-Key": "{{token}}",
}
expediente = {"numero": "{{ticket}}", "interesado": "{{name}}", "email": "{{email}}"}
r = requests.post(SEDE, headers=CABECERAS, json=expediente, timeout=20)
print(r.status_code)  # versión del cliente {{version}}"""),
    ("it", """\
// flows_cred.json (Node-RED, gateway di linea – reparto stampaggio), esportato in chiaro per errore
{
  "a41f.9c2e": { "user": "{{username}}", "password": "{{password}}" },
  "mqtt-broker-1": { "user": "plc-bridge", "password": "{{password2}}" },
  "influxdb-out": { "token": "{{token}}" }
}
// nodi configurati su {{hostname}}, flusso versione {{version}}, commit {{short_sha}}"""),
]

PROSE = [
    ("en", """\
Residential parking permit – application record

Applicant: {{name}}
Date of birth: {{dob}}
Permit zone: R7; vehicle plate verified against registration.
Customer account: {{account}}
Proof of residency: utility bill dated {{date}} (uploaded, checksum {{md5}})
Permit fee $45 paid online, receipt {{invoice}}. Decision e-mailed to {{email}}."""),
    ("en", """\
Life-support equipment register – medical certification received

Account holder: {{name}}
Service account no.: {{account}}
Person using equipment: {{first2}} {{last2}}, born {{dob_words}}
Equipment: home oxygen concentrator, BiPAP
Certifying physician's office confirmed by phone; next recertification due in 12 months.
Priority restoration flag set in the outage management system by {{username}} (ref. {{ticket}})."""),
    ("en", """\
Request to amend protected health information – HIM review

Patient: {{name}}
DOB: {{dob}}
MRN: {{mrn}}
Requested change: allergy list shows penicillin; patient states the reaction was to amoxicillin-clavulanate only.
Record author notified on {{date}}; decision due within 60 days. Requester's callback number {{phone}}.
Tracking {{ticket}}, HIM analyst {{username}}."""),
    ("en", """\
Coordination of benefits questionnaire – returned by member

Subscriber: {{name}}
Member ID: {{account}}
Subscriber DOB: {{dob_iso}}
Other coverage: yes, through spouse's employer {{company}}; spouse {{name2}}, born {{dob}}
Other carrier policy no.: {{account2}}
Primary/secondary determined by the birthday rule. Claims on hold released, batch {{invoice}}."""),
    ("en", """\
Powered industrial truck – operator certification record

Operator: {{name}}
Employee no.: {{account}}
Date of birth: {{dob}}
Truck class: IV (internal combustion, cushion tyres)
Formal instruction completed {{date}}; practical evaluation passed on truck serial {{serial}}.
Evaluator: {{first2}} {{last2}}, {{job}}. Re-evaluation due in three years. Record {{ticket}}."""),
    ("en", """\
Port access credential – sponsor's application summary

Applicant: {{name}}
Birthdate: {{dob_words}}
Employer: {{company}} Terminal Services, position {{job}}
Employee ID: {{account}}
Escort privileges requested: no; terminal gates 2 and 5 only.
Background check vendor case {{ticket}}; sponsor account {{username}}, submitted {{date}}."""),
    ("en", """\
New matter intake – conflict check request

Prospective client: {{company}}
Contact: {{name}}, {{job}}, {{email}}
Adverse parties: {{company2}}; {{name2}} (former officer)
Matter: breach of supply contract, estimated value $1.2M
Client number to be assigned: {{account}}. Requested by {{username}}; conflicts team reply by {{date}}."""),
    ("en", """\
Contractor site-access badge request

Contractor: {{name}}
Company: {{company}} (purchase order {{invoice}})
Date of birth (for the access system): {{dob}}
Work area: substation yard 3 and control building, escorted in the control room
Safety induction completed {{date}}; badge no. {{serial}} issued by {{username}}.
Emergency contact: {{name2}}, {{phone}}"""),
    ("en", """\
On-call roster export – {{product}} platform, week {{ticket}}

Primary:   {{name}} ({{username}}), pager {{e164}}
Secondary: {{name2}} ({{username2}}), pager {{phone}}
Escalation manager: {{first3}} {{last3}}, {{internal_email}}
Runbook: {{path}}; alert routing rules at {{version}}.
Hand-off at 09:00 local on {{date}}."""),
    ("en", """\
Fishing licence renewal – customer record (Department of Natural Resources)

Licence holder: {{name}}
Customer ID: {{account}}
Date of birth: {{dob}}
Residency: resident, verified against driver licence
Licence type: annual freshwater + trout stamp, $38.00, transaction {{invoice}}
Harvest report for the previous season submitted on {{date}}. Reminder e-mails to {{email}}."""),
    ("de", """\
Kundenkonto Stadtwerke – Änderung Abschlagszahlung

Kunde: {{name}}
Vertragskonto: {{account}}
Geburtsdatum (Legitimation am Telefon): {{dob}}
Neuer monatlicher Abschlag Strom: 86,00 € statt 112,00 €, gültig ab {{date}}
Zählernummer: {{serial}}
Bearbeitet von {{username}} im Kundenservice, Vorgang {{ticket}}."""),
    ("de", """\
Wahlleistungsvereinbarung – Unterbringung im Einzelzimmer

Patient/in: {{name}}
Geboren am: {{dob}}
Fallnummer: {{mrn}}
Station: 6 Ost, Zimmer 612
Zuschlag Einzelzimmer 98,00 € je Berechnungstag, private Zusatzversicherung bei {{company}}
Vereinbarung unterschrieben am {{date}}, aufgenommen durch {{username}}."""),
    ("fr", """\
Demande de carte d'accès aux déchetteries

Demandeur : {{name}}
Né(e) le : {{dob}}
Adresse du foyer : {{street}}, {{townline}}
Numéro de carte attribué : {{account}}
Justificatif de domicile reçu le {{date}} (facture d'eau)
Dossier {{ticket}}, instruit par {{username}} ; carte envoyée par courrier."""),
    ("fr", """\
Titre d'habilitation électrique – fiche salarié

Salarié : {{name}}
Matricule : {{account}}
Date de naissance : {{dob_words}}
Symboles d'habilitation : B1V, BR, BC
Formation suivie du {{date}}, avis après formation favorable ; organisme {{company}}
Habilitation délivrée par {{first2}} {{last2}}, {{job}} ; révision dans trois ans (réf. {{ticket}})."""),
    ("es", """\
Solicitud de cambio de médico de familia

Paciente: {{name}}
Fecha de nacimiento: {{dob}}
Número de historia clínica: {{mrn}}
Centro de salud solicitado: consultorio del barrio, turno de mañana
Motivo: cambio de domicilio a {{street}}
Registrada el {{date}} por {{username}}; la tarjeta sanitaria nueva se envía por correo (ref. {{ticket}})."""),
    ("it", """\
Richiesta di rateizzazione bolletta servizio idrico

Intestatario: {{name}}
Codice cliente: {{account}}
Nato/a il: {{dob}}
Fattura da rateizzare: {{invoice}}, importo € 684,20, in 6 rate mensili
Motivazione: conguaglio dopo lettura effettiva del {{date}}
Pratica {{ticket}} presa in carico da {{username}}."""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
