"""FINAL18 templates of the generalisation corpus kinds (eval.kinds), for the `final18` split.

Written by a helper session after the final16 and final17 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final18`). They imitate what employees of mines, theatres
and live-event box offices, dental laboratories and orthodontic appliance labs, pest control firms,
bailiffs and debt collection agencies, rail operators, architecture practices, forestry contractors
and sawmills, and hearing-aid audiologists paste into an LLM at work: underground induction
bookings, group and access bookings at a box office, crown and aligner lab dockets, rodent survey
follow-ups, enforcement visit notices, season ticket renewals, planning submissions, timber quotes,
hearing-aid fittings and mine-rescue vCards; PPE consignments to a mine gate, posted gift tickets,
lab return labels, pest service orders in JSON, notices of enforcement, penalty fare notices,
householder planning applications, felling licence rows in SQL, battery mailing CSVs and sawn timber
delivery notes in XML; control-room shift calls, ticket transfers, lab and practice Teams chats, wasp
nest bookings, payment-plan calls, revenue-protection body-camera transcripts, practice Slack
threads, harvester WhatsApp groups, remote hearing-aid follow-ups and haulage bookings; fleet
dispatch YAML, box-office .env files, intraoral-scan sync scripts, route-planning compose files,
dialler configs, smartcard back-end settings, BIM file-server config.php, sawmill Node-RED flows,
fitting-software workflows and drone survey deploy scripts; induction records, access scheme
applications, lab prescriptions, pest contracts, collection case files, penalty fare appeals, client
onboarding sheets, chainsaw certificates, audiology case histories and sawmill accident reports.
Ordinary text surrounds the values (tonnages, seat rows, shades, bait-station counts, amounts,
fare zones, drawing and planning numbers, cubic metres, dB figures; ticket, invoice, lab, case and
licence numbers, serials, versions, hashes, hostnames, paths, companies, products, job titles) so
that over-redaction is measured as well as recall.

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
Subject: Underground induction – Tuesday day shift

Hi {{first2}},

You're booked on the underground induction for Tuesday, muster at the lamp room at 06:15 for the
06:30 cage. Bring your steel-toe boots and glasses; the self-rescuer, cap lamp and tag are issued on
the day (permit {{ticket}}). Medical clearance came through from occupational health, so you only
need photo ID. Please don't bring a phone below the collar – they stay in the locker bank.

Cheers,
{{first}}
--
{{first}} {{last}}
Shift Boss – Training & Inductions, North Decline
{{company}} Mining
Surface office {{phone}} | Mobile {{e164}}
{{email}}
Safety is not a priority, it's a value."""),
    ("en", """\
Re: Group booking for the matinee, order {{invoice}}

Hello {{first2}},

Thank you for booking for the school party: 42 seats in the stalls, rows J to L, plus four free
teacher places, for the 2.30 matinee on {{date_words}}. Two of the pupils use wheelchairs, so I've
moved the group to the end of the rows beside the level access at door 3. The balance is due six
weeks before the performance; e-tickets will be released once it's paid.

With best wishes,

{{name}}
Groups & Access Coordinator | Box Office
{{company}} Theatre
Box office {{phone}} (Mon–Sat, 10–6) | Access line {{local7}}
{{email}}"""),
    ("en", """\
Lab docket {{ticket}} – 3-unit zirconia bridge, UR3–UR5

Hi {{first2}},

We received the scans this morning. Shade A2 with a slightly translucent incisal third as per the
photo; the margin on UR5 looks a bit thin on the buccal side, so we'll add a shoulder unless you tell
us otherwise by noon tomorrow. Try-in back with you on {{date}}, courier tracking {{tracking}}.

Kind regards,
{{first}} {{last}}
Senior Ceramist / Lab Manager
{{company}} Dental Laboratory
T: {{phone}}  ·  Ext {{ext}}
Cases: {{internal_email}}
Registered dental appliance manufacturer · VAT {{vat}}"""),
    ("en", """\
Following up on your rodent survey (job {{ticket}})

Hi {{first2}},

Thanks for walking me round the bakery on Friday. As discussed, we've set 14 tamper-resistant bait
stations around the outside of the building and six snap traps in the flour store, none with
poison indoors. I'll be back in 7 days to check take and move anything that isn't being hit. The
proofing gap under the loading bay door needs a brush strip; I've put that on the report.

Any activity before then, just ring or text.

{{name}}
Field Biologist / Technician
{{company}} Pest Management
Mobile: {{intl}}
Office: {{phone}}
{{email}}"""),
    ("en", """\
Dear {{first2}} {{last2}},

Re: Notice of Enforcement – our reference {{invoice}}

We write as certificated enforcement agents instructed to recover the sum shown on the notice
enclosed with our letter of {{date}}. An enforcement agent may attend after the seven clear days
have passed. If you are in receipt of benefits, have a health condition or are otherwise
vulnerable, please tell us now so that the case can be put on hold and reviewed by our welfare team.

Payment can be made online using the reference above, or by telephone.

Yours sincerely,

{{name}}
Enforcement Agent (certificated)
{{company}} Enforcement Services
Tel {{phone}} | Welfare team {{phone2}}
{{email}}"""),
    ("en", """\
Your annual season ticket is due for renewal

Dear {{first2}},

Your annual season ticket between your home station and the city terminal (zones 1–4, standard
class, photocard {{serial}}) expires on {{date_words}}. If you renew before then we'll load the new
ticket onto the same smartcard, so there's no need to come to the ticket office. Interest-free
season ticket loans are still available through most employers.

Kind regards,

{{first}} {{last}}
Season Ticket Team, Customer Relations
{{company}} Rail
{{phone}} (option 3) · {{email}}
Penalty fares may apply if you travel without a valid ticket."""),
    ("en", """\
> From: {{name2}} <{{email2}}>
> Sent: {{timestamp}}
> Subject: planning – rear extension and loft
>
> Do we still need the party wall surveyor before you submit?

Hi {{first2}},

Yes, but not before submission: the planning application goes in this week (drawings A-100 to
A-115, rev C), the party wall notices go to both neighbours once we have consent. I'll upload the
heritage statement and the daylight study to the portal too. Fee proposal {{invoice}} still holds.

Best,
{{first}} {{last}} ARB
Associate Architect
{{company}} Architects LLP
Studio {{phone}} · Mobile {{e164}}
{{email}}"""),
    ("en", """\
Quote {{invoice}} – sawn larch cladding and Douglas fir posts

Hi {{first2}},

Please find the quote attached: 38 m3 of kiln-dried larch, 22 x 150 mm feather-edge, and 24 Douglas
fir posts, 150 x 150 x 3.6 m, green, all FSC certified (claim on the invoice). We can load on a
moffett-fitted artic, so no forklift needed on site. Prices held for 30 days.

Regards,
{{first}} {{last}}
Sales Office – Sawn Timber
{{company}} Sawmills
Yard {{phone}} | Direct {{local7}}
{{email}}
Weighbridge open 7.00–15.30, Fridays to 13.00"""),
    ("en", """\
Your hearing aid fitting on {{date}}

Dear {{first2}},

I've ordered the receiver-in-canal aids we trialled, in a champagne finish, with the rechargeable
case. At the fitting we'll run real-ear measurements, pair them with your phone and set a programme
for the choir. Please bring your glasses and, if you can, someone who knows your voice well.

If the appointment no longer suits, just give us a call.

Warm regards,
{{name}}
Hearing Aid Audiologist, HCPC registered
{{company}} Hearing Centre
{{phone}} | Text relay welcome
{{email}}"""),
    ("en", """\
BEGIN:VCARD
VERSION:3.0
N:{{last}};{{first}};;;
FN:{{first}} {{last}}
ORG:{{company}} Mines Rescue Service;Brigade B
TITLE:Rescue Brigade Captain (on call)
TEL;TYPE=WORK,VOICE:{{phone}}
TEL;TYPE=CELL:{{e164}}
EMAIL;TYPE=INTERNET:{{email}}
ADR;TYPE=WORK:;;{{street}};{{townline}};;;{{country}}
NOTE:Callout rota week 4, pager {{ticket}}. Use the control room for emergencies.
REV:{{timestamp}}
END:VCARD"""),
    ("de", """\
Ihr Zeichen: Ratenvereinbarung, Akte {{invoice}}

Sehr geehrte(r) {{first2}} {{last2}},

wir bestätigen die telefonisch besprochene Ratenzahlung: monatlich 75,00 EUR, jeweils zum 15., erstmals
am {{date}}. Solange die Raten pünktlich eingehen, sehen wir von weiteren Vollstreckungsmaßnahmen ab.
Bitte geben Sie bei jeder Zahlung das Aktenzeichen an.

Mit freundlichen Grüßen

{{name}}
Sachbearbeitung Forderungsmanagement
{{company}} Inkasso GmbH
Telefon {{phone}} · Fax {{phone2}}
{{email}}
Registriert nach dem Rechtsdienstleistungsgesetz, USt-IdNr. {{vat}}"""),
    ("de", """\
Betreff: Termin zur Feinanpassung Ihrer Hörsysteme

Guten Tag {{first2}},

Ihre neuen Hörsysteme sind eingetroffen. Zur Feinanpassung haben wir den {{date}} um 10:30 Uhr
reserviert; bitte planen Sie etwa eine Stunde ein. Die Verordnung Ihrer HNO-Praxis liegt uns vor,
den Kostenvoranschlag (Nr. {{ticket}}) haben wir bei Ihrer Krankenkasse eingereicht.

Herzliche Grüße
{{first}} {{last}}
Hörakustikmeisterin
{{company}} Hörakustik
Tel. {{phone}} | Mobil {{intl}}
{{email}}"""),
    ("fr", """\
Objet : Permis de construire – dépôt du dossier (réf. {{ticket}})

Bonjour {{first2}},

Le dossier de permis de construire est complet : plans PC1 à PC8, notice architecturale et volet
paysager. Nous le déposerons en mairie jeudi ; le délai d'instruction est de deux mois, trois si
l'avis de l'architecte des Bâtiments de France est requis. Pensez à afficher le panneau sur le
terrain dès l'obtention.

Bien cordialement,

{{first}} {{last}}
Architecte DPLG, associée
{{company}} Architectes
Tél. {{phone}} – Port. {{intl}}
{{email}}"""),
    ("fr", """\
Bon de livraison – aligneurs, étapes 1 à 12 (dossier {{invoice}})

Bonjour {{first2}},

Les gouttières des étapes 1 à 12 partent aujourd'hui par transporteur, numéro de suivi {{tracking}}.
Les taquets sont à poser avec la gouttière de transfert jointe ; le set de contention sera fabriqué
après le dernier scan.

Cordialement,
{{name}}
Prothésiste dentaire – Service orthodontie
{{company}} Laboratoire
Tél. {{phone}}
{{email}}"""),
    ("es", """\
Asunto: Tratamiento contra termitas – visita de revisión

Hola {{first2}}:

Le confirmamos la revisión de las estaciones de cebo del jardín para el {{date}}, entre las 9:00 y
las 11:00. No es necesario que haya nadie en casa si deja abierta la cancela lateral. El certificado
de tratamiento (n.º {{ticket}}) se lo enviaremos por correo al terminar.

Un saludo,
{{first}} {{last}}
Técnica aplicadora – Control de plagas
{{company}} Sanidad Ambiental
Tel. {{phone}} · Móvil {{intl}}
{{email}}"""),
    ("it", """\
Oggetto: Offerta tavolame di abete – rif. {{invoice}}

Gentile {{first2}},

in allegato l'offerta per 18 m³ di tavolame di abete rosso, spessore 27 mm, essiccato al 12%, e per i
travetti in larice richiesti. Il legname proviene dai lotti del consorzio forestale con
certificazione PEFC. Consegna con camion gru entro dieci giorni lavorativi dalla conferma.

Cordiali saluti,
{{name}}
Ufficio commerciale – Segheria
{{company}}
Tel. {{phone}} – Cell. {{intl}}
{{email}}"""),
]

ADDRESS_BLOCK = [
    ("en", """\
CONSIGNMENT NOTE {{tracking}}
Goods: PPE – 60 pairs rubber boots, 120 hi-vis vests (reflective, class 2), 40 hard hats
Pallets: 2 | Gross weight: 312 kg | Order {{invoice}}

DELIVER TO (mine gate, security hut):
{{company}} Mining – North Pit
Attn: {{name}}, Stores Supervisor
{{street}}
{{townline}}
{{country}}
Site contact: {{phone}}

Gatehouse opens 06:00. Drivers must wear boots and a vest from the gate to the stores."""),
    ("en", """\
Gift tickets – posted with a card

Order: {{invoice}}   Performance: evening, {{date_words}}
Seats: Dress Circle, row C, 11 and 12

Send to:
{{name}}
{{street}}
{{townline}}
{{country}}

Card message: "Happy anniversary – dinner first, then the show!"
Post class: Signed for, tracking {{tracking}}. Do NOT include the price on the card."""),
    ("en", """\
RETURN TO PRACTICE – lab docket {{ticket}}
Work: upper and lower retainers (Essix) + night guard
Patient ref: {{first}} {{last}} (try not to open the box at reception)

{{company}} Orthodontic Practice
FAO: {{name2}}
{{street}}
{{townline}}
{{country}}

Courier: next day before noon | Box 1 of 1 | Tracking {{tracking}}"""),
    ("en", """\
{
  "job_id": "{{ticket}}",
  "service": "wasp nest treatment",
  "priority": "same-day",
  "customer": {"name": "{{name}}", "phone": "{{phone}}", "email": "{{email}}"},
  "site_address": {"line1": "{{street}}", "town_postcode": "{{townline}}", "country": "{{country}}"},
  "billing_address": {"line1": "{{street2}}", "town_postcode": "{{townline2}}"},
  "notes": "nest in soffit above back door, ladder needed; dog in garden",
  "price_quoted": 65.00,
  "app_version": "{{version}}"
}"""),
    ("en", """\
NOTICE OF ENFORCEMENT
Our ref: {{invoice}}     Date of issue: {{date}}

Debtor:
{{name_uc}}
{{street}}
{{townline}}

Creditor: {{company}} Borough Council (council tax arrears)
Liability order dated {{date2}}
Amount outstanding: 1,482.60   Compliance fee: 75.00

Unless the sum is paid within 7 clear days, an enforcement agent may attend at the address above to
take control of goods."""),
    ("en", """\
PENALTY FARE NOTICE  No. {{ticket}}
Issued on: {{date}} at {{clock}}   Train: 07:42 service, coach 4
Reason: no valid ticket for the journey, ticket office open at boarding station

Passenger name: {{name}}
Address: {{street}}, {{townline}}
Date of birth: {{dob}}

Penalty fare: 100.00 (reduced to 50.00 if paid within 21 days)
Appeals must be made within 21 days to the independent appeals service, quoting the notice number."""),
    ("en", """\
Householder application for planning permission
Site address:
  {{street}}
  {{townline}}
Applicant: {{name}}
  {{street2}}
  {{townline2}}
  Tel {{phone}}  Email {{email}}
Agent: {{company}} Architects, {{name2}} ARB
  {{street3}}
  {{townline3}}
Description: single-storey rear extension and rear dormer; drawings A-100 to A-115 rev C
Fee reference: {{invoice}}"""),
    ("en", """\
-- felling licence register, export {{timestamp}}
INSERT INTO felling_licences (licence_no, woodland, area_ha, applicant, applicant_address, applicant_postcode_town, phone, status)
VALUES ('{{ticket}}', 'Beech Hanger compartment 4b', 6.2, '{{name}}', '{{street}}', '{{townline}}', '{{phone}}', 'approved');
INSERT INTO felling_licences (licence_no, woodland, area_ha, applicant, applicant_address, applicant_postcode_town, phone, status)
VALUES ('{{invoice}}', 'Spruce block 11 (windblow)', 14.8, '{{name2}}', '{{street2}}', '{{townline2}}', '{{phone2}}', 'consultation');"""),
    ("en", """\
battery_club_mailing.csv (batch {{ticket}})
patient_name,address_line,town_postcode,country,hearing_aid_model,battery_size,packs
"{{name}}","{{street}}","{{townline}}","{{country}}","behind-the-ear power",675,4
"{{name2}}","{{street2}}","{{townline2}}","{{country}}","in-the-canal",10,6
"{{name3}}","{{street3}}","{{townline3}}","{{country}}","receiver-in-canal",312,3"""),
    ("en", """\
<deliveryNote number="{{invoice}}" issued="{{date}}">
  <supplier>{{company}} Sawmills</supplier>
  <haulier vehicle="artic + moffett" driverPhone="{{phone}}"/>
  <deliverTo>
    <contact>{{name}}</contact>
    <street>{{street}}</street>
    <townPostcode>{{townline}}</townPostcode>
    <country>{{country}}</country>
  </deliverTo>
  <line sku="LARCH-22x150-FE" qty_m3="12.4" fsc="true"/>
  <line sku="DF-POST-150x150x3600" qty="24"/>
  <checksum>{{md5}}</checksum>
</deliveryNote>"""),
    ("de", """\
Vollstreckungsankündigung
Aktenzeichen DR II {{ticket}}

An
{{name}}
{{street}}
{{townline}}

Im Auftrag der Gläubigerin {{company}} GmbH werde ich Sie am {{date}} zwischen 8 und 12 Uhr
aufsuchen, um die Vermögensauskunft abzunehmen. Offene Forderung laut Titel: 2.315,40 EUR
zuzüglich Kosten. Zahlungen bitte nur unter Angabe des Aktenzeichens.

Obergerichtsvollzieher {{first2}} {{last2}}"""),
    ("de", """\
Reparaturversand Hörsystem – Auftrag {{invoice}}
Gerät: HdO, rechts, Seriennummer {{serial}}
Fehler: Rückkopplung, Mikrofonabdeckung verstopft

Rücksendung an Kundin/Kunden:
{{name}}
{{street}}
{{townline}}
{{country}}

Versandart: versichertes Paket, Sendungsnummer {{tracking}}"""),
    ("fr", """\
AVIS DE PASSAGE – Dératisation
Contrat {{invoice}} – Intervention du {{date}}

Client :
{{name}}
{{street}}
{{townline}}

Postes d'appâtage contrôlés : 8 (consommation sur 3). Produit : blocs raticides, postes sécurisés.
Prochain passage dans 30 jours. Technicien : {{first2}}, joignable au {{phone}}."""),
    ("fr", """\
Abonnement annuel – envoi de la carte
Référence client : {{ticket}}   Validité : 12 mois à compter du {{date}}
Trajet : zone 1 à 5, 2e classe

Titulaire :
{{name}}
{{street}}
{{townline}}
{{country}}

La carte est nominative et doit être validée à chaque montée. En cas de perte, un duplicata vous
sera facturé."""),
    ("es", """\
ALBARÁN DE ENTREGA – Laboratorio dental
N.º {{invoice}}   Fecha: {{date}}

Clínica destinataria:
{{company}} Clínica Dental
A la atención de: {{name}}
{{street}}
{{townline}}
{{country}}

Trabajo: corona de disilicato de litio, pieza 2.6, color A3
Paciente: {{first2}} {{last2}} · Declaración de conformidad adjunta"""),
    ("it", """\
Spedizione abbonamento stagione teatrale
Ordine {{invoice}} – Turno B, platea fila 7, posto 14

Destinatario:
{{name}}
{{street}}
{{townline}}
{{country}}

Raccomandata con ricevuta di ritorno n. {{tracking}}. L'abbonamento è nominativo; eventuali cambi
turno vanno richiesti alla biglietteria entro 48 ore dalla recita."""),
]

DIALOGUE = [
    ("en", """\
[Control room log – radio channel 2, night shift, {{date}}]
{{clock}} Control: North Decline, go ahead.
{{clock2}} Caller: It's {{first}} {{last}}, fitter on the 640 level. The dewatering pump at 12 crosscut
has tripped again, water's over the rail.
{{clock2}} Control: Copy. Is anyone working below you?
{{clock3}} Caller: Two operators on the loader, I've told them to come up. Call me back on the
surface line when electrical is on the way, it's {{phone}}.
{{clock3}} Control: Will do. Logging it as work order {{ticket}}."""),
    ("en", """\
Box office call – transcript (auto), ticket ref {{invoice}}
Agent: Box office, you're speaking to {{first2}}.
Customer: Hi, I've got two tickets for Saturday's concert but I can't go. Can I put them in my
friend's name?
Agent: Of course. What's the name on the booking?
Customer: {{name}}.
Agent: And your friend's full name?
Customer: {{first3}} {{last3}}. Her email is {{email}}.
Agent: Lovely, I've transferred both seats; she'll get new e-tickets in a few minutes. The old
barcodes won't scan any more."""),
    ("en", """\
Teams chat – Lab / {{company}} Dental Surgery
[{{clock}}] {{first}} (practice nurse): Morning! Checking on the crown for {{name2}}, docket {{ticket}}
– she's booked in at 2 this afternoon.
[{{clock2}}] {{first3}} (lab): It's glazed and in QC now, will go on the 11 o'clock courier.
[{{clock2}}] {{first}} (practice nurse): Amazing. Can you also ring the surgery on {{phone}} if
anything holds it up? Her number's {{phone2}} if we need to move her.
[{{clock3}}] {{first3}} (lab): No problem, tracking {{tracking}}."""),
    ("en", """\
Call centre – wasps, booking line
Agent: Pest control, how can I help?
Caller: There's a wasp nest under the roof tiles right above my son's window.
Agent: We can come today. Can I take your name?
Caller: {{name}}.
Agent: And the address where the nest is?
Caller: {{street}}, {{townline}}.
Agent: And the best number for the technician?
Caller: {{spelled}}.
Agent: Thanks. It's 65 for the treatment, paid on the day. Job number {{ticket}}."""),
    ("en", """\
Collections – outbound call, recorded
Agent: Good afternoon, could I speak to {{first}} {{last}}?
Debtor: Speaking.
Agent: Before I go on, could you confirm your date of birth and the first line of your address?
Debtor: {{dob}}, {{street}}.
Agent: Thank you. I'm calling from {{company}} Collections about account {{account}}. The balance
is 640 pounds. Are you able to set up a payment plan?
Debtor: I can do 40 a month from the 28th, that's when I'm paid.
Agent: That's fine. I'll send the agreement to {{email}}."""),
    ("en", """\
Body-worn camera transcript – revenue protection, ref {{ticket}}
Inspector: Tickets from here please. Sir, do you have a ticket for this journey?
Passenger: I was going to buy one at the other end, the machine was broken.
Inspector: The ticket office was open. I'm going to issue a penalty fare. Can I have your name?
Passenger: {{name}}.
Inspector: Address?
Passenger: {{street}}, {{townline}}.
Inspector: Do you have any ID to confirm that?
Passenger: My driving licence.
Inspector: Thank you. Here's your notice; you can appeal within 21 days."""),
    ("en", """\
#proj-rear-extension (Slack)
{{first}} {{clock}}: the client called – {{name2}} wants to move the rooflight 600 to the left
{{first3}} {{clock2}}: that breaks the 45° line to next door's window, planning officer won't like it
{{first}} {{clock2}}: agreed. can you call her? she's on {{phone}} after 5
{{first3}} {{clock3}}: will do. also her builder asked for the structural calcs, his email is {{email}}
{{first}} {{clock3}}: send rev C only, not the working set. drawing register is in /projects/{{ticket}}"""),
    ("en", """\
WhatsApp – Harvesting compartment 7
[{{date}}, {{clock}}] {{first}}: Harvester's in, starting the spruce on the top ride. Forwarder
tomorrow.
[{{date}}, {{clock2}}] {{name2}}: Landowner here – please keep off the track past the pond, the
ducks are nesting.
[{{date}}, {{clock2}}] {{first}}: No problem. Haulier will want a number for the gate code, can I
give him yours?
[{{date}}, {{clock3}}] {{name2}}: Yes, {{e164}}. Or my wife, {{first3}}, {{phone}}.
[{{date}}, {{clock3}}] {{first}}: 👍 timber tickets will be numbered from {{ticket}}"""),
    ("en", """\
Remote follow-up (video), {{date}}
Audiologist: Hi, can you hear me okay through the aids?
Patient: Much better than last week. The kitchen is still a bit clattery.
Audiologist: I'll turn down the high frequencies a touch in the noisy programme. Just to confirm
I've got the right record, can you give me your full name and date of birth?
Patient: {{name}}, born {{dob_words}}.
Audiologist: Perfect. I'm sending the new settings now – keep the app open. If it drops, I'll ring
you on {{phone}}."""),
    ("en", """\
Sales desk – call notes (auto transcript)
Sawmill: {{company}} Sawmills, sales.
Haulier: Hi, it's {{first}} from {{company2}} Haulage, I'm collecting order {{invoice}} tomorrow.
Sawmill: Right, 24 posts and the larch. What time?
Haulier: About seven. Driver's {{name2}}, his mobile is {{phone}}.
Sawmill: Tell him to book in at the weighbridge, and hi-vis on in the yard.
Haulier: Will do. Can you send the delivery note to {{email}}?"""),
    ("de", """\
Inkasso – Telefonnotiz, Akte {{invoice}}
Mitarbeiterin: {{company}} Inkasso, guten Tag, Sie sprechen mit {{first2}}.
Schuldner: Ja, hier ist {{name}}. Ich habe Ihren Brief bekommen.
Mitarbeiterin: Zur Sicherheit: Können Sie mir Ihr Geburtsdatum nennen?
Schuldner: Den {{dob}}.
Mitarbeiterin: Danke. Die Forderung beträgt noch 812 Euro. Möchten Sie in Raten zahlen?
Schuldner: Ja, 50 Euro im Monat. Rufen Sie mich bitte unter {{phone}} an, nicht auf der Arbeit."""),
    ("de", """\
Forstbetrieb – Telefonat Holzabfuhr, {{date}}
Revierleiter: {{first}} {{last}}, Revier Nord.
Fuhrunternehmer: Hallo, {{name2}} hier. Die Fichte am Polter 14 ist vermessen, wir fahren morgen.
Revierleiter: Gut. Der Weg ab der Schranke ist nur bis 40 Tonnen frei.
Fuhrunternehmer: Passt. Schick mir den Abfuhrschein an {{email}}.
Revierleiter: Mach ich, Nummer {{ticket}}. Bei Problemen bin ich mobil unter {{intl}}."""),
    ("fr", """\
Étude – appel entrant, {{date}} à {{clock}}
Clerc : Étude de commissaire de justice, bonjour.
Appelante : Bonjour, j'ai reçu un commandement de payer. Je m'appelle {{name}}.
Clerc : Avez-vous la référence du dossier ?
Appelante : Oui, {{invoice}}.
Clerc : Très bien. Nous pouvons proposer un échéancier. Quelle est votre adresse actuelle ?
Appelante : {{street}}, {{townline}}.
Clerc : Je vous envoie la proposition à {{email}} ; rappelez-nous au besoin."""),
    ("fr", """\
Centre d'audioprothèse – appel, {{date}}
Audioprothésiste : Bonjour, ici {{first2}} du centre auditif.
Patient : Bonjour, c'est {{first}} {{last}}. Mon appareil gauche siffle depuis hier.
Audioprothésiste : Le dôme est peut-être usé. Passez demain à 10 h, on le change et on vérifie.
Patient : D'accord. Vous pouvez me laisser un message au {{phone}} si ça change ?
Audioprothésiste : Bien sûr. Votre dossier est le {{ticket}}, je note le rendez-vous."""),
    ("es", """\
Taquilla – llamada grabada, localizador {{invoice}}
Agente: Taquilla del teatro, le atiende {{first2}}.
Cliente: Hola, compré cuatro entradas para el musical del sábado y necesito una butaca para silla
de ruedas.
Agente: Sin problema. ¿A nombre de quién está la compra?
Cliente: {{name}}.
Agente: La cambio al palco accesible, fila A. Le envío las entradas nuevas a {{email}}.
Cliente: Perfecto. Mi móvil es {{phone}}, por si acaso."""),
    ("it", """\
Disinfestazione – telefonata al numero verde
Operatore: Buongiorno, servizio disinfestazioni, mi dice il suo nome?
Cliente: {{name}}. Ho trovato tracce di topi in cantina.
Operatore: Dove si trova l'immobile?
Cliente: {{street}}, {{townline}}.
Operatore: Possiamo passare giovedì mattina. Un recapito per il tecnico?
Cliente: {{phone}}.
Operatore: Perfetto, pratica numero {{ticket}}."""),
]

SECRETS_CODE = [
    ("en", """\
# fleet-dispatch/config/prod.yaml – haul truck dispatch (underground + open pit)
site: north-decline
dispatch:
  engine_version: "{{version}}"
  tag_readers: 48
database:
  host: {{hostname}}
  port: 5432
  name: fms_prod
  user: {{username}}
  password: "{{password}}"
telemetry:
  endpoint: https://{{hostname2}}/ingest
  api_token: {{token}}
alerts:
  slack_webhook: {{slack_hook}}
  on_call: {{internal_email}}
# last change {{short_sha}} by {{name}}"""),
    ("en", """\
# .env – box office (seat map, checkout, e-ticket mailer)
APP_ENV=production
APP_BUILD={{short_sha}}
SEATMAP_VERSION={{version}}
DATABASE_URL=postgres://{{username}}:{{password}}@{{hostname}}:5432/boxoffice
STRIPE_SECRET_KEY={{stripe}}
SMTP_HOST={{hostname2}}
SMTP_USER={{internal_email}}
SMTP_PASSWORD={{password2}}
ETICKET_SIGNING_SECRET={{token}}
# contact for access bookings export: {{name}} ({{phone}})"""),
    ("en", """\
#!/usr/bin/env python3
\"\"\"Pull intraoral scans from the practices' upload bucket into the lab's CAD queue.\"\"\"
import boto3

AWS_ACCESS_KEY_ID = "{{aws_key}}"
AWS_SECRET_ACCESS_KEY = "{{aws_secret}}"
BUCKET = "lab-scans-inbound"
CAD_QUEUE = r"\\\\cadserver\\queue"  # exocad watch folder
NOTIFY = "{{internal_email}}"  # lab manager, {{first}} {{last}}

s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
for obj in s3.list_objects_v2(Bucket=BUCKET, Prefix="docket-{{ticket}}/").get("Contents", []):
    print(obj["Key"], obj["ETag"])  # e.g. {{md5}}"""),
    ("en", """\
# docker-compose.yml – technician route planner
services:
  planner:
    image: registry.internal/pest/route-planner@{{digest}}
    environment:
      GOOGLE_MAPS_API_KEY: "{{gcp}}"
      DB_URL: "postgresql://{{username}}:{{password}}@db:5432/routes"
      DEPOT_CONTACT: "{{name}} <{{email}}>"
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: {{username}}
      POSTGRES_PASSWORD: {{password}}
    volumes: ["pgdata:/var/lib/postgresql/data"]
volumes:
  pgdata: {}"""),
    ("en", """\
; dialler.ini – outbound collections campaign (predictive)
[general]
campaign = arrears-30-60
build = {{version}}
recording_path = /srv/recordings

[sip]
registrar = {{hostname}}
username = {{username}}
secret = {{password}}
caller_id = {{phone}}

[crm]
api_url = https://{{hostname2}}/api/v2
api_key = {{token}}
; supervisor: {{name}}, ext {{ext}}"""),
    ("en", """\
# application.yml – season ticket smartcard back end
spring:
  datasource:
    url: jdbc:postgresql://{{hostname}}:5432/seasons
    username: {{username}}
    password: {{password}}
smartcard:
  issuer-id: {{uuid}}
  hotlist-sync-cron: "0 */15 * * * *"
security:
  jwt:
    signing-key: {{token}}
    sample-token: {{jwt}}
penalty-fares:
  export-to: sftp://{{username2}}@{{hostname2}}/outbound
  notify: {{internal_email}}"""),
    ("en", """\
<?php
// config.php – practice file server (BIM models, drawing register), deployed {{date}}
$CONFIG = array (
  'instanceid' => 'oc{{short_sha}}',
  'trusted_domains' => array ('{{hostname}}'),
  'dbtype' => 'mysql',
  'dbhost' => 'localhost',
  'dbuser' => '{{username}}',
  'dbpassword' => '{{password}}',
  'mail_from_address' => 'drawings',
  'mail_smtpname' => '{{internal_email}}',
  'mail_smtppassword' => '{{password2}}',
  'version' => '{{version}}',
  // admin: {{name}}
);"""),
    ("en", """\
[
  {"id": "{{uuid}}", "type": "mqtt-broker", "name": "sawmill-plc-gw",
   "broker": "{{ip}}", "port": "8883", "usetls": true,
   "credentials": {"user": "{{username}}", "password": "{{password}}"}
  },
  {"id": "{{uuid2}}", "type": "mqtt in", "topic": "kiln/3/moisture", "broker": "sawmill-plc-gw"},
  {"id": "{{uuid3}}", "type": "e-mail", "name": "kiln alarm",
   "server": "{{hostname}}", "username": "{{internal_email}}", "password": "{{password2}}",
   "to": "{{email}}", "info": "kiln foreman {{name}}"}
]"""),
    ("en", """\
# .github/workflows/fitting-sw-release.yml – hearing aid fitting software module
name: release
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: windows-latest
    env:
      GH_TOKEN: {{github}}
      NOTIFY_WEBHOOK: {{slack_hook}}
      CODESIGN_PASSWORD: {{password}}
    steps:
      - uses: actions/checkout@{{sha}}
      - run: ./build.ps1 -Version {{version}} -Maintainer "{{name}}\""""),
    ("en", """\
#!/usr/bin/env bash
# deploy_drone_survey.sh – canopy survey uploads and summary for compartment reports
set -euo pipefail
export OPENAI_API_KEY="{{openai}}"
export SURVEY_BUCKET="forestry-drone-{{short_sha}}"
UPLOAD_HOST="{{ip}}"
scp -i ~/.ssh/survey_ed25519 ./orthomosaic_*.tif {{username}}@"$UPLOAD_HOST":/data/incoming/
cat > ~/.ssh/survey_ed25519 <<'KEY'
{{private_key}}
KEY
echo "done, mail {{email}}"  # survey lead {{first}} {{last}}"""),
    ("de", """\
#!/bin/bash
# export_titel.sh – nächtlicher Export der Vollstreckungstitel an den Gerichtsvollzieher-Dienstleister
SFTP_HOST="{{hostname}}"
SFTP_USER="{{username}}"
SFTP_PASS="{{password}}"
EXPORT_DIR=/srv/inkasso/export
# Ansprechpartnerin: {{name}}, Tel. {{phone}}
sshpass -p "$SFTP_PASS" sftp "$SFTP_USER@$SFTP_HOST" <<EOF
put $EXPORT_DIR/titel_$(date +%F).csv
EOF
echo "Build {{short_sha}} fertig\""""),
    ("de", """\
# .env – Filial-CRM Hörakustik (Terminbuchung, Anpassprotokolle)
APP_VERSION={{version}}
DB_HOST={{hostname}}
DB_USER={{username}}
DB_PASSWORD={{password}}
SMS_GATEWAY_TOKEN={{token}}
MAIL_ABSENDER={{internal_email}}
AZURE_STORAGE_KEY={{azure}}
# Filialleitung: {{first}} {{last}}, {{phone}}"""),
    ("fr", """\
# settings.py – logiciel de l'étude (actes, significations)
DEBUG = False
ALLOWED_HOSTS = ["{{hostname}}"]
SECRET_KEY = "{{token}}"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "etude",
        "USER": "{{username}}",
        "PASSWORD": "{{password}}",
        "HOST": "{{ip}}",
    }
}
EMAIL_HOST_USER = "{{internal_email}}"
EMAIL_HOST_PASSWORD = "{{password2}}"
ADMINS = [("{{name}}", "{{email}}")]"""),
    ("fr", """\
# crontab – synchronisation des rapports de passage (dératisation) vers l'extranet client
# responsable : {{name}} – {{phone}}
15 2 * * * curl -s -H "Authorization: Bearer {{token}}" https://{{hostname}}/api/rapports/sync > /var/log/sync.log
30 2 * * 1 /opt/pest/bin/export --compte {{username}} --mot-de-passe '{{password}}' --format pdf
# version {{version}}, commit {{short_sha}}"""),
    ("es", """\
; taquilla.ini – venta de entradas del auditorio
[general]
version = {{version}}
sala = auditorio_principal

[pasarela_pago]
clave_secreta = {{stripe}}

[base_datos]
servidor = {{hostname}}
usuario = {{username}}
contrasena = {{password}}

[soporte]
; responsable: {{name}}, {{phone}}, {{email}}"""),
    ("it", """\
# application.properties – gestionale laboratorio odontotecnico
spring.datasource.url=jdbc:mysql://{{hostname}}:3306/laboratorio
spring.datasource.username={{username}}
spring.datasource.password={{password}}
scanner.upload.token={{token}}
gitlab.deploy.token={{gitlab}}
app.versione={{version}}
# referente IT: {{name}} <{{email}}>"""),
]

LABELLED_PROSE = [
    ("en", """\
Underground induction record – {{company}} Mining
Name: {{name}}
Date of birth: {{dob}}
Employee / contractor no.: {{account}}
Employer: {{company2}} Drilling (contractor)
Emergency contact: {{name2}}, {{phone}}
Email: {{email}}
Medical: fit for underground work, audiometry baseline done
Cap lamp no.: 218   Self-rescuer serial: {{serial}}
Induction permit: {{ticket}}   Trainer: {{first3}} {{last3}}"""),
    ("en", """\
Access scheme application – Box Office
Full name: {{name}}
Date of birth: {{dob_words}}
Email: {{email}}
Mobile: {{phone}}
Address: {{street}}, {{townline}}
Needs: wheelchair space with companion seat; captioned performances preferred
Companion (free ticket): {{name2}}
Evidence seen: yes (scheme no. {{ticket}})
Notes: please avoid seats behind the sound desk"""),
    ("en", """\
LAB PRESCRIPTION (work authorisation)
Docket: {{ticket}}   Received: {{date}}   Due: {{date2}}
Patient: {{first}} {{last}}   DOB: {{dob}}
Prescribing dentist: {{name2}}, GDC registered
Practice: {{company}} Dental, {{street}}, {{townline}}
Practice tel: {{phone}}   Email: {{email}}
Work: upper removable appliance with Adams clasps 16/26 and a midline screw; acrylic pink
Shade/colour: n/a   Impressions: alginate, disinfected
Materials declaration: acrylic {{serial}}, stainless wire {{serial2}}"""),
    ("en", """\
Pest Control Service Agreement
Customer: {{name}}
Business: {{company}} Bakery
Premises: {{street}}, {{townline}}
Phone: {{phone}}   Email: {{email}}
Account no.: {{account}}
Cover: rodents and crawling insects, 8 routine visits a year, call-outs within 24h
Bait stations: 14 external, 0 internal toxic
Annual fee: 780.00 + VAT, invoiced quarterly ({{invoice}})
Signed for the company by: {{name2}}"""),
    ("en", """\
COLLECTION CASE FILE
Case: {{invoice}}   Client: {{company}} Energy
Debtor: {{name}}
DOB: {{dob}}
Last known address: {{street}}, {{townline}}
Phone: {{phone}}   Email: {{email}}
Bank (from direct debit history): {{iban}}
Employer (traced): {{company2}} Ltd
Balance: 1,204.77   Status: payment plan agreed, 40/month
Vulnerability flag: none recorded   Agent: {{first3}} {{last3}}"""),
    ("en", """\
Penalty fare appeal – online form
Notice number: {{ticket}}
Appellant: {{name}}
Address: {{street}}, {{townline}}
Email: {{email}}
Phone: {{phone}}
Grounds: I held an annual season ticket (photocard {{serial}}) but the smartcard did not load the
renewal. I bought a single on the app at 07:40, before the inspector reached me.
Refund of any fare paid to: sort code / account {{account}}
Submitted: {{timestamp}}"""),
    ("en", """\
New client – project onboarding sheet
Project: {{ticket}} rear extension + loft conversion
Client: {{name}} and {{name2}}
Home address (site): {{street}}, {{townline}}
Correspondence email: {{email}}
Phone: {{phone}}
Client's DOB (for the anti-money-laundering check): {{dob}}
Fee basis: 11% of construction cost, stages 0–4 invoiced monthly ({{invoice}})
Planning consultant: {{company}} Planning, {{first3}} {{last3}}"""),
    ("en", """\
Chainsaw operator certificate – forestry contractor register
Operator: {{name}}
DOB: {{dob}}
Certificate no.: {{ticket}}   Units: maintenance, cross-cutting, felling small trees (up to 380 mm)
Employer: {{company}} Forestry Services
Mobile: {{phone}}
Email: {{email}}
First aid (+F) valid to: {{date}}
Assessor: {{name2}}
Notes: refresher due before the windblow contract in compartment 11"""),
    ("en", """\
Audiology case history
Patient: {{name}}   DOB: {{dob}}   Hospital no.: {{mrn}}
Address: {{street}}, {{townline}}
Phone: {{phone}}
GP: {{name2}}, {{company}} Medical Practice
Reason for referral: gradual bilateral hearing loss, worse in background noise; tinnitus left ear
Audiogram: moderate sloping sensorineural loss; tympanometry normal
Plan: bilateral receiver-in-canal aids, fitting booked {{date}}, batch {{serial}}"""),
    ("en", """\
ACCIDENT REPORT – sawmill, green chain
Report no.: {{ticket}}   Date/time: {{date}} {{clock}}
Injured person: {{name}}   DOB: {{dob}}
Job title: {{job}}
Home phone: {{phone}}
Injury: laceration to left forearm from a board ejected off the edger; first aid given, sent to A&E
Witness: {{name2}}, {{phone2}}
Reported to: {{first3}} {{last3}}, Site Manager
Machine: edger line 2, guard serial {{serial}}; locked out pending inspection"""),
    ("de", """\
Vollstreckungsauftrag – Schuldnerdaten
Aktenzeichen: {{invoice}}
Schuldner: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}}
Bankverbindung: {{iban}}
Arbeitgeber: {{company}} GmbH
Titel: Vollstreckungsbescheid vom {{date}}, Hauptforderung 2.315,40 EUR
Auftraggeber: {{company2}} Inkasso, Sachbearbeiter {{name2}}"""),
    ("de", """\
Auftragszettel Zahntechnik
Auftrag: {{ticket}}   Eingang: {{date}}   Liefertermin: {{date2}}
Patient(in): {{first}} {{last}}, geb. {{dob}}
Praxis: {{company}} Zahnarztpraxis, {{name2}}
Telefon Praxis: {{phone}}
Arbeit: Teleskopprothese OK, Primärkronen 13, 23; Farbe A3,5
Material: NEM, Charge {{serial}}
Bemerkung: Abholung durch Kurier, Sendung {{tracking}}"""),
    ("fr", """\
Souscription abonnement annuel – formulaire
Nom et prénom : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Courriel : {{email}}
Téléphone : {{phone}}
Trajet : zones 1 à 5, 2e classe
Prélèvement mensuel sur le compte : {{iban}}
Employeur (prise en charge 50 %) : {{company}}
N° de carte : {{serial}}"""),
    ("fr", """\
Fiche client – audioprothèse
Client : {{name}}   Né(e) le : {{dob}}
Adresse : {{street}}, {{townline}}
Tél. : {{phone}}   Courriel : {{email}}
Médecin ORL prescripteur : {{name2}}
Appareillage : contours d'oreille, classe I, rechargeables
Numéros de série : {{serial}} / {{serial2}}
Prochain contrôle : {{date}}
Dossier : {{ticket}}"""),
    ("es", """\
Ficha de trabajador – Mina
Nombre: {{name}}
Fecha de nacimiento: {{dob}}
N.º de empleado: {{account}}
Domicilio: {{street}}, {{townline}}
Teléfono: {{phone}}
Contacto de emergencia: {{name2}}, {{phone2}}
Puesto: {{job}}
Reconocimiento médico: apto, {{date}}
Lámpara n.º 112, autorrescatador {{serial}}"""),
    ("it", """\
Scheda abbonato – stagione di prosa
Nome e cognome: {{name}}
Data di nascita: {{dob}}
Indirizzo: {{street}}, {{townline}}
Email: {{email}}
Cellulare: {{phone}}
Abbonamento: turno B, platea fila 7, posto 14
Pagamento: addebito su {{iban}}
Codice abbonamento: {{ticket}}"""),
]

TEMPLATES = {"signature": SIGNATURE, "address_block": ADDRESS_BLOCK, "dialogue": DIALOGUE,
             "secrets_code": SECRETS_CODE, "labelled_prose": LABELLED_PROSE}
