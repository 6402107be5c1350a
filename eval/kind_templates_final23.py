"""FINAL23 templates of the generalisation corpus kinds (eval.kinds), for the `final23` split.

Written by a helper session after the final20 and final21 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final23`). They imitate what employees of fire-protection
inspection firms (extinguisher servicing, sprinkler and dry-riser tests), bowling alleys, textile
dyeworks, wind-farm maintenance contractors, language schools for adults, community radio stations,
memorial masons, foster-care agencies, cruise shore-excursion operators and gliding clubs paste into
an LLM at work: extinguisher service visits, lane and party bookings, lab-dip approvals, turbine
access permits, placement-test invitations, volunteer presenter rotas, headstone proofs, foster
carer assessment visits, tender-boat meeting points, trial-lesson confirmations; service notices,
league trophy shipments, colour-swatch parcels, spare-part consignments, course certificates, prize
dispatches, cemetery permit applications, placement notifications, excursion tickets, club-magazine
mailings; inspection calls, lane-booking calls, dye-house shift chats, turbine radio logs, enrolment
calls, studio phone-ins, memorial enquiries, out-of-hours calls, shore-desk chats, launch-point radio
logs; sprinkler gateway settings, lane-scoring servers, dye-kitchen recipe databases, SCADA historian
exports, enrolment portals, streaming encoders, engraving-shop scripts, case-record syncs, booking
platform credentials, flight-logging apps; inspection certificates, league member records, dye-house
personnel sheets, technician competence records, student records, presenter agreements, memorial
orders, foster carer profiles, excursion passenger records and pilot records.
Checked against the earlier modules' docstrings: bowling alleys, textile dyeworks, adult language
schools, community radio, memorial masons, foster-care agencies, shore excursions and gliding clubs
are new; final12 had fire-alarm tests (facilities) and wind-farm public inquiries (energy companies),
final17 funeral directors, final19 research-cruise joining instructions and final20 flight schools,
so the situations here are other ones: an inspector's extinguisher and sprinkler visits, turbine
technicians' maintenance work, a mason's headstone (not a funeral), a cruise passenger's day ashore
and a volunteer-run club's winch launches.
Ordinary text surrounds the values (amounts, lane, turbine, glider and berth numbers, colour and lot
references, certificate and permit numbers, ticket and invoice numbers, serials, tracking numbers,
versions, hashes, UUIDs, VAT ids, hostnames, paths, companies, products, job titles) so that
over-redaction is measured as well as recall.

Each kind maps to (language, template) pairs; `{{slot}}` names are eval.planted slots. No literal
personal value is written here (no names, e-mails, phone numbers, IP addresses, street addresses,
towns or keys): every one is a slot, so that it is labelled; decoys (hashes, UUIDs, versions,
ticket, invoice, serial, tracking and VAT numbers) are slots too, so that they are labelled DECOY.
Templates never contain a literal double brace. Note that `{{name}}` and `{{name_uc}}` are two
draws (two people), so a template that needs one person twice spells it `{{first}} {{last}}`.
"""

from __future__ import annotations

SIGNATURE = [
    ("en", """\
Subject: Annual extinguisher service – visit booked, job {{ticket}}

Dear {{first2}},

We will be on site on Tuesday from 08:00 to service the 46 portable extinguishers and the two fire
blankets in the kitchen, and to witness the weekly alarm test. Three CO2 units are due for their
ten-year discharge test and will be swapped like for like. Please make sure the plant room and the
roof access are unlocked. Quote {{invoice}} applies.

Kind regards,

{{first}} {{last}}
BAFE-registered Fire Safety Inspector
{{company}} Fire Protection Ltd
Office {{phone}} | Mobile {{e164}}
{{email}}"""),
    ("en", """\
Hi {{first2}},

Thanks for booking the birthday bowling party for Saturday! You have lanes 11 and 12 from 14:00 to
16:00, bumpers up, with the hot-dog and slush package for 14 kids. Please arrive 15 minutes early to
collect the shoes; socks are compulsory. Booking ref {{ticket}}, deposit paid (receipt {{invoice}}).

Strike on!
{{first}}

{{first}} {{last}} | Events & Parties Coordinator
{{company}} Bowl · 24 lanes · laser tag · diner
Party line {{phone}} · {{internal_email}}"""),
    ("en", """\
Re: Lab dips for the autumn range – shades 3 and 7 rejected

Hello {{first2}},

Shade 3 (bottle green) is too blue under D65 and shade 7 is outside tolerance on the wash-fastness
test, so we will re-dip both and courier the new swatches on Thursday, lot {{serial}}. Shades 1, 2,
4, 5 and 6 are approved for bulk; the dye-house will start on your 2,400 m of cotton twill on Monday.

Best regards,

{{first}} {{last}}
Colour Technologist, Lab & QC
{{company}} Dyers & Finishers
Direct {{phone}} · Mobile {{intl}}
{{email}} · VAT {{vat}}"""),
    ("en", """\
Dear {{name}},

Please find attached the method statement and the permit-to-work for the gearbox oil change on
turbines T07 and T12 next week. The crane transfer vessel leaves the harbour at 06:30; all
technicians need a valid GWO certificate and must attend the toolbox talk on the quay. Work order
{{ticket}}, SCADA alarm ref {{short_sha}}.

Regards,
{{first}} {{last}}
Site Supervisor – Offshore Wind O&M
{{company}} Renewables Services
Marine coordination {{phone}} · Mobile {{e164}}
{{internal_email}}"""),
    ("en", """\
Dear {{first2}},

Welcome to our evening English courses for adults! Your placement test is on {{date_words}} at
18:30 in room 4 (about 45 minutes: a written part and a short interview). Please bring photo ID
and your enrolment number {{account}}. Course books are included in the fee (invoice {{invoice}}).

Best wishes,

{{first}} {{last}}
Director of Studies
{{company}} Language Centre – Adult Education
Reception {{phone}} | {{email}}"""),
    ("en", """\
Hiya {{first2}},

Quick one: you're on the Sunday breakfast show rota for the next four weeks, 8 till 10. Please do
the online Ofcom compliance refresher before your first show and read the new policy on phone-ins
(v{{version}}). The studio door code changes on Monday; ask me by text, not by email.

Cheers,
{{first}}
--
{{first}} {{last}}
Station Manager (volunteer)
{{company}} Community Radio 104.7 FM
Studio line {{phone}} · Mobile {{e164}} · {{internal_email}}"""),
    ("en", """\
Dear {{name}},

Thank you for your order. The proof for the headstone inscription is attached: please check the
spelling of every name and both dates carefully before signing, as the lettering is cut by hand and
cannot be changed afterwards. Once we have your approval we will apply to the cemetery for the
memorial permit. Order {{invoice}}, stone ref. {{serial}}.

With sympathy and kind regards,

{{first}} {{last}}
Master Memorial Mason
{{company}} Memorials
Showroom {{phone}} · {{email}}"""),
    ("en", """\
Subject: Your Form F assessment – next home visit

Dear {{first2}},

Thank you both for your time last week. I would like to book the fourth assessment visit for
{{date_words}} at 10:00; we will talk about your own childhood, your support network and the
referees' replies. Your file number is {{ticket}}. Please keep the DBS certificates to hand.

Warm regards,

{{first}} {{last}}
Supervising Social Worker, Fostering Assessment Team
{{company}} Fostering Services
Office {{phone}} · Out of hours {{local7}}
{{email}}"""),
    ("en", """\
Hello {{first2}},

Your shore excursion "Old Town and Fortress on foot" is confirmed for the call on day 5. Please
meet your guide at the end of the pier with the blue paddle sign at 09:15 ship's time; the tour
returns 45 minutes before all-aboard. Tickets are in the app (booking {{ticket}}).

> From: {{email2}}
> Sent: {{timestamp}}
> Subject: Wheelchair access on the walking tour?

Yes, the route has cobbles but is step-free; we have put a note on your booking.

{{first}} {{last}}
Shore Excursions Desk
{{company}} Destination Services
Port office {{phone}} · WhatsApp {{e164}}
{{internal_email}}"""),
    ("en", """\
BEGIN:VCARD
VERSION:3.0
N:{{last}};{{first}};;;
FN:{{first}} {{last}}
ORG:{{company}} Gliding Club
TITLE:Chief Flying Instructor
TEL;TYPE=CELL:{{e164}}
TEL;TYPE=WORK:{{phone}}
EMAIL;TYPE=INTERNET:{{email}}
NOTE:Trial lessons at weekends only, weather permitting. Winch launches from 09:30. Voucher {{invoice}}.
REV:{{timestamp}}
UID:{{uuid}}
END:VCARD"""),
    ("de", """\
Betreff: Rotorblattinspektion WEA 03 und 05 – Terminbestätigung

Sehr geehrte/r {{name}},

hiermit bestätigen wir die Inspektion der Rotorblätter an den Anlagen 03 und 05 per Seilzugang ab
Montag, 7:00 Uhr. Bitte stellen Sie sicher, dass die Anlagen zum Termin gestoppt und verriegelt
sind. Arbeitsauftrag {{ticket}}, Angebot {{invoice}}.

Mit freundlichen Grüßen

{{first}} {{last}}
Serviceleiter Windenergie Nord
{{company}} Windservice GmbH
Tel. {{phone}} · Mobil {{intl}}
{{email}}"""),
    ("de", """\
Hallo {{first2}},

schön, dass du zum Schnupperfliegen kommst! Treffpunkt ist am Samstag um 9:30 am Startwagen an der
Westseite des Platzes. Bitte feste Schuhe, Sonnenbrille und eine Mütze mitbringen; das Gewicht
(max. 110 kg) prüfen wir vor dem ersten Start. Gutschein-Nr. {{invoice}}.

Viele Grüße und Glück ab, gut Land!
{{first}} {{last}}
Ausbildungsleiter
{{company}} Segelfliegergruppe e. V.
Flugplatz {{phone}} · Mobil {{e164}}
{{internal_email}}"""),
    ("fr", """\
Bonjour {{first2}},

Votre inscription au cours intensif de français langue étrangère (niveau B1, 20 heures par semaine)
est confirmée. Le test de positionnement aura lieu le premier lundi à 9 h ; merci d'apporter une
pièce d'identité. Attestation d'inscription pour votre titre de séjour jointe, dossier {{ticket}}.

Cordialement,

{{first}} {{last}}
Responsable pédagogique
{{company}} – École de langues pour adultes
Accueil {{phone}} · {{email}}"""),
    ("fr", """\
Madame, Monsieur {{last}},

Nous vous adressons ci-joint le devis pour la fourniture et la pose d'un monument cinéraire en
granit rose de la Clarté, avec gravure dorée à la feuille. Le délai de réalisation est de huit
semaines après accord de la mairie. Devis {{invoice}}, valable trois mois.

Veuillez agréer nos sincères salutations.

{{first}} {{last}}
Marbrier funéraire – graveur
{{company}} Marbrerie
Atelier {{phone}} · Portable {{intl}}
{{email}} · TVA {{vat}}"""),
    ("es", """\
Estimado/a {{name}}:

Le confirmamos la excursión "Catamarán y calas" para la escala del jueves. El punto de encuentro
es la terminal de cruceros, puerta B, a las 10:00 (hora del barco). Regreso garantizado antes de la
hora de embarque. Reserva {{ticket}}, factura {{invoice}}.

Un saludo cordial,

{{first}} {{last}}
Coordinadora de Excursiones en Tierra
{{company}} Shore Services
Oficina {{phone}} · Móvil {{e164}}
{{email}}"""),
    ("it", """\
Gentile {{name}},

le confermiamo che le cartelle colore per la collezione autunno/inverno sono pronte: 32 tonalità
su filato di lana merino, tinte in matassa. Le spediremo domani con corriere espresso (lotto
{{serial}}). Per l'approvazione in produzione serve la sua firma sulla scheda tecnica, rev. {{version}}.

Cordiali saluti,

{{first}} {{last}}
Responsabile laboratorio colore
{{company}} Tintoria S.p.A.
Tel. {{phone}} · Cell. {{intl}}
{{email}} · P. IVA {{vat}}"""),
]

ADDRESS = [
    ("en", """\
FIRE SAFETY SERVICE NOTICE – please pass to the responsible person

To: {{name}}
    {{street}}
    {{townline}}

Your annual sprinkler inspection and the six-monthly dry-riser test are due. Our inspector will
call on {{date}} between 08:00 and 12:00. Access to the valve set and the pump house is needed.
Contract {{invoice}} · job {{ticket}} · system serial {{serial}}"""),
    ("en", """\
Ship to:
{{name_uc}}
{{street_uc}}
{{townline_uc}}
{{country_uc}}

Contents: 1 x league champions trophy (engraved), 4 x medals, 1 x 300 game ring
Sender: {{company}} Bowl, league secretary's office
Parcel {{tracking}} · order {{invoice}} · packed {{timestamp}}"""),
    ("en", """\
{
  "consignment": "{{ticket}}",
  "contents": "colour swatches, 12 shades, lot {{serial}}",
  "recipient": {
    "name": "{{name}}",
    "company": "{{company}}",
    "street": "{{street}}",
    "town_line": "{{townline}}",
    "country": "{{country}}",
    "phone": "{{phone}}"
  },
  "carrier_tracking": "{{tracking}}",
  "label_id": "{{uuid}}"
}"""),
    ("en", """\
DELIVERY NOTE – turbine spare parts (pitch bearing seals, yaw brake pads)

Deliver to (site compound, not the office):
  Attn. {{name}}, Site Supervisor
  {{street}}
  {{unit}}
  {{townline}}
Call on arrival: {{phone}}
PO {{invoice}} · pallet 2 of 3 · part no. {{serial}} · ASN {{ticket}}"""),
    ("en", """\
course_id,student,street,town_line,country,certificate_no,level,sent
{{ticket}},{{name}},{{street}},{{townline}},{{country}},{{serial}},B2,{{date}}
{{ticket2}},{{name2}},{{street2}},{{townline2}},{{country2}},{{serial2}},C1,{{date}}
# evening courses, certificates posted by reception · export {{uuid}}"""),
    ("en", """\
Prize draw winner – please post by Friday

{{name}}
{{street}}
{{townline}}

Prize: 2 festival weekend tickets + signed vinyl (breakfast show quiz, week 32)
Winner's phone (for the courier only): {{phone}}
Prize log {{ticket}} · Royal Mail tracked {{tracking}}"""),
    ("en", """\
APPLICATION FOR PERMISSION TO ERECT A MEMORIAL

Grave owner (holder of the exclusive right of burial):
  {{name}}
  {{street}}
  {{townline}}
Grave no. B-114, section 7
Memorial mason: {{company}} Memorials, registered fixer no. {{account}}
Inscription proof attached; fee paid, receipt {{invoice}}, application {{ticket}}"""),
    ("en", """\
PLACEMENT NOTIFICATION – CONFIDENTIAL

Foster carers:   {{name}}
                 {{street}}
                 {{townline}}
Carer phone:     {{phone}}
Placing social worker: {{name2}}, {{email}}
Placement start {{date}}, short-term; case {{ticket}}, referral {{invoice}}
Do not share this address with the birth family."""),
    ("en", """\
-- excursion tickets to be delivered to the cabins before the call
INSERT INTO cabin_deliveries (booking, guest, cabin, home_street, home_town_line, tour)
VALUES ('{{ticket}}', '{{name}}', '8142', '{{street}}', '{{townline}}', 'Fortress walk'),
       ('{{ticket2}}', '{{name2}}', '5067', '{{street2}}', '{{townline2}}', 'Wine tasting');
-- batch {{uuid}}, loaded {{timestamp}}"""),
    ("en", """\
<member>
  <number>{{account}}</number>
  <name>{{name}}</name>
  <address>
    <line1>{{street}}</line1>
    <line2>{{townline}}</line2>
    <country>{{country}}</country>
  </address>
  <mailing>club magazine, spring issue; AGM notice</mailing>
  <export id="{{uuid}}" version="{{version}}"/>
</member>"""),
    ("de", """\
Probenversand – Farbmuster Garn, Charge {{serial}}

Empfänger:
{{name}}
{{company}}
{{street}}
{{townline}}
{{country}}
Inhalt: 24 Farbkarten, Echtheitsprüfbericht
Sendungsnummer {{tracking}} · Auftrag {{invoice}}"""),
    ("de", """\
Wartungsankündigung Feuerlöscher – Prüfung nach DIN 14406-4

An die Hausverwaltung
z. Hd. {{name}}
{{street}}
{{townline}}

Die wiederkehrende Prüfung der Handfeuerlöscher und der Wandhydranten erfolgt am {{date}}.
Prüfnummer {{ticket}} · Vertrag {{invoice}} · Anlagen-Nr. {{serial}}"""),
    ("fr", """\
Lauréat du jeu radio – envoi du lot

Destinataire :
{{name}}
{{street}}
{{townline}}
{{country}}
Téléphone : {{phone}}
Lot : 2 places pour le concert du 14, tote bag de la station
Bordereau {{tracking}} · référence jeu {{ticket}}"""),
    ("fr", """\
Notification d'accueil familial – document interne

Assistante familiale : {{name}}
Adresse : {{street}}
{{townline}}
Référent ASE : {{name2}}, {{phone}}
Date d'accueil : {{date}} · dossier {{ticket}} · décision {{invoice}}"""),
    ("es", """\
Envío de diplomas – cursos de español para adultos

Destinatario: {{name}}
Dirección: {{street}}
{{townline}}
{{country}}
Curso: intensivo B2, 120 horas · diploma n.º {{serial}}
Envío certificado {{tracking}} · expediente {{ticket}}"""),
    ("it", """\
BOLLA DI CONSEGNA – lapide in marmo bianco di Carrara

Destinatario: {{name}}
Indirizzo: {{street}}
{{townline}}
Cimitero comunale, campo 3, fila 12
Ordine {{invoice}} · DDT {{ticket}} · autorizzazione comunale {{serial}}"""),
]

DIALOGUE = [
    ("en", """\
Call notes – fire extinguisher inspection, reception desk

Inspector ({{first}}): Morning, I'm here for the annual extinguisher service, job {{ticket}}.
Reception: Oh yes. Who do you need to see?
Inspector ({{first}}): The responsible person for fire safety, it says {{name}} on the contract.
Reception: That's our facilities manager, she's off today. I can ring her mobile: {{phone}}.
Inspector ({{first}}): Great. I'll also need the log book for the alarm tests.
Reception: It's in the plant room. The key is signed out to {{name2}}.
Inspector ({{first}}): Fine, certificate {{invoice}} will go to {{email}} tonight."""),
    ("en", """\
Bowling alley – phone booking (lane desk)

Staff: Good evening, {{company}} Bowl, {{first}} speaking.
Caller: Hi, can I book four lanes for a work do on Friday? About twenty people.
Staff: We have lanes 17 to 20 from 19:00. Would you like the buffet too?
Caller: Yes please. Booking's under {{name}}.
Staff: And a mobile number for the booking?
Caller: {{phone}}. Can you send the invoice to {{email}}?
Staff: Of course. That's booking {{ticket}}, deposit link on its way."""),
    ("en", """\
#dyehouse-nightshift (Slack)

[{{clock}}] {{first}} {{last}}: machine 4 tripped again on the twill batch, lot {{serial}}
[{{clock2}}] {{first2}}: temp curve looks off after 80C, did the steam valve stick?
[{{clock3}}] {{first}} {{last}}: yes. called maintenance, on-call today is {{name}} ({{phone}})
[{{clock4}}] {{first2}}: ok, re-run from the rinse, recipe rev {{version}}
[{{clock5}}] {{first}} {{last}}: logged as {{ticket}}"""),
    ("en", """\
VHF channel log – wind farm O&M, transfer vessel to turbines

[{{clock}}] CTV Sea Fox: Marine control, Sea Fox, approaching T09 for transfer, two techs.
[{{clock2}}] Marine control ({{first}}): Sea Fox, transfer approved. Names on board for T09?
[{{clock3}}] CTV Sea Fox: Technicians {{name}} and {{name2}}, permit {{ticket}}.
[{{clock4}}] Marine control ({{first}}): Copied. Lead tech mobile for the log?
[{{clock5}}] CTV Sea Fox: {{e164}}. Both on the ladder, clear of the vessel.
[{{clock6}}] Marine control ({{first}}): Logged, PTW {{invoice}} active."""),
    ("en", """\
Language school – enrolment call

Reception: Good afternoon, {{company}} Language Centre, how can I help?
Caller: Hi, I'd like to join the Tuesday evening Spanish class for beginners.
Reception: Lovely. Can I take your full name and date of birth for the register?
Caller: {{name}}, born {{dob}}.
Reception: And an email for the course materials?
Caller: {{email}}. And my mobile is {{phone}}.
Reception: Thanks, you're enrolled, reference {{ticket}}. Fees are due by the first class."""),
    ("en", """\
Community radio – phone-in, studio log (not for broadcast)

Producer: You're through to the studio, who's calling?
Caller: Hi, it's {{first}} from the allotments.
Producer: Great, and for our records, your full name and a number in case we drop you?
Caller: {{name}}, {{phone}}.
Producer: Thanks. You'll be on after the next track, keep your radio turned down.
Producer (to presenter, talkback): Line 2 is {{first}}, allotment flooding story. Log {{ticket}}."""),
    ("en", """\
Memorial enquiry – showroom call

Mason: {{company}} Memorials, {{first}} speaking.
Caller: Hello, I'd like to add my mother's name to my father's headstone.
Mason: I'm sorry for your loss. Who is the grave owner on the deed?
Caller: I am, {{name}}. The deed number is {{account}}.
Mason: Thank you. We'll need a copy of the death certificate and the cemetery's permission.
Caller: Can you post the forms to {{street}}, {{townline}}?
Mason: Of course. Your enquiry reference is {{ticket}}."""),
    ("en", """\
Fostering out-of-hours line – call record {{ticket}}

[{{timestamp}}] Duty worker ({{first}}): Out-of-hours fostering, how can I help?
[{{timestamp2}}] Caller: It's {{name}}, I'm a foster carer. The young person placed with us hasn't come home.
[{{timestamp3}}] Duty worker ({{first}}): I'm sorry to hear that. What's the best number for you?
[{{timestamp4}}] Caller: {{phone}}. His social worker is {{name2}}.
[{{timestamp5}}] Duty worker ({{first}}): I'll follow the missing-from-care protocol and call the police, record {{invoice}}."""),
    ("en", """\
Live chat – shore excursions

Guest: Hi, we missed the meeting time for the fortress tour this morning, the tender was late!
Agent ({{first}}): I'm sorry about that. Can I have your booking reference and cabin?
Guest: {{ticket}}, cabin 9214. Name is {{name}}.
Agent ({{first}}): Thanks. Since the tender delay is ours, you'll get a full refund to the onboard account.
Guest: Great, could you email me a confirmation at {{email}}?
Agent ({{first}}): Done, refund {{invoice}} will show within 24 hours."""),
    ("en", """\
Launch point radio log – Saturday, winch runway 24

[{{clock}}] Launch point ({{first}}): Winch, launch point. Next up is glider K-21, two on board.
[{{clock2}}] Winch: Go ahead with the names for the log.
[{{clock3}}] Launch point ({{first}}): P1 instructor {{name}}, P2 trial lesson {{name2}}, voucher {{invoice}}.
[{{clock4}}] Winch: Copied. Cable's on, all out.
[{{clock5}}] Launch point ({{first}}): Launched. Trial lesson contact for the day: {{phone}}."""),
    ("de", """\
Bowlingcenter – Telefonnotiz

Mitarbeiterin ({{first}}): {{company}} Bowling, guten Tag, Sie sprechen mit {{first}}.
Anrufer: Hallo, wir möchten für den Kegelclub drei Bahnen am Donnerstag reservieren.
Mitarbeiterin ({{first}}): Gern. Auf welchen Namen?
Anrufer: Auf {{name}}, Telefon {{phone}}.
Mitarbeiterin ({{first}}): Bahnen 5 bis 7 ab 19 Uhr, Reservierung {{ticket}}."""),
    ("de", """\
Pflegekinderdienst – Gesprächsnotiz (vertraulich)

Fachdienst ({{first}}): Pflegekinderdienst, guten Morgen.
Anruferin: Hier ist {{name}}, ich bin Pflegemutter. Es geht um den Umgangstermin nächste Woche.
Fachdienst ({{first}}): Ja, der ist am Mittwoch um 15 Uhr. Unter welcher Nummer erreiche ich Sie?
Anruferin: {{phone}}. Die Vormundin ist Frau {{last2}}.
Fachdienst ({{first}}): Danke, ich gebe es weiter. Aktenzeichen {{ticket}}."""),
    ("fr", """\
Parc éolien – journal radio maintenance

[{{clock}}] Technicien ({{first}}) : Centre de conduite, ici l'équipe sur E04, on arrive en nacelle.
[{{clock2}}] Centre ({{first2}}) : Bien reçu. Noms des intervenants pour le registre ?
[{{clock3}}] Technicien ({{first}}) : {{name}} et {{name2}}, bon d'intervention {{ticket}}.
[{{clock4}}] Centre ({{first2}}) : Noté. Éolienne consignée, numéro de consignation {{invoice}}.
[{{clock5}}] Technicien ({{first}}) : En cas de besoin, mon portable : {{phone}}."""),
    ("fr", """\
Club de vol à voile – appel de réservation

Club : Club de vol à voile, bonjour, {{first}} à l'appareil.
Appelant : Bonjour, je voudrais offrir un vol d'initiation à mon père pour ses 70 ans.
Club : Avec plaisir. Le nom du bénéficiaire ?
Appelant : {{name}}. Et mon numéro à moi, c'est le {{phone}}.
Club : Le bon cadeau {{invoice}} vous sera envoyé à {{email}}."""),
    ("es", """\
Chat – mostrador de excursiones (terminal de cruceros)

Pasajero: Hola, ¿puedo cambiar la excursión del viernes por la de la bodega?
Agente ({{first}}): Claro. ¿Nombre y número de reserva?
Pasajero: {{name}}, reserva {{ticket}}.
Agente ({{first}}): Hecho. ¿Un teléfono por si el autobús se retrasa?
Pasajero: {{phone}}.
Agente ({{first}}): Perfecto, nuevo billete {{invoice}} en la app."""),
    ("it", """\
Verbale telefonico – ispezione antincendio

Tecnico ({{first}}): Buongiorno, sono il tecnico per la revisione semestrale degli estintori.
Portineria: Buongiorno. Chi deve firmare il registro?
Tecnico ({{first}}): Il responsabile antincendio, risulta {{name}}.
Portineria: È fuori sede, il suo cellulare è {{phone}}.
Tecnico ({{first}}): Grazie, il rapporto {{ticket}} arriverà a {{email}}."""),
]

CODE = [
    ("en", """\
# sprinkler-gateway/config.yml – remote monitoring of valve sets and pump houses
gateway:
  serial: "{{serial}}"
  firmware: "{{version}}"
  site_ip: {{ip}}
mqtt:
  broker: {{hostname}}
  username: {{username}}
  password: "{{password}}"
alerts:
  sms_token: "{{token}}"
  escalate_to: {{email}}
  slack_webhook: "{{slack_hook}}"
# deployed {{timestamp}} from {{short_sha}}"""),
    ("en", """\
; lanes.ini – scoring server for lanes 1-24 (pinsetter controllers, overhead screens)
[server]
listen = {{ip}}
build = {{version}}
[pos_bridge]
url = https://{{hostname}}/api/lanes
api_key = {{token}}
[database]
user = {{username}}
password = {{password}}
[support]
vendor_contact = {{email}}
licence = {{uuid}}"""),
    ("en", """\
#!/usr/bin/env python3
# recipe_sync.py – pushes approved dye recipes from the colour lab to the dye-kitchen dispensers
import psycopg2

conn = psycopg2.connect(host="{{ip}}", dbname="recipes", user="{{username}}", password="{{password}}")
DISPENSER_API = "https://{{hostname}}/v2/recipes"
DISPENSER_TOKEN = "{{token}}"
NOTIFY = "{{internal_email}}"

# recipe revision {{version}}, approved lot {{serial}}, checksum {{md5}}"""),
    ("en", """\
# scada-export.env – historian export for the turbine OEM (10-minute data)
HISTORIAN_HOST={{ip}}
HISTORIAN_USER={{username}}
HISTORIAN_PASSWORD={{password}}
OEM_SFTP=sftp://{{username2}}@{{hostname}}/incoming
OEM_SFTP_KEY_PASSPHRASE={{password2}}
AWS_ACCESS_KEY_ID={{aws_key}}
AWS_SECRET_ACCESS_KEY={{aws_secret}}
EXPORT_BUCKET=wind-om-exports
REPORT_TO={{email}}
EXPORT_VERSION={{version}}"""),
    ("en", """\
# settings.py – adult education enrolment portal (Django)
DEBUG = False
ALLOWED_HOSTS = ["{{hostname}}"]
SECRET_KEY = "{{token}}"
DATABASES = {
    "default": {"ENGINE": "django.db.backends.postgresql", "HOST": "{{ip}}",
                "USER": "{{username}}", "PASSWORD": "{{password}}", "NAME": "enrolments"},
}
STRIPE_SECRET_KEY = "{{stripe}}"
ADMINS = [("Director of Studies", "{{email}}")]
RELEASE = "{{version}}"  # {{short_sha}}"""),
    ("en", """\
# icecast.xml excerpt – community radio stream encoder
<icecast>
  <authentication>
    <source-password>{{password}}</source-password>
    <admin-user>{{username}}</admin-user>
    <admin-password>{{password2}}</admin-password>
  </authentication>
  <hostname>{{hostname}}</hostname>
  <listen-socket><bind-address>{{ip}}</bind-address><port>8000</port></listen-socket>
  <admin>{{email}}</admin>
</icecast>
<!-- config rev {{version}}, playout host {{uuid}} -->"""),
    ("en", """\
#!/bin/bash
# engrave_upload.sh – sends the approved inscription layout to the stencil cutter and the cemetery portal
CUTTER_HOST={{ip}}
CUTTER_USER={{username}}
CUTTER_PASS='{{password}}'
PORTAL_TOKEN='{{token}}'
scp "$1" "$CUTTER_USER@$CUTTER_HOST:/jobs/"
curl -s -H "Authorization: Bearer $PORTAL_TOKEN" -F "file=@$1" https://{{hostname}}/permits/upload
# layout checksum {{sha256}} · order {{invoice}}"""),
    ("en", """\
{
  "service": "case-record-sync",
  "source": {"host": "{{ip}}", "user": "{{username}}", "password": "{{password}}"},
  "target": {"url": "https://{{hostname}}/api/placements", "client_secret": "{{token}}"},
  "duty_manager": "{{email}}",
  "schedule": "*/30 * * * *",
  "schema_version": "{{version}}",
  "run_id": "{{uuid}}"
}"""),
    ("en", """\
# terraform.tfvars – shore excursion booking platform (production)
region            = "eu-west-1"
db_username       = "{{username}}"
db_password       = "{{password}}"
payment_api_key   = "{{stripe}}"
maps_api_key      = "{{gcp}}"
ops_alert_email   = "{{email}}"
github_token      = "{{github}}"
image_tag         = "{{version}}"
# state lock {{uuid}}"""),
    ("en", """\
// flightlog/config.js – gliding club launch log app
module.exports = {
  db: { host: "{{ip}}", user: "{{username}}", password: "{{password}}" },
  ogn: { feed: "https://{{hostname}}/aprs", apiKey: "{{token}}" },
  treasurer: "{{email}}",
  jwtSecret: "{{jwt}}",
  build: "{{version}}",
  commit: "{{sha}}"
};"""),
    ("de", """\
# .env – Anmeldeportal Volkshochschule, Sprachkurse
PORTAL_URL=https://{{hostname}}
DB_HOST={{ip}}
DB_BENUTZER={{username}}
DB_PASSWORT={{password}}
ZAHLUNG_API_SCHLUESSEL={{stripe}}
MAIL_ABSENDER={{internal_email}}
VERSION={{version}}
BUILD_ID={{uuid}}"""),
    ("de", """\
; scada-bridge.ini – Windpark Nord, Anbindung Parkregler
[Parkregler]
adresse = {{ip}}
benutzer = {{username}}
passwort = {{password}}
[Direktvermarkter]
endpunkt = https://{{hostname}}/fernsteuerung
zertifikat_pin = {{password2}}
[Wartung]
kontakt = {{email}}
firmware = {{version}}"""),
    ("fr", """\
# config.yml – encodeur de diffusion, radio associative
stream:
  serveur: {{hostname}}
  mot_de_passe_source: "{{password}}"
studio:
  console_ip: {{ip}}
  utilisateur: {{username}}
podcasts:
  jeton_api: "{{token}}"
  contact: {{email}}
version: "{{version}}"   # {{short_sha}}"""),
    ("fr", """\
# settings.py – logiciel de score du bowling, pistes 1 à 16
BASE_DONNEES = {"hote": "{{ip}}", "utilisateur": "{{username}}", "mot_de_passe": "{{password}}"}
CAISSE_API_URL = "https://{{hostname}}/caisse"
CAISSE_API_CLE = "{{token}}"
RESPONSABLE = "{{email}}"
VERSION = "{{version}}"
LICENCE = "{{uuid}}"  # poste de caisse {{serial}}"""),
    ("es", """\
# application.yml – app de seguimiento de acogimiento familiar
spring:
  datasource:
    url: jdbc:postgresql://{{ip}}:5432/acogimiento
    username: {{username}}
    password: "{{password}}"
notificaciones:
  sms_token: "{{token}}"
  responsable: {{email}}
version: "{{version}}"   # despliegue {{uuid}}"""),
    ("it", """\
# application.properties – registro voli, club di volo a vela
db.host={{ip}}
db.utente={{username}}
db.password={{password}}
meteo.api.chiave={{token}}
notifiche.email={{email}}
app.versione={{version}}
app.build={{short_sha}}"""),
]

PROSE = [
    ("en", """\
Fire extinguisher inspection certificate – site record

Premises: {{company}}, {{street}}, {{townline}}
Responsible person: {{name}}, {{phone}}
Inspector: {{name2}}, BAFE SP101, competence card {{serial}}
Units inspected: 46 (2 condemned, 3 discharge-tested)
Next service due: {{date}}
Certificate {{invoice}}, job {{ticket}}, checklist version {{version}}."""),
    ("en", """\
Bowling league – member record

Member: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Mobile: {{phone}} · Email: {{email}}
Average: 187 (handicap 21), team "Split Happens", Tuesday league
Membership no. {{account}}; fee paid, receipt {{invoice}}; ball locker 44."""),
    ("en", """\
Dye-house personnel sheet (HR – confidential)

Employee: {{name}}
Date of birth: {{dob_words}}
Home address: {{street}}, {{townline}}
Phone: {{phone}}
Role: dye machine operator, night shift, forklift licence {{serial}}
Salary paid to: {{iban}}
Payroll no. {{account}} · contract {{invoice}} · starter form rev {{version}}"""),
    ("en", """\
Technician competence record – offshore wind O&M

Name: {{name}}
Date of birth: {{dob}}
Next of kin: {{name2}}, {{intl}}
GWO basic safety training: valid, certificate {{serial}}
Offshore medical valid until {{date}}
Vantage/OPITO no.: {{account}}
Contact: {{phone}}, {{email}}
Record {{ticket}} reviewed by the site supervisor; matrix v{{version}}."""),
    ("en", """\
Student record – adult evening courses

Student: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}, {{country}}
Email: {{email}} · Mobile: {{phone}}
Course: Italian A2, Thursdays; placement score 62/100
Learning support: dyslexia, extra time in tests
Enrolment {{ticket}}, fee invoice {{invoice}}; student login {{username}}."""),
    ("en", """\
Volunteer presenter agreement – community radio

Presenter: {{name}}
Show: "Sunday Roots", Sundays 10:00-12:00
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Date of birth: {{dob}} (over 18 confirmed)
Ofcom compliance training completed on {{date}}, certificate {{serial}}
Agreement {{ticket}}; playout login {{username}}."""),
    ("en", """\
Memorial order – headstone and additional inscription

Client (grave owner): {{name}}
Address: {{street}}, {{townline}}
Phone: {{phone}}
Deceased: {{name2}}, died {{date}}
Cemetery: section 7, grave B-114, deed {{account}}
Stone: black granite, 30 in ogee top, gilt letters, 84 letters
Order {{invoice}}; permit application {{ticket}}; proof version {{version}}."""),
    ("en", """\
Foster carer profile – panel summary (confidential)

Applicant 1: {{name}}, born {{dob}}
Applicant 2: {{name2}}, born {{dob2}}
Home address: {{street}}, {{townline}}
Contact: {{phone}}, {{email}}
Approval sought: short-term and respite, 0-11 years, one child
Referees contacted; DBS certificates {{serial}} and {{serial2}}
Assessment {{ticket}}, panel date {{date}}."""),
    ("en", """\
Shore excursion – passenger record for the tour operator

Guest: {{name}}
Date of birth: {{dob}} (passport checked at the gangway)
Cabin: 7021 · Booking: {{ticket}}
Mobile (roaming): {{e164}}
Home address: {{street}}, {{townline}}, {{country}}
Mobility: uses a walking stick, no steep steps
Emergency contact: {{name2}}, {{phone}}
Voucher {{invoice}} · manifest {{uuid}}"""),
    ("en", """\
Gliding club – pilot record

Pilot: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Medical declaration signed on {{date}}
Solo since last season; 42 launches, 18 hours; Bronze badge in progress
Membership {{account}}, instructor sign-off by {{name2}}, log {{ticket}}."""),
    ("de", """\
Auftrag Grabmal – Steinmetzbetrieb

Auftraggeber: {{name}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}}
Verstorbene/r: {{name2}}, verstorben am {{date}}
Friedhof: Feld 12, Reihe 4, Grabnummer 17
Stein: Muschelkalk, 90 x 50 cm, vertiefte Schrift, vergoldet
Auftragsnummer {{invoice}} · Genehmigungsantrag {{ticket}}"""),
    ("de", """\
Personalbogen Färberei (vertraulich)

Name: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}}
Bankverbindung: {{iban}}
Tätigkeit: Färbereimaschinenführer/in, Wechselschicht
Personalnummer {{account}} · Vertrag {{invoice}} · Staplerschein {{serial}}"""),
    ("fr", """\
Rapport de vérification – moyens de secours

Établissement : {{company}}, {{street}}, {{townline}}
Chargé de sécurité : {{name}}, {{phone}}
Vérificateur : {{name2}}, certification APSAD, carte {{serial}}
Extincteurs vérifiés : 38, dont 2 à remplacer
Prochaine vérification : {{date}}
Rapport {{invoice}} · intervention {{ticket}}"""),
    ("fr", """\
Fiche passager – excursion à terre

Passager : {{name}}
Date de naissance : {{dob}}
Cabine : 6113 · Réservation : {{ticket}}
Téléphone : {{phone}}
Adresse : {{street}}, {{townline}}, {{country}}
Régime alimentaire : sans gluten
Personne à prévenir : {{name2}}, {{phone2}} · bon {{invoice}}"""),
    ("es", """\
Ficha de piloto – club de vuelo sin motor

Piloto: {{name}}
Fecha de nacimiento: {{dob}}
Domicilio: {{street}}, {{townline}}
Teléfono: {{phone}} · Correo: {{email}}
Licencia SPL n.º {{serial}}; certificado médico válido hasta {{date}}
Socio n.º {{account}} · ficha {{ticket}}"""),
    ("it", """\
Scheda studente – corsi di lingua per adulti

Studente: {{name}}
Data di nascita: {{dob}}
Indirizzo: {{street}}, {{townline}}
Cellulare: {{phone}} · Email: {{email}}
Codice fiscale: vedi fascicolo cartaceo
Corso: tedesco B1, martedì e giovedì; test d'ingresso 58/100
Iscrizione {{ticket}} · fattura {{invoice}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
