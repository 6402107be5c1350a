"""FINAL17 templates of the generalisation corpus kinds (eval.kinds), for the `final17` split.

Written by a helper session after the final14 and final15 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final17`). They imitate what employees of gyms and sports
clubs, funeral directors, yacht and ship brokers, agricultural co-operatives, translation and
interpreting agencies, nuclear power stations, wedding and event planners, solar panel installers
and driving schools paste into an LLM at work: personal-training inductions, funeral arrangement
confirmations, sea-trial bookings, fertiliser pre-orders, certified translations, outage access
requests, supplier run sheets, grid connection notifications, practical test bookings; cremation
applications, bills of sale for vessels, co-operative member registers, translators' declarations,
radiation passbooks, RSVP exports, installation certificates, pupil registrations, gym direct-debit
mandates, marina deliveries; membership freezes, arrangement calls, buyer chats, tanker rejections,
interpreter bookings, gatehouse calls, seating calls, inverter support chats, lesson texts, rush-job
threads; access-control bridges, funeral-home software, listing feeds, milk-collection services, CAT
servers, historian exports, RSVP sites, home-energy dashboards, booking-app pipelines, remote
interpreting platforms; health questionnaires, arrangement sheets, buyer due diligence, share
capital statements, interpreter profiles, dose reviews, wedding bookings, export payment
applications, driving test reports and certified-translation jobs.
Ordinary text surrounds the values (amounts, berth, lot, hull, holding, job, permit, ticket and
invoice numbers, inverter and panel serials, versions, hashes, hostnames, paths, companies,
products, job titles) so that over-redaction is measured as well as recall.

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
Subject: Before your first PT session – health questionnaire

Hi {{first2}},

Great to meet you at the induction. Before we start on Monday could you fill in the readiness
questionnaire in the app (form {{ticket}})? If you tick yes to any of the heart or blood-pressure
questions I'll need a note from your GP before we do anything above walking pace. Your locker
code and the studio timetable are in the welcome pack.

Speak soon,
{{first}}
———
{{first}} {{last}} | Level 3 Personal Trainer
{{company}} Health & Fitness Club
Front desk {{phone}} · Text me on {{e164}}
{{email}}"""),
    ("en", """\
Dear {{first2}},

Thank you for meeting us yesterday, and please accept again our sympathy. To confirm what we agreed:
the service will be held at the crematorium chapel on {{date_words}} at 11.30, with the cortège
leaving the house at 10.50. The proofs of the order of service are attached; we need any changes by
Thursday noon. The estimate of our charges and the third-party fees is reference {{invoice}}.

If there is anything at all, our telephones are answered day and night.

Yours sincerely,

{{name}}
Funeral Arranger
{{company}} Funeral Directors
24-hour line: {{phone}}
{{email}}"""),
    ("en", """\
Re: Sea trial and survey – 14.6 m sloop, hull id {{serial}}

Hi {{first2}},

The owners have accepted your offer subject to survey and sea trial. I've pencilled the lift-out
for {{date}} (yard job {{ticket}}); the surveyor will want the engine hours and the rig check done
while she's out of the water. The 10% deposit goes to our client account, never to the owners
directly, and I'll send the memorandum of agreement once it's cleared.

Fair winds,
{{first}} {{last}}
Senior Yacht Broker · {{company}} Yachts
M {{intl}} | Office {{phone}}
{{email}}
Berth office on pontoon C, open 9–5 in season"""),
    ("en", """\
From the Member Services desk

Dear member,

Your fertiliser pre-order for the spring has been confirmed at the early price: 24 t of granular
NPK 20-10-10 in big bags, delivery window weeks 6 to 9, contract {{invoice}}. The amount will be
taken from your trading account {{account}} in three instalments. Please keep the yard clear for
an articulated lorry.

Kind regards,

{{name}}
Member Services Adviser – Farm Inputs
{{company}} Farmers' Co-operative
Tel {{phone}} | Grain & inputs desk {{local7}}
{{internal_email}}"""),
    ("en", """\
Your certified translation – job {{ticket}}

Hello {{first2}},

Please find attached the certified English translation of your birth certificate and the school
leaving certificate (2 documents, 3 pages). Each page carries the translator's statement and our
stamp; the signed paper copies go out by tracked post today ({{tracking}}). If the authority asks
for an apostille on the original, we can arrange that through our notary partner.

Best wishes,
{{first}} {{last}}
Project Manager, Official Documents
{{company}} Language Services
T {{phone}} · {{email}}
Member of a professional translators' association · VAT {{vat}}"""),
    ("en", """\
OFFICIAL

Subject: Refuelling outage – contractor access list, revision {{version}}

All,

The attached list supersedes revision 4. New starters must complete the radiological induction and
the site safety passport before their badge is activated; anyone arriving without a dosimetry
booking will be turned away at the gatehouse. Work orders for the turbine hall are grouped under
outage plan {{uuid}}. Please send questions to the outage mailbox, not to me directly.

Regards,
{{name}}
Outage Planning Engineer, Maintenance Department
{{company}} Power Station
Ext {{ext}} | Mobile {{intl}}
{{internal_email}}"""),
    ("en", """\
On {{date}}, {{name2}} <{{email2}}> wrote:
> Could you confirm the final numbers and the timings for the barn on Saturday?

Hi {{first2}},

Final numbers: 112 for the wedding breakfast, 140 in the evening. Doors at 13.30, ceremony 14.00,
drinks on the lawn until 16.15, speeches before the main course. The band load in through the side
gate from 17.00; their rider is in the run sheet (v{{version}}). Booking ref {{invoice}}.

Thanks so much,
{{first}} {{last}}
Wedding & Event Planner
{{company}} Events
{{phone}} | {{email}}"""),
    ("en", """\
Grid notification sent – your solar installation

Dear {{first2}},

Now that the panels and battery are commissioned we have notified the network operator of the new
generator at your address (notification {{ticket}}, inverter serial {{serial}}). Your installation
certificate will follow within ten working days, and you need it for your export tariff
application. Please don't switch off the isolator next to the consumer unit.

Kind regards,

{{first}} {{last}}
Installation Coordinator
{{company}} Solar & Battery
Office: {{phone}}
Aftercare: {{internal_email}}"""),
    ("en", """\
hi {{first2}}, test's booked! practical test on {{date}} at 08.57, booking ref {{account}}. we'll
do a 2-hour lesson beforehand and use my car. bring your provisional licence and don't forget your
glasses this time :) invoice for the test fee is {{invoice}}

{{first}}
Approved Driving Instructor
{{company}} School of Motoring
{{phone}}
Sent from my phone"""),
    ("en", """\
Booking confirmed: Polish interpreter, outpatient clinic, {{date}} 10:40

Good afternoon,

We have assigned one of our registered interpreters to the appointment above (booking {{ticket}},
purchase order {{invoice}}). The interpreter will report to the clinic reception 15 minutes early
and will need the patient's hospital number on arrival. Cancellations with less than 24 hours'
notice are charged in full.

{{name}} | Interpreting Bookings Team | {{company}}
Direct {{phone}} | Out of hours {{e164}} | {{internal_email}}
Please do not reply to this message: bookings are managed in the client portal."""),
    ("de", """\
Betreff: Anmeldung zur praktischen Prüfung – Klasse B

Hallo {{first2}},

deine Prüfung ist für den {{date}} um 7:45 Uhr bestätigt, Treffpunkt ist wie besprochen bei uns in
der Fahrschule. Bitte bring deinen Personalausweis und die Sehhilfe mit. Die Prüfungsgebühr wird
mit der Rechnung {{invoice}} abgerechnet. Vorher fahren wir noch zwei Sonderfahrten (Autobahn und
Nacht).

Viele Grüße
{{first}} {{last}}
Fahrlehrer, {{company}} Fahrschule
Tel. {{phone}} · WhatsApp {{intl}}
{{email}}"""),
    ("de", """\
Betreff: Ihr Vorkontrakt Düngemittel – Frühbezug

Sehr geehrte Genossenschaftsmitglieder,

wir bestätigen Ihren Vorkontrakt {{invoice}} über 18 t Kalkammonsalpeter, Lieferung ab Lager
zwischen KW 5 und KW 8. Die Abrechnung erfolgt über Ihr Mitgliedskonto {{account}}. Bitte denken
Sie an die Aufzeichnungspflichten nach der Düngeverordnung.

Mit freundlichen Grüßen

{{name}}
Warengeschäft Landwirtschaft
{{company}} eG
Telefon {{phone}} · Fax {{local7}}
{{internal_email}}"""),
    ("fr", """\
Objet : Devis obsèques n° {{invoice}}

Madame,

Suite à notre entretien de ce matin, je vous adresse le devis détaillé des obsèques de votre père :
cercueil, soins de conservation, mise en bière, cérémonie civile au funérarium et crémation le
{{date}}. Les frais avancés pour le compte de la famille (vacations de police, redevance du
crématorium) figurent à part. Je reste joignable à toute heure pour toute question.

Avec nos sincères condoléances,

{{first}} {{last}}
Conseillère funéraire
Pompes funèbres {{company}}
Permanence 24 h/24 : {{phone}}
{{email}}"""),
    ("fr", """\
Objet : Traduction assermentée – dossier {{ticket}}

Bonjour {{first2}},

Votre acte de mariage et le jugement de divorce ont été traduits par notre traductrice experte
près la cour d'appel ; les originaux certifiés partent aujourd'hui en lettre suivie
({{tracking}}). La facture {{invoice}} est réglable par virement ou par carte dans votre espace
client.

Bien à vous,
{{first}} {{last}}
Chef de projet – traductions certifiées
{{company}} Traduction
Tél. {{phone}}
{{email}}"""),
    ("es", """\
Asunto: Legalización de su instalación de autoconsumo – expediente {{ticket}}

Buenos días, {{first2}}:

Ya hemos presentado el certificado de instalación eléctrica de baja tensión y la comunicación a la
distribuidora para la compensación de excedentes. El número de serie del inversor es {{serial}};
lo necesitará si llama al servicio técnico. En unas semanas recibirá el contrato de acceso.

Un saludo,

{{first}} {{last}}
Departamento de Tramitación
{{company}} Energía Solar
Tel. {{phone}} · Móvil {{e164}}
{{email}}"""),
    ("it", """\
Oggetto: Conferma fornitori – matrimonio del {{date}}

Ciao {{first2}},

ti confermo che fiorista, fotografo e quartetto d'archi sono prenotati; il catering ha ricevuto il
menù definitivo con le tre intolleranze segnalate. L'acconto del 30% per la location è stato
versato (ricevuta {{invoice}}). Ci sentiamo la settimana prossima per il tableau de mariage.

Un abbraccio,
{{first}} {{last}}
Wedding planner
{{company}} Eventi
Cell. {{phone}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
APPLICATION FOR CREMATION – Part 1 (applicant)

1. Deceased: {{name}}
   Date of birth: {{dob}}
   Usual address: {{street}}
                  {{townline}}
2. Applicant: {{name2}}, relationship: son
   Address: {{street2}}
            {{unit}}
            {{townline2}}
   Telephone: {{phone}}
Funeral director: {{company}} | Crematorium booking {{ticket}} | Form version {{version}}"""),
    ("en", """\
BILL OF SALE (vessel)

Name of ship: "Second Wind"   Official no. {{serial}}   Port of choice as registered
We, the transferor(s):
  {{name}} of {{street}}, {{townline}}, {{country}}
in consideration of the sum of 285,000 paid to us by the transferee(s):
  {{name2}} of {{street2}}, {{townline2}}
hereby transfer 64/64 shares in the ship above. Executed on {{date}}.
Broker's file {{ticket}} | Escrow payment {{invoice}}"""),
    ("en", """\
<member id="{{account}}" status="active">
  <holder>{{name}}</holder>
  <holding>
    <line>{{street}}</line>
    <line>{{townline}}</line>
    <country>{{country}}</country>
    <holdingNumber>{{serial}}</holdingNumber>
  </holding>
  <shares class="A">50</shares>
  <milkContract>{{invoice}}</milkContract>
  <exportedBy run="{{uuid}}" schema="{{version}}"/>
</member>"""),
    ("en", """\
TRANSLATOR'S CERTIFICATE OF ACCURACY

I, {{name}}, of {{street}}, {{townline}}, {{country}}, certify that I am competent to translate from
Italian into English and that the attached translation of the death certificate of {{name2}}, born
on {{dob}}, is a true and accurate translation of the original document.

Signed on {{date}}
Job reference {{ticket}} · Certified on behalf of {{company}} · Page 1 of 3"""),
    ("en", """\
RADIATION PASSBOOK – classified worker

Holder:          {{name}}
Date of birth:   {{dob_iso}}
Home address:    {{street}}
                 {{townline}}
Employer:        {{company}}
Approved dosimetry service record no. {{serial}}
Passbook issued {{date}} | Outage access list {{ticket}}"""),
    ("en", """\
guest_name	plus_one	address_line_1	address_line_2	town_line	rsvp	diet
{{name}}	yes	{{street}}	{{unit}}	{{townline}}	accepted	vegetarian
{{name2}}	no	{{street2}}		{{townline2}}	pending	
# export from the RSVP site, {{timestamp}}, list {{short_sha}}"""),
    ("en", """\
INSTALLATION CERTIFICATE – solar PV and battery storage

Installation address:
  {{name}}
  {{street}}
  {{townline}}
Commissioned: {{date}}
Array: 16 x 430 W modules, serials from {{serial}}; inverter {{serial2}}; battery 9.5 kWh
Installer: {{company}}, certificate no. {{invoice}}
Network operator notification {{ticket}}"""),
    ("en", """\
NEW PUPIL REGISTRATION

Pupil: {{name}}    DOB: {{dob_words}}
Pick-up address: {{street}}, {{townline}}
Alternative pick-up (college): {{street2}}, {{townline2}}
Mobile: {{phone}}
Lessons: 2 x 90 min per week, manual, theory test passed
Pupil no. {{account}} · Block booking {{invoice}} · Instructor code {{short_sha}}"""),
    ("en", """\
DIRECT DEBIT MANDATE – club membership

Creditor: {{company}} Sports Club, creditor id {{vat}}
Account holder: {{name}}
Address: {{street}}
         {{townline}}
         {{country}}
IBAN: {{iban}}
Mandate reference: {{invoice}} · Membership: family, monthly · Signed {{date}}"""),
    ("en", """\
URGENT – YACHT SPARES – HOLD AT MARINA OFFICE

To: {{name}}, c/o {{company}} Marina
    Berth D-41, yacht "Halcyon"
    {{street}}
    {{townline}}
    {{country}}
Contact on arrival: {{e164}}

2 x raw water impeller kit, 1 x autopilot drive unit (serial {{serial}})
Waybill {{tracking}} · Customs {{invoice}} · Ship's stores in transit"""),
    ("de", """\
Beitrittserklärung – Agrargenossenschaft

Mitglied: {{name}}
Betrieb: {{street}}, {{townline}}
Betriebsnummer: {{serial}}
Geburtsdatum: {{dob}}
Gezeichnete Geschäftsanteile: 5 zu je 250 EUR
Einzug der Einlage vom Konto {{iban}}
Mitgliedsnummer {{account}} · Vorgang {{ticket}}"""),
    ("de", """\
Ausbildungsvertrag (Fahrschulausbildung)

Fahrschüler/in: {{name}}, geb. am {{dob}}
Wohnanschrift: {{street}}
               {{townline}}
Erziehungsberechtigte/r: {{name2}}
Fahrschule: {{company}}, {{street2}}, {{townline2}}
Klasse B, Grundbetrag laut Preisaushang; Vertragsnr. {{invoice}}"""),
    ("fr", """\
Liste des invités hébergés – séminaire d'entreprise

Invité : {{name}}
Adresse : {{street}}
          {{townline}}
Arrivée : {{date}}, navette depuis la gare à 17 h 10
Chambre : 214, régime sans gluten
Invité : {{name2}}
Adresse : {{street2}}, {{townline2}}
Dossier {{ticket}} – bon de commande {{invoice}}"""),
    ("fr", """\
Attestation de conformité – installation photovoltaïque

Maître d'ouvrage : {{name}}
Adresse de l'installation : {{street}}
                            {{townline}}
Puissance : 6 kWc en autoconsommation avec vente du surplus
Onduleur n° {{serial}}, modules n° {{serial2}} et suivants
Installateur : {{company}}, SIRET joint, attestation {{invoice}}, demande de raccordement {{ticket}}"""),
    ("es", """\
Solicitud de traslado de restos mortales

Fallecido/a: {{name}}
Fecha de nacimiento: {{dob}}
Último domicilio: {{street}}, {{unit}}
                  {{townline}}
Solicitante: {{name2}} (hija)
Domicilio del solicitante: {{street2}}, {{townline2}}
Funeraria: {{company}} · Expediente {{ticket}} · Tasa {{invoice}}"""),
    ("it", """\
Contratto di mediazione – unità da diporto

Venditore: {{name}}
residente in {{street}}, {{townline}}
Acquirente: {{name2}}
residente in {{street2}}, {{townline2}}, {{country}}
Imbarcazione a vela, numero di scafo {{serial}}, iscritta al registro con n. {{invoice}}
Provvigione del mediatore: 8% più IVA · Pratica {{ticket}}"""),
]

DIALOGUE = [
    ("en", """\
Gym front desk – chat log (membership {{account}})

Member: hi, I tore my calf at five-a-side, can I freeze my membership?
Desk ({{first}}): Sorry to hear that! Yes, up to three months with a doctor's note. Who's the member?
Member: {{name}}
Desk ({{first}}): Thanks. Can you confirm your date of birth?
Member: {{dob}}
Desk ({{first}}): Great, freeze request {{ticket}} is in. Upload the note or email it to {{internal_email}}.
Member: cheers, direct debit stops from next month?
Desk ({{first}}): Yes, the next collection is skipped."""),
    ("en", """\
Arrangement call – notes typed during the call

Arranger ({{first}}): I'm so sorry for your loss. Can I take your name?
Caller: {{name}}. It's my mum, she died this morning at the hospice.
Arranger ({{first}}): I'm sorry. And her full name?
Caller: {{name2}}, she'd have been eighty-one.
Arranger ({{first}}): We can bring her into our care this afternoon. Best number to reach you?
Caller: {{phone}}, or my brother on {{phone2}}.
Arranger ({{first}}): Thank you. I'll call tomorrow about the registration. Your reference is {{ticket}}."""),
    ("en", """\
WhatsApp – buyer, 12 m motor cruiser (listing {{serial}})

[{{clock}}] Buyer: hi {{first}}, surveyor found osmosis on the starboard side, see photos
[{{clock2}}] {{first}} {{last}}: thanks, I'll speak to the owners. Would a 15k reduction work for you?
[{{clock3}}] Buyer: 20k and we have a deal. my solicitor is {{name2}}, {{email}}
[{{clock4}}] {{first}} {{last}}: I'll put it to them. deposit stays in client account ref {{invoice}}
[{{clock5}}] Buyer: ok. if I'm on a call ring my wife on {{intl}}"""),
    ("en", """\
Milk collection – radio/phone log, tanker 7

Driver ({{first}}): Base, tanker 7. Antibiotic test on the farm sample is positive, I'm not loading.
Dispatch ({{first2}}): Understood. Which holding?
Driver ({{first}}): Holding {{serial}}, the herd manager is {{name}}.
Dispatch ({{first2}}): I'll phone the farm on {{phone}} and log it as rejection {{ticket}}.
Driver ({{first}}): Seal numbers on the compartment are unchanged, I'll carry on to the next farm.
Dispatch ({{first2}}): Thanks. Member services will write to {{email}} today."""),
    ("en", """\
Interpreting bookings – call transcript

Agent: Bookings line, {{first}} speaking.
Ward clerk: Hi, it's {{name}} from the maternity unit. We need a Tigrinya interpreter tomorrow at nine.
Agent: Face to face or video?
Ward clerk: Face to face please. The patient is {{name2}}, hospital number {{mrn}}.
Agent: Thank you. Is the consultant happy with a female interpreter only?
Ward clerk: Yes, that's the patient's preference. Ring me back on {{ext}}.
Agent: Will do. Your booking number is {{ticket}}."""),
    ("en", """\
Gatehouse – call recorded for security purposes

Security: Main gate, {{first}} speaking.
Contractor: Morning, {{name}} from {{company}}, I'm on the outage list but my pass won't scan.
Security: Can I have your date of birth to check the list?
Contractor: {{dob}}.
Security: You're on revision {{version}}, but your induction expired on {{date}}.
Contractor: My supervisor is {{name2}}, he can vouch for me, his mobile is {{phone}}.
Security: He'll need to escort you until the induction is renewed. Logging this as {{ticket}}."""),
    ("en", """\
Video call with the couple – seating plan (auto-transcript)

[00:02:11] {{first}} {{last}}: So table four is the university friends?
[00:02:15] {{first2}}: Yes, but please keep my uncle {{name}} away from table six.
[00:02:20] {{first}} {{last}}: Noted. And {{name2}} uses a wheelchair, so near the terrace doors?
[00:02:27] {{first2}}: Perfect. Her carer's number is {{phone}} if the venue needs it.
[00:02:33] {{first}} {{last}}: I'll send the plan to {{email}} tonight, version {{version}}."""),
    ("en", """\
Support chat – solar monitoring (case {{ticket}})

Customer: the app says my inverter is offline since Tuesday
Agent ({{first}}): Sorry about that. Can you give me the serial on the side label?
Customer: {{serial}}
Agent ({{first}}): Thanks. It lost its wifi connection after your router changed. What's the portal username?
Customer: {{username}}
Agent ({{first}}): I've sent a reconnection guide to {{email}}. Your panels are still generating, only
the reporting stopped.
Customer: phew. installation address is {{street}} if you need it"""),
    ("en", """\
Messages – pupil {{first2}}

{{first}} (instructor): Running 10 mins late, traffic on the ring road. Still picking up from
{{street}}?
{{first2}}: no, from college today pls – {{street2}}
{{first}} (instructor): No problem. We'll do roundabouts then the test route.
{{first2}}: my mum wants to pay for the next block, her number is {{phone}}
{{first}} (instructor): I'll text her the invoice ({{invoice}})."""),
    ("en", """\
#pm-urgent (Slack, translation agency)
[{{clock}}] {{username}}: rush job in – 9k words of clinical trial consent forms, due {{date}}
[{{clock2}}] {{username2}}: can {{name}} take it? she did the last batch for this client
[{{clock3}}] {{username}}: she's on leave, try {{name2}}, mobile {{phone}}
[{{clock4}}] {{username2}}: ok. TM export hash {{md5}}, job {{ticket}}
[{{clock5}}] {{username}}: and please don't put the patient names in the TM this time"""),
    ("de", """\
Telefonnotiz – Anmeldung Photovoltaikanlage beim Netzbetreiber

Netzbetreiber: Guten Tag, Netzanschluss, {{first}} am Apparat.
Installateur: Hallo, {{name}} von {{company}}. Ich melde die Inbetriebnahme einer 9,8-kWp-Anlage.
Netzbetreiber: Auf welchen Anlagenbetreiber?
Installateur: {{name2}}, {{street}}, {{townline}}.
Netzbetreiber: Zählernummer?
Installateur: {{serial}}, Zweirichtungszähler ist bestellt.
Netzbetreiber: Gut, Vorgang {{ticket}}. Rückfragen unter {{phone}}."""),
    ("de", """\
Fahrschule – Gespräch am Empfang

Empfang: Fahrschule {{company}}, {{first}}, guten Tag.
Anrufer: Hallo, {{name}} hier, ich möchte meinen Sohn für die Theorieprüfung anmelden.
Empfang: Gern. Name und Geburtsdatum des Fahrschülers?
Anrufer: {{name2}}, geboren am {{dob}}.
Empfang: Danke. Die Prüfung kostet 25 Euro, die Rechnung {{invoice}} geht an Sie.
Anrufer: Bitte an {{email}}.
Empfang: Erledigt."""),
    ("fr", """\
Réunion de coordination – mariage {{ticket}}

Organisatrice ({{first}}) : Le traiteur arrive à 15 h, le vin d'honneur commence à 17 h.
Traiteur ({{name}}) : Il me faut le nombre exact d'enfants pour les menus.
Organisatrice ({{first}}) : Onze enfants. La mariée, {{name2}}, confirme ce soir.
Traiteur ({{name}}) : Et pour l'acompte, je vous renvoie la facture {{invoice}} ?
Organisatrice ({{first}}) : Oui, et appelez-moi au {{phone}} si la livraison a du retard."""),
    ("fr", """\
Appel adhérent – coopérative agricole

Conseiller : Coopérative, service collecte, {{first}} à l'appareil.
Adhérent : Bonjour, {{name}}, adhérent {{account}}. Je voulais savoir quand passe la benne pour le colza.
Conseiller : Votre exploitation est bien au {{street}}, {{townline}} ?
Adhérent : Oui. Je peux livrer mardi au silo si c'est plus simple.
Conseiller : Très bien, bon d'apport {{ticket}}. On vous envoie l'analyse d'humidité par SMS au {{phone}}."""),
    ("es", """\
Gimnasio – llamada a recepción

Recepción: Buenas tardes, recepción del club, le atiende {{first}}.
Socia: Hola, soy {{name}}, socia número {{account}}. Estoy embarazada y quería congelar la cuota.
Recepción: Enhorabuena. Puede congelarla hasta seis meses. ¿Me confirma su fecha de nacimiento?
Socia: {{dob}}.
Recepción: Perfecto. Le envío el justificante a {{email}}; la solicitud es la {{ticket}}.
Socia: Gracias. Si hay algún problema, mi móvil es {{phone}}."""),
    ("it", """\
Agenzia di interpretariato – richiesta urgente dal tribunale

Cancelleria: Buongiorno, sono {{name}}, cancelleria penale. Ci serve un interprete di rumeno per domani.
Agenzia ({{first}}): Buongiorno. Per quale udienza?
Cancelleria: Direttissima, aula 3, ore 9:30. L'imputato è {{name2}}.
Agenzia ({{first}}): Ho disponibile un interprete iscritto all'albo. A chi mando la conferma?
Cancelleria: A {{email}}, oppure mi chiami al {{phone}}.
Agenzia ({{first}}): Perfetto, incarico {{ticket}}."""),
]

CODE = [
    ("en", """\
# turnstile-bridge/config.yml – club management system -> door controllers
club_api:
  base_url: https://{{hostname}}/api/v3
  client_id: turnstile-bridge
  client_secret: "{{token}}"
controllers:
  - name: main-entrance
    host: {{ip}}
    admin_password: "{{password}}"
  - name: pool-hall
    host: {{ip2}}
    admin_password: "{{password2}}"
alerts_to: {{internal_email}}   # build {{version}}"""),
    ("en", """\
# .env – funeral home management (arrangements, invoices, online obituaries)
APP_URL=https://{{hostname}}
DB_CONNECTION=mysql
DB_USERNAME={{username}}
DB_PASSWORD={{password}}
STRIPE_KEY={{stripe}}
OBITUARY_CDN_TOKEN={{token}}
MAIL_FROM_ADDRESS={{internal_email}}
SENTRY_RELEASE={{sha}}"""),
    ("en", """\
#!/usr/bin/env python3
# listing_sync.py – push our brokerage listings to the yacht portals every night
import ftplib, requests

PORTAL_TOKEN = "{{token}}"
FTP_HOST, FTP_USER, FTP_PASS = "{{hostname}}", "{{username}}", "{{password}}"

def push(listing_id: str) -> None:
    requests.post("https://{{hostname2}}/feed/v1/listings",
                  headers={"X-Api-Key": PORTAL_TOKEN}, json={"id": listing_id}, timeout=30)

push("{{uuid}}")  # broker on call: {{email}}"""),
    ("en", """\
# /etc/systemd/system/milk-collection-sync.service – tanker handhelds -> co-op payment system
[Unit]
Description=Milk collection sync ({{version}})
After=network-online.target

[Service]
Environment=COLLECTION_DB_URL=postgresql://collector:{{password}}@{{ip}}:5432/milk
Environment=LAB_RESULTS_API_KEY={{token}}
Environment=PAYMENTS_SFTP_PASSWORD={{password2}}
ExecStart=/opt/milksync/bin/milksync --interval 300
User={{username}}"""),
    ("en", """\
<!-- cat-server/settings.xml – translation memory server and machine translation connector -->
<settings>
  <tmDatabase url="jdbc:sqlserver://{{ip}}:1433;databaseName=TM" user="{{username}}"
              password="{{password}}"/>
  <machineTranslation provider="llm" apiKey="{{openai}}" maxChars="500000"/>
  <storage bucket="tm-backups" accessKey="{{aws_key}}" secretKey="{{aws_secret}}"/>
  <licence serial="{{serial}}" owner="{{email}}"/>
</settings>"""),
    ("en", """\
{{timestamp}} INFO  historian-export starting, job {{uuid}}, release {{version}}
{{timestamp2}} INFO  reading tags PLANT-A/RCS/* from one-way diode buffer
{{timestamp3}} ERROR upload failed: could not connect to sftp://{{username}}:{{password}}@{{hostname}}/inbound
{{timestamp4}} WARN  retry 1/5 with service account {{internal_email}}
{{timestamp5}} INFO  checksum of batch file {{sha256}}"""),
    ("en", """\
// next.config.js – wedding RSVP site (guests, menus, gift list)
module.exports = {
  env: {
    MAPS_KEY: "{{gcp}}",
    STRIPE_SECRET: "{{stripe}}",
    RSVP_ADMIN: "{{email}}",
    AIRTABLE_TOKEN: "{{token}}",
  },
  generateBuildId: async () => "{{short_sha}}",
};"""),
    ("en", """\
# secrets.yaml – home-energy dashboard (solar inverter, battery, heat pump)
inverter_cloud_username: {{username}}
inverter_cloud_password: "{{password}}"
inverter_local_ip: {{ip}}
battery_api_token: "{{jwt}}"
tariff_account_number: "{{account}}"
notify_phone: "{{e164}}"
# installer commissioning ref {{ticket}}, firmware {{version}}"""),
    ("en", """\
# .github/workflows/deploy.yml – lesson booking app (driving school)
name: deploy
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: {{aws_key}}         # TODO move to repository secrets
      AWS_SECRET_ACCESS_KEY: {{aws_secret}}
      SMS_REMINDER_TOKEN: {{token}}
      SLACK_WEBHOOK: {{slack_hook}}
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh --tag {{version}}"""),
    ("en", """\
// vri-platform/credentials.json – video remote interpreting, scheduling service account
{
  "type": "service_account",
  "client_email": "{{internal_email}}",
  "private_key_id": "{{md5}}",
  "private_key": "{{private_key}}",
  "video_api_key": "{{token}}",
  "anthropic_api_key": "{{anthropic}}",
  "support_contact": "{{phone}}"
}"""),
    ("de", """\
#!/bin/bash
# milchgeld_export.sh – Milchgeldabrechnung an die Buchhaltung der Genossenschaft
API="https://{{hostname}}/abrechnung/v2"
BENUTZER="{{username}}"
KENNWORT="{{password}}"
curl -s -u "$BENUTZER:$KENNWORT" -F "datei=@/var/milch/export_$(date +%F).csv" "$API/upload"
# Rückfragen an {{internal_email}}, Skriptversion {{version}}, Ticket {{ticket}}"""),
    ("de", """\
<?php
// config.php – Online-Buchung der Fahrstunden (Fahrschule)
return [
    'db_host' => '{{ip}}',
    'db_user' => '{{username}}',
    'db_pass' => '{{password}}',
    'sms_api_key' => '{{token}}',
    'paypal_secret' => '{{token2}}',
    'admin_mail' => '{{email}}',
    'version' => '{{version}}',
];"""),
    ("fr", """\
# settings.py – logiciel de gestion des pompes funèbres (Django)
DEBUG = False
SECRET_KEY = "{{token}}"
DATABASES = {
    "default": {"ENGINE": "django.db.backends.postgresql", "HOST": "{{ip}}",
                "USER": "{{username}}", "PASSWORD": "{{password}}"},
}
EMAIL_HOST_USER = "{{internal_email}}"
EMAIL_HOST_PASSWORD = "{{password2}}"
# version {{version}} – ticket {{ticket}}"""),
    ("fr", """\
# crontab de l'agence événementielle – synchronisation des inscriptions au séminaire
# m h dom mon dow commande
*/15 * * * * INSCRIPTIONS_TOKEN={{token}} /opt/events/sync.sh >> /var/log/inscriptions.log 2>&1
0 6 * * * PGPASSWORD='{{password}}' pg_dump -h {{ip}} -U {{username}} evenements > /sauvegardes/evt.sql
# contact : {{email}} – GitLab {{gitlab}}"""),
    ("es", """\
; modbus_gateway.ini – pasarela de la instalación fotovoltaica (autoconsumo industrial)
[inversor]
host = {{ip}}
puerto = 502
[nube]
usuario = {{username}}
clave = {{password}}
token = {{token}}
[avisos]
correo = {{email}}
; versión {{version}}, incidencia {{ticket}}"""),
    ("it", """\
# crm-nautico/application.properties – gestione annunci e clienti (broker di yacht)
spring.datasource.url=jdbc:postgresql://{{hostname}}:5432/nautica
spring.datasource.username={{username}}
spring.datasource.password={{password}}
portali.annunci.api-key={{token}}
mappe.chiave={{gcp}}
notifiche.email={{internal_email}}
build.versione={{version}}
build.commit={{short_sha}}"""),
]

PROSE = [
    ("en", """\
Physical activity readiness – member health declaration

Member: {{name}}, membership no. {{account}}
Date of birth: {{dob}}
Has a doctor ever said you have a heart condition? No
Do you feel pain in your chest during activity? No
Medication: inhaler for asthma, carried during classes
Emergency contact: {{name2}}, {{phone}}
Signed in the app on {{date}}; declaration version {{version}}."""),
    ("en", """\
Funeral arrangement sheet – confidential

Deceased: {{name}}
Date of birth: {{dob_words}}
Date of death: {{date}}, at home
Informant and next of kin: {{name2}}, {{phone}}, {{email}}
Service: cremation, humanist celebrant, no flowers, donations to the hospice
Ashes: to be collected by the family
Estimate {{invoice}}; disbursements paid by the family; file {{ticket}}."""),
    ("en", """\
Buyer due diligence – yacht brokerage (anti-money-laundering file)

Buyer: {{name}}
Date of birth: {{dob_iso}}
Residential address: {{street}}, {{townline}}, {{country}}
Source of funds: sale of a business, confirmed by the buyer's accountant {{name2}}
Deposit received from account {{iban}} on {{date}}
Vessel: 18 m motor yacht, hull id {{serial}}; broker's file {{ticket}}; risk rating: standard."""),
    ("en", """\
Annual share capital statement – farmers' co-operative

Member: {{name}}
Member no.: {{account}}
Holding: {{street}}, {{townline}}
Shares held: 1,240 (ordinary), 300 (supply-linked)
Interest on share capital paid to {{iban}} on {{date}}
Patronage rebate on grain marketed: 3.1%
Statement {{invoice}} · Questions to {{internal_email}}."""),
    ("en", """\
Interpreter profile – register of freelance linguists

Name: {{name}}
Languages: Dari, Pashto > English (community and medical)
Date of birth: {{dob}}
Enhanced background check renewed on {{date}}
Booking portal login: {{username}}
Phone: {{phone}} · E-mail: {{email}}
Rate card {{invoice}}; profile id {{uuid}}."""),
    ("en", """\
Dose review – classified worker (follow-up to investigation level)

Worker: {{name}}, staff no. {{account}}, DOB {{dob_iso}}
Area: reactor building, steam generator bay, outage work order {{ticket}}
Recorded dose this quarter exceeded the station's investigation level; no dose limit was reached.
Reviewed with the radiation protection adviser, {{name2}}, on {{date}}.
Outcome: revised job plan with extra shielding; dosimeter {{serial}} returned for read-out."""),
    ("en", """\
Wedding booking form

Couple: {{name}} and {{name2}}
Dates of birth: {{dob}} / {{dob2}}
Correspondence address: {{street}}, {{townline}}
Wedding date: {{date_words}}, civil ceremony and reception on site
Guests: 120 day, 160 evening
Deposit 2,500 paid, booking {{invoice}}; balance due 8 weeks before; planner {{first}} {{last}}."""),
    ("en", """\
Export payment application – solar generation

Applicant: {{name}}
Supply address: {{street}}, {{townline}}
Electricity account: {{account}}
Installation certificate: {{invoice}}, commissioned {{date}}
Export meter serial: {{serial}}
Pay export earnings to: {{iban}}
Application {{ticket}} submitted by the installer's portal user {{username}}."""),
    ("en", """\
Driving test report – summary for the pupil's record

Candidate: {{name}}, DOB {{dob_words}}
Test centre: {{city}}, test on {{date}} at 08.57
Result: pass, 4 driving faults (observation at junctions, use of mirrors)
Instructor present: {{first}} {{last}}
Pupil no. {{account}} · Lesson package closed, refund of 2 unused hours to {{iban}}
Record ref {{ticket}}."""),
    ("en", """\
Job ticket – certified translation (client portal)

Client: {{name}}
Document: birth certificate of {{name2}}, born {{dob}}
Language pair: Ukrainian > English, certified, hard copy by post
Portal account: {{username}} / temporary password {{password}} (client asked us to reset it)
Deliver to: {{email}}
Due {{date}}; job {{ticket}}; price quote {{invoice}}."""),
    ("de", """\
Anlagenmeldung – Photovoltaik (interne Zusammenfassung)

Anlagenbetreiber: {{name}}, geb. {{dob}}
Standort: {{street}}, {{townline}}
Inbetriebnahme: {{date}}; 12,4 kWp, Speicher 10 kWh
Wechselrichter: Seriennummer {{serial}}
Einspeisevergütung auf Konto {{iban}}
Registernummer {{invoice}}, Vorgang {{ticket}}, Ansprechpartner {{phone}}."""),
    ("de", """\
Ausbildungsnachweis – Fahrschule

Fahrschüler: {{name}}
Geburtsdatum: {{dob_words}}
Kundennummer: {{account}}
Grundfahraufgaben: abgeschlossen; Sonderfahrten: 5 Überland, 4 Autobahn, 3 Dunkelheit
Fahrlehrer: {{first}} {{last}}
Prüfung angemeldet für {{date}}; Rechnung {{invoice}}; Kontakt Eltern: {{email}}."""),
    ("fr", """\
Fiche d'inscription – salle de sport

Adhérent : {{name}}
Date de naissance : {{dob}}
Certificat médical de non contre-indication daté du {{date}}
Formule : 12 mois sans engagement, accès 24 h/24 avec badge {{serial}}
Prélèvement mensuel sur {{iban}}
Personne à prévenir : {{name2}}, {{phone}}
Contrat {{invoice}}."""),
    ("fr", """\
Déclaration de décès – éléments transmis à la mairie

Défunt : {{name}}
Né le : {{dob}} à {{city}}
Domicile : {{street}}, {{townline}}
Déclarant : {{name2}}, {{phone}}
Opérateur funéraire : {{company}}, habilitation {{invoice}}
Dossier {{ticket}}, transmis le {{date}}."""),
    ("es", """\
Ficha de socio – cooperativa agrícola

Socio: {{name}}
Fecha de nacimiento: {{dob}}
Explotación: {{street}}, {{townline}}
Número de socio: {{account}}
Aportación al capital social: 1.200 EUR
Cuenta para liquidaciones de aceituna: {{iban}}
Contacto: {{phone}} · {{email}} · Alta {{ticket}}"""),
    ("it", """\
Scheda sposi – agenzia di wedding planning

Sposa: {{name}}, nata il {{dob}}
Sposo: {{name2}}, nato il {{dob2}}
Residenza: {{street}}, {{townline}}
Recapiti: {{phone}} · {{email}}
Data delle nozze: {{date_words}}, rito civile in villa
Budget indicativo 35.000 EUR; contratto {{invoice}}; pratica {{ticket}}."""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
