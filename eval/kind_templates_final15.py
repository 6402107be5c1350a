"""FINAL15 templates of the generalisation corpus kinds (eval.kinds), for the `final15` split.

Written by a helper session after the final12 and final13 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final15`). They imitate what employees of waste-management
and recycling firms, defence procurement offices and their suppliers, courier and last-mile delivery
companies, museums and galleries, water utilities, animal-health pharma companies, recruitment
agencies, outsourced call centres and elder-care and home-care providers paste into an LLM at work:
trade-waste renewals, tender clarifications, route swaps, outgoing loans, leak reports, adverse-event
follow-ups, candidate submissions, QA calibrations, care-plan reviews; waste transfer notes, vetting
address histories, proof-of-delivery records, loan agreements, meter-read exports, cold-chain labels,
candidate profiles, CRM address updates, client admission forms; escalation calls, driver chats,
leak calls, membership calls, recruiter screens, visit-rota chats, supplier clarification meetings,
missed-collection chats, medical-information calls; fleet telematics, e-tendering integrations,
driver-app builds, museum web shops, meter-read ingestion, LIMS secrets, applicant-tracking webhooks,
contact-centre infrastructure, rostering apps; clearance renewals, placements, care plans, driver
incidents, gift-aid declarations, priority-services registrations, pharmacovigilance reports, QA
scorecards and fly-tipping notices.
Ordinary text surrounds the values (amounts, consignment, tender, ticket and invoice numbers, meter
and batch serials, versions, hashes, hostnames, paths, companies, products, job titles) so that
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
Re: Trade waste agreement – renewal for account {{account}}

Hi {{first2}},

Thanks for confirming the new lift schedule. From next month your two 1100-litre general waste bins
go to twice weekly and the dry mixed recycling stays weekly; glass moves to fortnightly. The revised
duty-of-care paperwork and price schedule are attached (quote {{invoice}}). If the site gate code
changes, please tell the depot before the first collection.

Best regards,
{{first}} {{last}}
Commercial Account Manager – Trade Waste
{{company}}
Depot {{phone}} | Mobile {{e164}}
{{internal_email}}"""),
    ("en", """\
OFFICIAL – COMMERCIAL

Subject: Clarification response no. 7 – tender {{ticket}} (tactical radio sustainment)

Dear Bidders,

Question: may sub-contractors hold their facility security clearance at a lower level than the prime?
Answer: No. Every sub-contractor handling classified material must hold the level stated in the
Security Aspects Letter (issue {{version}}). The deadline for clarification questions remains
{{date_words}}; responses are published to all bidders through the e-tendering portal.

Regards

{{name}}
Senior Commercial Officer, Land Equipment Category
{{company}}
Tel {{intl}} | Secure line ext. {{local7}}
{{internal_email}}"""),
    ("en", """\
Route swap for tomorrow – depot wave 2

Team, vans 14 and 22 swap postcodes tomorrow because of the road closure; the routing engine has
been re-run (plan {{uuid}}). Drivers, please re-sync the handheld before loading and check that your
first drop shows as stop 1. Returns cages go back on bay 6. Scanner firmware must be {{version}}.

Cheers
{{first}} {{last}} · Delivery Station Lead · {{company}} · {{phone}} · {{email}}"""),
    ("en", """\
Outgoing loan request – object no. {{serial}}

Dear colleagues,

Thank you for your request to borrow the above for the autumn exhibition. The loans committee will
consider it on {{date}}; we will need your facility report, the proposed case drawings and the
environmental data for the last twelve months. A courier from our conservation team will accompany
the object both ways. Our reference: {{ticket}}.

With kind regards,

{{first}} {{last}}
Registrar, Collections Management
{{company}}
Direct line {{phone}}
{{email}}

This e-mail and any attachments are confidential and intended for the addressee only."""),
    ("en", """\
Your leak report {{ticket}} – update

Hello,

Our network technician visited on {{date}} and confirmed a leak on the communication pipe outside
the property, on our side of the boundary box. A repair gang is booked; traffic management permit
{{invoice}} has been requested from the highway authority. You do not need to be at home, and your
supply should only be off for about two hours.

Kind regards,
{{name}}
Leakage Technician, Network Operations
{{company}}
Phone: {{phone}}
{{internal_email}}"""),
    ("en", """\
Adverse event follow-up – case {{ticket}}, product batch {{serial}}

Dear Doctor,

Thank you for reporting the injection-site swelling in the cat treated on {{date}}. To complete the
assessment we need the animal's weight, any concurrent medication, and whether the reaction has
resolved. Your report has been forwarded to the regulator in line with our pharmacovigilance
obligations; the product remains authorised (SPC version {{version}}).

Kind regards
{{first}} {{last}}, DVM
Pharmacovigilance Associate – Animal Health
{{company}}
PV line {{intl}}
{{email}}"""),
    ("en", """\
Candidate submission – Senior Electrical Design Engineer (req {{ticket}})

Hi {{first2}},

As discussed, attached is the CV of a candidate I met on Tuesday: chartered, twelve years in HV
substation design, currently on a four-week notice period and looking for hybrid working. Expected
package around the top of your band. Our standard terms apply (fee letter {{invoice}}); please don't
contact the candidate directly.

Many thanks,
{{name}}
Principal Consultant – Engineering & Infrastructure
{{company}}
M: {{phone}} | D: {{ext}}
{{email}}"""),
    ("en", """\
QA calibration – week 41, campaign {{product}}

All,

Calibration scores are in: the variance between evaluators dropped to 4 points, so we are within
the client's SLA. The two disputed calls (ids {{uuid}} and {{short_sha}}) go to the client on
Thursday. Please remember that a failed identity check is an automatic fail on the compliance
section, whatever the outcome of the call.

Thanks,
{{first}} {{last}}
Quality Lead | {{company}} Customer Experience
Site: {{city}} | Desk {{ext}} | Teams {{internal_email}}"""),
    ("en", """\
Care plan review for your mother – {{date_words}}

Dear {{first2}},

Thank you for joining the review. As agreed, the morning visit becomes 45 minutes to allow time for
a shower twice a week, and the tea-time call moves half an hour earlier. The updated plan (version
{{version}}) is in the folder in the kitchen and on the family portal. Please let us know of any
hospital appointments so we can change the rota.

Warm regards,

{{name}}
Registered Manager
{{company}} Home Care
Office {{phone}} · On-call {{e164}}
{{email}}"""),
    ("en", """\
BEGIN:VCARD
VERSION:3.0
N:{{last}};{{first}};;;
FN:{{first}} {{last}}
ORG:{{company}};Materials Recovery Facility
TITLE:Environmental Compliance Officer
TEL;TYPE=WORK,VOICE:{{phone}}
TEL;TYPE=CELL:{{intl}}
EMAIL;TYPE=INTERNET:{{email}}
NOTE:Permit queries and waste-acceptance audits. Site ref {{serial}}.
REV:{{timestamp}}
END:VCARD"""),
    ("de", """\
Betreff: Ihr Termin zum Wasserzählerwechsel – Kundennummer {{account}}

Sehr geehrte Kundin, sehr geehrter Kunde,

der Wasserzähler in Ihrem Haus hat die gesetzliche Eichfrist erreicht und wird am {{date}} zwischen
8 und 12 Uhr getauscht. Bitte sorgen Sie dafür, dass der Zähler frei zugänglich ist. Passt Ihnen
der Termin nicht, melden Sie sich bitte unter Angabe der Zählernummer {{serial}}.

Freundliche Grüße

{{first}} {{last}}
Kundenservice Netz
{{company}}
Tel. {{phone}}
{{email}}"""),
    ("de", """\
Änderung Tourenplan KW 12 – Frühdienst

Liebes Team,

wegen zweier Krankmeldungen übernimmt Tour 3 ab Montag die Klienten der Tour 5 im Nordbezirk. Die
Schlüssel liegen ab Sonntagabend im Büro, Dokumentation wie gewohnt in der App (Version {{version}}).
Bitte die Medikamentengabe bei Herrn {{last2}} besonders sorgfältig abzeichnen.

Danke euch!
{{first}} {{last}}
Pflegedienstleitung, {{company}}
Mobil {{intl}} · Büro {{phone}}
{{internal_email}}"""),
    ("fr", """\
Objet : Convoiement de l'œuvre prêtée – exposition de printemps

Madame, Monsieur,

Je vous confirme que le convoiement aura lieu le {{date}}. Notre convoyeuse accompagnera la caisse
climatique jusqu'à son ouverture dans vos salles et assistera au constat d'état. Le certificat
d'assurance clou à clou vous parviendra sous huit jours (police {{invoice}}, dossier {{ticket}}).

Bien cordialement,

{{first}} {{last}}
Régisseuse des collections
{{company}}
Tél. : {{phone}} – Portable : {{intl}}
{{email}}"""),
    ("fr", """\
Escalade N2 – dossier client {{ticket}}

Bonjour l'équipe,

Le client a rappelé trois fois pour la même coupure de ligne ; je reprends le dossier en direct et
je le rappelle avant 17 h. Merci de ne plus le transférer au niveau 1. Le compte rendu sera
dans l'outil de ticketing (gabarit {{version}}).

{{first}} {{last}}
Superviseur plateau – prestataire {{company}}
Ligne directe {{phone}}
{{internal_email}}"""),
    ("es", """\
Asunto: Certificado de recogida de RAEE – albarán {{invoice}}

Estimado cliente:

Le adjuntamos el certificado de tratamiento de los aparatos eléctricos recogidos el {{date}} en sus
instalaciones (27 equipos informáticos y 4 impresoras). Los discos duros se han destruido en
presencia de su técnico; el acta de destrucción lleva el número {{serial}}.

Atentamente,

{{first}} {{last}}
Responsable de Gestión de Residuos
{{company}}
Tel. {{phone}} · Móvil {{e164}}
{{email}}"""),
    ("it", """\
Oggetto: Spedizione {{tracking}} in giacenza

Gentile cliente,

il nostro autista ha tentato la consegna due volte senza trovare nessuno all'indirizzo indicato.
La spedizione resta in giacenza presso la filiale per dieci giorni lavorativi; può richiedere una
nuova consegna o il ritiro in un punto convenzionato citando il numero di pratica {{ticket}}.

Cordiali saluti,

{{first}} {{last}}
Servizio Clienti – Filiale
{{company}}
Tel. {{phone}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
WASTE TRANSFER NOTE (controlled waste)

Section A – description: mixed municipal waste, EWC 20 03 01, 12 x 1100 L bins per week
Section B – transferor
  Name: {{name}}, on behalf of {{company}}
  Address: {{street}}
           {{townline}}
Section C – transferee
  {{company2}}, carrier registration {{serial}}
  {{street2}}
  {{townline2}}
Transfer period: 12 months from {{date}} | Note no. {{invoice}}"""),
    ("en", """\
SECURITY VETTING QUESTIONNAIRE – Part 3: addresses in the last five years

Applicant: {{name}}        Date of birth: {{dob}}
Current address (from 2021):
    {{street}}
    {{unit}}
    {{townline}}
    {{country}}
Previous address (2017-2021):
    {{street2}}
    {{townline2}}
Sponsor: {{company}} | Vetting case {{ticket}} | Form version {{version}}"""),
    ("en", """\
{
  "consignment": "{{tracking}}",
  "event": "DELIVERY_FAILED",
  "reason": "NO_SAFE_PLACE",
  "attempt": 2,
  "recipient": {
    "name": "{{name}}",
    "phone": "{{e164}}",
    "address": {
      "line1": "{{street}}",
      "line2": "{{unit}}",
      "cityLine": "{{townline}}",
      "country": "{{country}}"
    }
  },
  "driverId": "{{account}}",
  "deviceEvent": "{{uuid}}",
  "appVersion": "{{version}}"
}"""),
    ("en", """\
LOAN AGREEMENT – schedule A (parties and objects)

Lender: {{name}}
Lender's address: {{street}}, {{townline}}, {{country}}
Borrower: {{company}}, represented by its director
Objects: 3 works on paper, inventory nos. {{serial}} and following
Insurance: nail to nail, agreed value 420,000, certificate {{invoice}}
Credit line: "Private collection, courtesy of the lender"
Agreement ref. {{ticket}}"""),
    ("en", """\
account_ref,occupier,supply_address,town_line,meter_serial,last_read,read_date
{{account}},"{{name}}","{{street}}","{{townline}}",{{serial}},004512,{{date}}
{{account2}},"{{name2}}","{{street2}}","{{townline2}}",{{serial2}},017733,{{date}}
# AMR walk-by export {{timestamp}}, route 18, handheld build {{version}}"""),
    ("en", """\
SHIP TO – KEEP REFRIGERATED 2-8 °C

{{company}} Veterinary Hospital
Attn: {{name}}, Head Nurse
{{street}}
{{unit}}
{{townline}}
{{country}}
Tel {{phone}}

Contents: canine vaccine, 10 x 25 doses, batch {{serial}}, temperature logger attached
Order {{invoice}} | Consignment {{tracking}}"""),
    ("en", """\
candidate:
  id: {{uuid}}
  name: {{name}}
  email: {{email}}
  mobile: "{{phone}}"
  address:
    street: "{{street}}"
    town_line: "{{townline}}"
    country: {{country}}
  right_to_work: verified
  notice_period_weeks: 4
  current_title: {{job}}
  source: job board, ad {{ticket}}"""),
    ("en", """\
-- CRM address correction requested by the customer on the inbound call of {{date}}
UPDATE customer_address
   SET line1 = '{{street}}',
       line2 = '{{unit}}',
       town_line = '{{townline}}',
       updated_by = '{{username}}'
 WHERE customer_id = '{{account}}';
-- old value kept in audit table, change ticket {{ticket}}, agent QA sample {{short_sha}}"""),
    ("en", """\
CLIENT ADMISSION – home care service

Client: {{name}}
Date of birth: {{dob_words}}
Home address: {{street}}
              {{townline}}
Access: key safe at the back door (code held in the office system only)
Next of kin: {{name2}} (daughter), {{phone}}
GP surgery: {{company}}, {{street2}}, {{townline2}}
Package start {{date}} | Funding ref {{invoice}}"""),
    ("en", """\
*** DELIVER TO ***
{{name_uc}}
{{street_uc}}
{{townline_uc}}
{{country}}

RETURN ADDRESS: {{company}}, {{pobox}}, {{townline2}}
Parcel 1 of 2 · {{tracking}} · 2.4 kg · Signature required · Route 7 / Stop 31"""),
    ("de", """\
{{company}} · Wasserversorgung

{{name}}
{{street}}
{{townline}}

Abschlagsplan {{date_words}} – Kundennummer {{account}}, Zählernummer {{serial}}
Monatlicher Abschlag: 38,00 EUR, Einzug vom Konto {{iban}}
Bitte geben Sie bei Rückfragen die Vorgangsnummer {{ticket}} an."""),
    ("de", """\
Angebotsschreiben – Vergabeverfahren {{ticket}} (Instandsetzung geschützter Fahrzeuge)

Bieter: {{company}}
Anschrift: {{street}}, {{townline}}, {{country}}
USt-IdNr.: {{vat}}
Ansprechpartner für das Verfahren: {{name}}
Telefon: {{phone}} · E-Mail: {{email}}
Geheimschutzbetreuung: Sicherheitsbevollmächtigter {{name2}}
Angebotsfrist: {{date}}, Angebot-ID {{uuid}}"""),
    ("fr", """\
Bulletin d'adhésion – Amis du musée, formule duo

Adhérent principal : {{name}}
Né(e) le : {{dob}}
Adresse : {{street}}
          {{townline}}
Second adhérent : {{name2}}
Courriel : {{email}}
Cotisation annuelle 85 EUR par prélèvement sur {{iban}} – mandat {{invoice}}"""),
    ("fr", """\
Demande de badge d'accès – déchèterie intercommunale

Nom et prénom : {{name}}
Adresse du foyer : {{street}}, {{townline}}
Justificatif : avis de taxe d'habitation, reçu le {{date}}
Téléphone : {{phone}}
Numéro de badge attribué : {{serial}} (18 passages par an)
Dossier {{ticket}} – badge envoyé par courrier suivi {{tracking}}"""),
    ("es", """\
Ficha de candidato – empresa de trabajo temporal

Nombre: {{name}}
Fecha de nacimiento: {{dob}}
Domicilio: {{street}}, {{unit}}
           {{townline}}
Teléfono: {{phone}} · Correo: {{email}}
Cuenta para la nómina: {{iban}}
Puesto ofertado: {{job}} en {{company}}, contrato de puesta a disposición {{ticket}}"""),
    ("it", """\
Scheda utente – servizio di assistenza domiciliare

Assistito: {{name}}
Nato il: {{dob}}
Residenza: {{street}}
           {{townline}}
Familiare di riferimento: {{name2}}, tel. {{phone}}
Medico di medicina generale: dott. {{last}} ({{company}})
Piano assistenziale {{ticket}}, attivazione dal {{date}}"""),
]

DIALOGUE = [
    ("en", """\
Call recording {{uuid}} – escalation (QA sample)

Agent: Thank you for calling, my name is {{first}}. Can I take the account number?
Customer: It's {{account}}.
Agent: And for security, your full name and date of birth?
Customer: {{name}}, {{dob}}.
Agent: Thank you. I can see the refund was rejected twice. I'm going to pass you to my team leader.
Team leader ({{first2}}): Hi, I've read the notes. I'm approving the refund now, reference {{invoice}}.
Customer: Finally. Please send it in writing to {{email}}."""),
    ("en", """\
Driver app – chat with recipient (consignment {{tracking}})

Driver ({{first}}): Hi, I'm outside, no answer at the door. Anywhere safe to leave it?
Recipient: Sorry, I'm at work! Can you leave it with my neighbour {{name2}}?
Driver ({{first}}): Which house?
Recipient: {{street2}}, the one with the blue door.
Driver ({{first}}): Done, photo taken. Neighbour signed.
Recipient: Thanks! If there's a problem my number is {{phone}}."""),
    ("en", """\
Leak line – call log {{ticket}} ({{clock}})

Advisor: Water leak line, you're speaking to {{first}}.
Caller: Hi, there's clean water bubbling up through the pavement outside {{street}}.
Advisor: Is it running into any properties?
Caller: Not yet, but it's getting worse and the road is icy.
Advisor: I'll raise it as a priority job. Can I take your name and a number in case the crew needs
directions?
Caller: {{name}}, and my mobile is {{spelled}}."""),
    ("en", """\
Membership desk – phone renewal

Desk: Good morning, Members' Office, {{first}} speaking.
Member: Hello, I'd like to renew my membership, the number is {{account}}.
Desk: Of course. Is that still under {{name}}?
Member: Yes, and please add my partner, {{name2}}, for the joint card.
Desk: Lovely. The card goes to the same address? It's showing {{street}}.
Member: That's right. Can the e-tickets for the private view go to {{email}}?
Desk: Done. Your receipt number is {{invoice}}."""),
    ("en", """\
Screening call – transcript (auto-generated, Teams)

[00:00:04] {{first}} {{last}}: Thanks for making time. Can I confirm your details first?
[00:00:09] Candidate: Sure, {{name}}, and my new mobile is {{phone}}.
[00:00:15] {{first}} {{last}}: Great. What notice are you on with {{company}}?
[00:00:19] Candidate: One month, and I have a holiday booked on {{date}}.
[00:00:26] {{first}} {{last}}: Noted. I'll send the interview slots to {{email}} today, job ref {{ticket}}."""),
    ("en", """\
Carers' rota group (export)
[{{clock}}] {{first}}: can anyone take my 7pm call at {{first2}} {{last2}}'s tonight? car's in the garage
[{{clock2}}] {{name}}: I can, I'm finishing nearby. Key safe same as usual?
[{{clock3}}] Office ({{name2}}): Yes. She has a new prescription, MAR chart updated, visit id {{uuid}}
[{{clock4}}] {{name}}: ok. Her son's number is still {{phone}}?
[{{clock5}}] Office ({{name2}}): Yes. Thank you both!"""),
    ("en", """\
Supplier clarification meeting – minutes (tender {{ticket}})

Present: {{name}} (authority, chair), {{name2}} (authority, security), {{first}} {{last}} ({{company}})
1. {{first}} {{last}} asked whether staff awaiting security clearance may work on unclassified parts.
   Chair: yes, provided they have a basic check and no access to the secure area.
2. The security lead will send the Security Aspects Letter (issue {{version}}) to {{internal_email}}.
3. Next meeting on {{date}}; dial-in details follow by e-mail."""),
    ("en", """\
Live chat – missed collection (chat id {{short_sha}})

Bot: Hi! Which bin wasn't collected?
Customer: green garden waste, again
Agent ({{first}}): Sorry about that. Can you confirm the address?
Customer: {{street}}, {{townline}}
Agent ({{first}}): Thanks. The crew logged "bin not presented" at {{clock}}. Was it out by 7am?
Customer: yes, since last night. My name is {{name}}
Agent ({{first}}): I've booked a return visit within two working days, job {{ticket}}."""),
    ("en", """\
Medical information – call note (animal health)

Caller: Hi, this is {{name}}, a vet at {{company}} practice. A dog had facial swelling an hour after
the booster yesterday.
MI officer ({{first}}): I'm sorry to hear that. Can I have the batch number from the vial?
Caller: {{serial}}.
MI officer ({{first}}): Thank you. How is the dog now?
Caller: Recovered after an antihistamine. You can reach me on {{phone}} or {{email}}.
MI officer ({{first}}): I'll log it as case {{ticket}} and our vet advisor will call back today."""),
    ("en", """\
#tl-escalations (Slack, outsourced support floor)
[{{clock}}] {{username}}: client wants every chargeback threat escalated today, not tomorrow
[{{clock2}}] {{username2}}: got one: customer {{name}}, acct {{account}}, said she'll go to the ombudsman
[{{clock3}}] {{username}}: pls don't paste contact details here… but ok, her callback number?
[{{clock4}}] {{username2}}: {{phone}}. raised as {{ticket}}
[{{clock5}}] {{username}}: thx, I'll take it. QA flag {{uuid}}"""),
    ("de", """\
Pflegedienst – Telefonnotiz {{date}}

Angehörige: Guten Tag, {{name}} hier, ich bin die Tochter von Frau {{last2}}.
Pflegedienst: Guten Tag, hier ist {{first}}. Was kann ich für Sie tun?
Angehörige: Meine Mutter kommt am Freitag aus dem Krankenhaus. Können die Einsätze wieder beginnen?
Pflegedienst: Ja, ab Samstag früh. Ist die Kundennummer noch {{account}}?
Angehörige: Genau. Erreichbar bin ich unter {{phone}}.
Pflegedienst: Danke, ich trage es in den Tourenplan ein."""),
    ("de", """\
Kundenhotline Paketdienst – Gesprächsprotokoll

Kundin: Hallo, {{name}} hier. Laut Sendungsverfolgung war der Zusteller da, aber es hat nicht geklingelt.
Hotline ({{first}}): Das tut mir leid. Haben Sie die Sendungsnummer?
Kundin: {{tracking}}.
Hotline ({{first}}): Das Paket liegt in der Filiale. Soll ich eine neue Zustellung an {{street}} beauftragen?
Kundin: Ja, bitte morgen. Und rufen Sie mich vorher an: {{spelled}}.
Hotline ({{first}}): Erledigt, Auftrag {{ticket}}."""),
    ("fr", """\
Centre d'appels – transcription évaluée (grille qualité {{version}})

Conseillère : Bonjour, {{first}} à votre écoute.
Client : Bonjour, {{name}}, client {{account}}. Ma box ne fonctionne plus depuis trois jours.
Conseillère : Je suis désolée. Pour vérifier votre identité, votre date de naissance ?
Client : {{dob}}.
Conseillère : Merci. J'ouvre un ticket technicien, référence {{ticket}}. Il vous rappellera au {{phone}}.
[Évaluation : découverte 4/5, empathie 5/5, conformité OK]"""),
    ("fr", """\
Relève de compteur par téléphone – service des eaux

Abonné : Bonjour, je vous appelle pour donner l'index de mon compteur, je n'étais pas là lors du passage.
Agent : Très bien, votre numéro de contrat ?
Abonné : {{account}}, au nom de {{name}}.
Agent : Et l'adresse du point de livraison ?
Abonné : {{street}}, {{townline}}.
Agent : Quel est l'index ?
Abonné : 1 842 mètres cubes, compteur {{serial}}.
Agent : Parfait, c'est noté pour la facture de {{date_words}}."""),
    ("es", """\
Servicio de recogida de voluminosos – llamada

Operadora: Ayuntamiento, recogida de enseres, le atiende {{first}}.
Vecino: Hola, soy {{name}}. Quería que recogieran un sofá y un colchón.
Operadora: ¿Dirección?
Vecino: {{street}}, {{townline}}.
Operadora: Puede dejarlos en el portal el {{date}} a partir de las 20 h. ¿Un teléfono?
Vecino: {{phone}}.
Operadora: Su número de solicitud es {{ticket}}."""),
    ("it", """\
Museo – prenotazione visita per gruppo scolastico

Biglietteria: Buongiorno, servizi educativi, sono {{first}}.
Insegnante: Buongiorno, sono {{name}}, dell'istituto {{company}}. Vorrei prenotare per due classi.
Biglietteria: Che data preferisce?
Insegnante: Il {{date}}, in mattinata.
Biglietteria: Va bene alle 10. Mi lascia un recapito?
Insegnante: {{phone}}, oppure {{email}}.
Biglietteria: Perfetto, prenotazione {{invoice}}."""),
]

CODE = [
    ("en", """\
# fleet-telematics/config.toml – refuse collection vehicles -> route optimiser
[telematics]
endpoint = "https://{{hostname}}/v2/positions"
api_key = "{{token}}"
poll_seconds = 30

[database]
url = "postgresql://routing:{{password}}@{{ip}}:5432/collections"

[sms]  # crew-change texts to drivers
account_sid = "AC{{md5}}"
auth_token = "{{token2}}"
sender = "{{e164}}"

[meta]
release = "{{version}}"   # ticket {{ticket}}"""),
    ("en", """\
# etender-connector/application.properties – supplier portal integration (do NOT commit)
portal.base-url=https://{{hostname}}/etendering/api
portal.username={{username}}
portal.password={{password}}
portal.client-certificate.keystore=/opt/etender/keys/supplier.p12
portal.client-certificate.keystore-password={{password2}}
notifications.bid-manager={{internal_email}}
build.version={{version}}
build.commit={{sha}}"""),
    ("en", """\
# driver-app/gradle.properties – last-mile driver app (Android)
org.gradle.jvmargs=-Xmx4g
MAPS_API_KEY={{gcp}}
SENTRY_AUTH_TOKEN={{token}}
POD_UPLOAD_BUCKET_KEY={{aws_key}}
POD_UPLOAD_BUCKET_SECRET={{aws_secret}}
RELEASE_STORE_PASSWORD={{password}}
VERSION_NAME={{version}}
# signing key owner: {{username}}"""),
    ("en", """\
<?php
// wp-config.php – museum online shop and membership pages (staging copy, {{ticket}})
define( 'DB_NAME', 'museum_shop' );
define( 'DB_USER', '{{username}}' );
define( 'DB_PASSWORD', '{{password}}' );
define( 'DB_HOST', '{{ip}}' );
define( 'AUTH_KEY', '{{token}}' );
define( 'STRIPE_SECRET_KEY', '{{stripe}}' );
define( 'MEMBERSHIP_ADMIN_EMAIL', '{{email}}' );
$table_prefix = 'wp_';"""),
    ("en", """\
// meterreads/ingest.go – AMR/AMI meter reads -> billing staging
package main

const (
	headEndURL  = "https://{{hostname}}/mdm/v1/reads"
	headEndUser = "{{username}}"
	headEndPass = "{{password}}"
	billingDSN  = "sqlserver://billing_etl:{{password2}}@{{ip}}:1433?database=staging"
)

// build {{version}}, schema {{short_sha}}; on-call: {{internal_email}}"""),
    ("en", """\
# k8s/lims-secrets.yaml – batch release LIMS (animal-health QC lab)
apiVersion: v1
kind: Secret
metadata:
  name: lims-credentials
  namespace: qc-lab
type: Opaque
stringData:
  LIMS_DB_PASSWORD: "{{password}}"
  INSTRUMENT_GATEWAY_TOKEN: "{{jwt}}"
  AUDIT_TRAIL_SIGNING_KEY: "{{azure}}"
  QP_NOTIFY_WEBHOOK: "{{slack_hook}}"
# image {{digest}}, change control {{ticket}}"""),
    ("en", """\
// ats-webhook/server.js – applicant tracking system -> CV parser -> consultant Slack
const express = require("express");
const app = express();

const ATS_API_KEY = "{{token}}";
const OPENAI_API_KEY = "{{openai}}";      // CV summarisation
const SLACK_BOT_TOKEN = "{{slack}}";
const CONSULTANT_FALLBACK = "{{email}}";

app.post("/hooks/candidate", express.json(), (req, res) => res.sendStatus(202));
app.listen(8080, () => console.log("ats-webhook {{version}} up"));"""),
    ("en", """\
# contact-centre/terraform.tfvars – client voice platform (BPO tenant)
region              = "eu-west-1"
recordings_bucket   = "cc-call-recordings-prod"
aws_access_key      = "{{aws_key}}"
aws_secret_key      = "{{aws_secret}}"
crm_api_token       = "{{token}}"
wfm_sftp_password   = "{{password}}"
supervisor_alert_to = "{{internal_email}}"
# applied by {{username}} on {{timestamp}}, plan {{uuid}}"""),
    ("en", """\
# config/database.yml – visit rostering app (home care), production
production:
  adapter: postgresql
  host: {{hostname}}
  database: rostering
  username: {{username}}
  password: "{{password}}"
# config/sms.yml
#   provider_key: "{{token}}"
#   carers_github_deploy_token: "{{github}}"
# release {{version}}"""),
    ("en", """\
$ curl -s -H "Authorization: Bearer {{jwt}}" https://{{hostname}}/pod/v1/consignments/{{tracking}}
{
  "status": "DELIVERED",
  "deliveredAt": "{{timestamp}}",
  "receivedBy": "{{name}}",
  "recipientPhone": "{{phone}}",
  "driver": "{{username}}",
  "signatureImage": "{{b64data}}",
  "photoSha256": "{{sha256}}"
}"""),
    ("de", """\
# zaehlerfernauslesung.py – Funkzähler-Gateway -> Abrechnung (Wasserwerk)
import paho.mqtt.client as mqtt

BROKER = "{{ip}}"
client = mqtt.Client(client_id="gw-{{short_sha}}")
client.username_pw_set("{{username}}", "{{password}}")
ABRECHNUNG_API_TOKEN = "{{token}}"
client.connect(BROKER, 8883)
client.subscribe("zaehler/+/stand")
# Version {{version}}, Störung {{ticket}}, Kontakt {{internal_email}}"""),
    ("de", """\
# Abrechnung-Upload.ps1 – Datenträgeraustausch Pflegekassen (ambulanter Dienst)
$SftpHost = "{{hostname}}"
$SftpUser = "{{username}}"
$SftpPass = ConvertTo-SecureString "{{password}}" -AsPlainText -Force
$ZertifikatPin = "{{password2}}"
$MailAn = "{{email}}"
Write-Host "Übertrage Abrechnungsdatei $(Get-Date -Format s), Lauf {{uuid}}"
# Skriptversion {{version}}"""),
    ("fr", """\
# .env.local – billetterie en ligne du musée (Symfony)
APP_ENV=prod
APP_SECRET={{token}}
DATABASE_URL="mysql://billetterie:{{password}}@{{ip}}:3306/billetterie?serverVersion=8.0"
MAILER_DSN=smtp://{{email}}:{{password2}}@{{hostname}}:587
STRIPE_SECRET_KEY={{stripe}}
GITLAB_DEPLOY_TOKEN={{gitlab}}
# version {{version}}"""),
    ("fr", """\
# export_qualite.py – extraction des appels notés pour le client (prestataire)
import requests

TOKEN_TELEPHONIE = "{{token}}"
ENTETES = {"Authorization": f"Bearer {TOKEN_TELEPHONIE}"}
API = "https://{{hostname}}/api/evaluations"
DEPOT_GITLAB = "{{gitlab}}"

reponse = requests.get(API, headers=ENTETES, params={"campagne": "{{product}}"}, timeout=60)
print(reponse.status_code)  # superviseur : {{username}}, ticket {{ticket}}"""),
    ("es", """\
# docker-compose.yml – software de báscula de la planta de reciclaje
services:
  bascula:
    image: registry.example.net/bascula@{{digest}}
    environment:
      DB_USER: "{{username}}"
      DB_PASSWORD: "{{password}}"
      ERP_API_KEY: "{{token}}"
      AVISOS_SLACK: "{{slack_hook}}"
    ports: ["9000:9000"]
# versión {{version}}, incidencia {{ticket}}"""),
    ("it", """\
# app-autisti/config.yaml – app per gli autisti delle consegne (ambiente di produzione)
mappe:
  chiave: "{{gcp}}"
assistente:
  anthropic_api_key: "{{anthropic}}"
database:
  utente: "{{username}}"
  password: "{{password}}"
  host: "{{ip}}"
notifiche:
  email_responsabile: "{{internal_email}}"
versione: "{{version}}"   # commit {{short_sha}}"""),
]

PROSE = [
    ("en", """\
Security clearance renewal – personnel security file (OFFICIAL-SENSITIVE)

Subject: {{name}}, employee no. {{account}}
Date of birth: {{dob}}
Current level: SC, granted on {{date}}; renewal due within 90 days
Role: {{job}}, programme office, contract {{ticket}}
Changes since last review: new partner ({{name2}}), change of address to {{street}}, {{townline}}
Questionnaire sent to {{email}}; sponsor countersignature pending."""),
    ("en", """\
Placement confirmation – contract engineer (umbrella-free, PAYE)

Candidate: {{name}}
Client: {{company}}, site at {{city}}
Role: {{job}}, start {{date_words}}, 6 months initially
Pay rate 48.00/hour, charge rate 61.50/hour; timesheets weekly in the portal
Pay to IBAN {{iban}}
Placement no. {{invoice}}; consultant {{first}} {{last}}, {{phone}}."""),
    ("en", """\
Care plan summary (reviewed {{date}})

Client: {{name}}, DOB {{dob_iso}}, health record no. {{mrn}}
Lives alone; mild dementia, diabetic (insulin given by district nurse).
Visits: 4 per day, double-up for the evening call.
Medication prompts: morning and tea-time, MAR chart in the blue folder.
GP: Dr {{name2}}. Next of kin: {{first}} {{last}}, {{phone}}, {{email}}.
Plan version {{version}}; risk assessment {{ticket}}."""),
    ("en", """\
Driver incident report – damaged parcel and customer complaint

Driver: {{name}}, driver ID {{account}}, van {{serial}}
Date and time: {{date}}, {{clock}}
Consignment {{tracking}} was delivered with a crushed corner; the customer, {{name2}}, refused to
sign and phoned the depot from {{phone}}. Driver states the parcel was already damaged at loading.
Photos uploaded (hash {{md5}}). Claim {{ticket}} opened with the sender."""),
    ("en", """\
Acquisition record – gift to the collection

Donor: {{name}}
Address: {{street}}, {{townline}}, {{country}}
Object: oil on panel, portrait of a merchant, unsigned; provenance researched back to 1921
Accepted by the acquisitions committee on {{date}}; accession no. {{serial}}
Gift Aid declaration received for the cash donation towards conservation (receipt {{invoice}}).
Correspondence to {{email}}."""),
    ("en", """\
Priority Services Register – new registration

Customer: {{name}}
Date of birth: {{dob_words}}
Account: {{account}}
Supply address: {{street}}, {{townline}}
Needs: dialysis at home (needs water supply at all times), hearing impaired – contact by text
Nominee for bills: {{name2}}, {{phone}}
Bottled water delivery to be arranged in any interruption. Ref {{ticket}}."""),
    ("en", """\
Pharmacovigilance – adverse event report (veterinary medicinal product)

Reporter: {{name}}, veterinary surgeon, {{company}}
Reporter contact: {{email}}, {{phone}}
Owner: {{name2}} (details held on request only)
Animal: cat, 4.1 kg, female neutered
Product: feline vaccine, batch {{serial}}, given {{date}}
Event: lethargy and fever for 48 hours, recovered. Seriousness: non-serious.
Case {{ticket}}, narrative version {{version}}."""),
    ("en", """\
QA scorecard – inbound call {{uuid}}

Agent: {{name}} (login {{username}}), team {{dept}}
Customer account: {{account}}
Evaluator: {{name2}}
Opening 5/5 · Identification 0/5 (date of birth not checked) · Resolution 4/5 · Closing 5/5
Overall: FAIL (compliance). Coaching session booked for {{date}}; appeal window 5 working days.
Calibration batch {{ticket}}."""),
    ("en", """\
Fly-tipping – fixed penalty notice record

Offender: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Waste: builders' rubble and 6 bags of household waste, left on {{date}} at the recycling point
Evidence: CCTV still (hash {{sha256}}), a letter with the offender's address found in the waste
Penalty: 400, payment reference {{invoice}}; case officer {{first}} {{last}}, ticket {{ticket}}."""),
    ("en", """\
Right-to-work check – recruitment agency compliance file

Candidate: {{name}}
DOB: {{dob_iso}}
Check type: online share code, checked on {{date}} by {{username}}
Result: unlimited right to work; no follow-up check required
Contact on file: {{email}}, {{intl}}
Placement {{invoice}}, audit trail id {{uuid}}."""),
    ("de", """\
Aufnahmebogen – ambulante Pflege

Klientin: {{name}}, geb. {{dob}}
Anschrift: {{street}}, {{townline}}
Pflegegrad 3, Klientennummer {{account}}
Hausarzt: Dr. {{last2}}, {{phone}}
Bevollmächtigte: {{name2}}, {{email}}
Leistungsbeginn {{date}}; Kostenvoranschlag {{invoice}}, Pflegeplanung Version {{version}}."""),
    ("de", """\
Bewerberprofil – Personalvermittlung (vertraulich, nicht an den Kunden weitergeben)

Kandidat: {{name}}
Geburtsdatum: {{dob_words}}
Wohnort: {{townline}}
Aktuelle Position: {{job}} bei {{company}}
Gehaltsvorstellung: 78.000 EUR brutto, Kündigungsfrist 3 Monate
Kontakt: {{phone}}, {{email}}
Vakanz {{ticket}}, erfasst von {{username}}."""),
    ("fr", """\
Demande d'écrêtement – fuite après compteur

Abonné : {{name}}, contrat {{account}}
Adresse desservie : {{street}}, {{townline}}
Consommation relevée : 612 m³ contre 95 m³ en moyenne ; fuite sur canalisation enterrée réparée
le {{date}} par une entreprise (facture {{invoice}} jointe).
Le montant écrêté sera remboursé sur le compte {{iban}}. Dossier {{ticket}}, contact {{email}}."""),
    ("fr", """\
Demande d'habilitation – dossier individuel (Diffusion Restreinte)

Nom : {{last}} ; prénom : {{first}}
Né le : {{dob}} à {{city}}
Adresse : {{street}}, {{townline}}
Employeur : {{company}}, poste {{job}}
Niveau demandé : Secret, pour le marché {{ticket}}
Officier de sécurité de l'entreprise : {{name2}}, {{phone}}"""),
    ("es", """\
Ficha de escalación – reclamación de cliente (centro de contacto externalizado)

Cliente: {{name}}
N.º de cliente: {{account}}
Teléfono: {{phone}} · Correo: {{email}}
Motivo: tres cobros duplicados; el cliente amenaza con acudir a la oficina del consumidor
Agente que escala: {{username}}; supervisora: {{name2}}
Fecha de la llamada: {{date}}; caso {{ticket}}, grabación {{uuid}}"""),
    ("it", """\
Segnalazione di sospetta reazione avversa – medicinale veterinario

Segnalatore: dott. {{name}}, {{company}}
Recapiti: {{phone}}, {{email}}
Proprietario dell'animale: {{name2}}
Specie: cane, 28 kg; medicinale: antiparassitario spot-on, lotto {{serial}}
Data di somministrazione: {{date}}; reazione: prurito e arrossamento locale, risolti in 48 ore.
Pratica {{ticket}}."""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
