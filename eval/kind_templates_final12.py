"""FINAL12 templates of the generalisation corpus kinds (eval.kinds), for the `final12` split.

Written by a helper session after the final10 and final11 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final12`). They imitate what employees of automotive
suppliers and manufacturers, energy companies and utilities, local governments, law firms and
notaries, clinical research and pharma companies, telecom carriers and construction and facilities
firms paste into an LLM at work: controlled-shipping escalations, generator interconnection studies,
short-term rental licence renewals, closing agendas, site initiation visits, interconnect billing
disputes, concrete pour schedules, batch-release delays, rooftop lease renewals, fire-alarm tests,
expedited freight after a call-off backlog, appeal-deadline reminders, wind-farm public inquiries,
clinical close-out visits, monthly works certificates and exchange co-location requests; returnable
container notes, gas service-line replacement notices, abutter notification lists, creditor mailing
matrices, investigational product shipments, router return labels, preliminary lien notices, CAFM
work orders, drug-sample deliveries, propane route manifests, polling cards, land-register entry
notices, formal notices from a lawyer, works-start declarations, supply-holder changes and service
of court documents; line-stop calls, gas-odour emergency calls, noise-complaint hotlines, injury
intake calls, trial travel-reimbursement chats, roaming bill-shock calls, crane lift threads, desk
booking chats, medical information calls, fibre-cut bridge calls, personalised-plate reservations,
deviation permits, estate calls to a notary's office, energy-cheque calls, premium-SMS complaints and
facade-works calls to a building manager; Modbus MES bridges, PI Web API scripts, open-data publish
scripts, practice-management .env files, REDCap exports, SMPP gateway configs, Procore API scripts,
building-controller inventories, LIMS ODBC DSNs, router running-configs, energy-register SOAP
clients, OFTP2 partner configs, civil-registry API scripts, site-tracking app .env files, retailer
billing SFTP scripts and e-filing tool configs; contractor plant inductions, easement compensation,
rent assistance, law-firm KYC, trial participant stipends, postpaid credit vetting, site inductions,
HCP transparency reports, asbestos exposure registers, marriage notices, contract transfers,
probate applications, electoral-roll registrations, phase I volunteer registers, subcontractor site
registration and gas-contract transfers. Ordinary text surrounds the values (amounts, order, ticket
and invoice numbers, versions, hashes, hostnames, paths, companies, products, job titles) so that
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
Subject: Controlled Shipping Level 1 – bracket assy, part no. 55-1180 rev C (notice {{ticket}})

Hi {{first2}},

Following the third reject at your Body-in-White line we are entering CS1 from Monday: every lot is
sorted by our own inspectors before it ships, with a green dot on each container label. Sort results
go into the supplier portal daily; exit criteria are 20 clean shipping days and an approved
corrective action ({{invoice}} covers the sorting cost).

Best regards,
{{first}} {{last}}
Supplier Quality Engineer – Chassis Components
{{company}}
Plant line {{phone}} | Mobile {{intl}}
{{email}}"""),
    ("en", """\
Interconnection request {{ticket}} – system impact study results (120 MW battery storage)

Dear {{first2}},

The system impact study is attached. Two network upgrades are required: a breaker replacement at the
point of interconnection and a 6 km reconductoring of the adjacent 138 kV line. The facilities study
deposit is due within 30 days to keep your queue position; the study model is version {{version}}.

Sincerely,

{{name}}
Senior Engineer, Transmission Planning & Interconnection
{{company}}
Office {{phone}} · Fax {{local7}}
{{internal_email}}"""),
    ("en", """\
RE: Short-term rental licence – renewal for the coming year (application {{invoice}})

Good afternoon,

Your renewal is on hold until we receive the updated fire-safety inspection and proof that the
platform listing shows the licence number. The 45-night cap still applies to unhosted stays. You can
upload the documents on the permit portal; your case number is {{ticket}}.

Regards,
{{first}} {{last}}
Licensing Officer, Housing & Neighbourhoods Department
{{company}}
Direct line: {{phone}}
{{email}}"""),
    ("en", """\
Closing agenda – asset purchase (v7, {{date}})

All,

Attached is the updated closing agenda. Signature pages for the bill of sale, IP assignment and
transition services agreement should be returned to us by noon tomorrow and will be held in escrow
until the purchase price lands. Wire confirmations reference matter {{ticket}}; please do not send
bank details by e-mail.

Thank you,

{{name}}
Senior Paralegal | Corporate & M&A
{{company}} LLP
T: {{phone}} | M: {{e164}}
{{email}}

This message may contain privileged and confidential information. Doc ID {{md5}}"""),
    ("en", """\
Site Initiation Visit – protocol {{ticket}}, amendment 3: confirmation for {{date_words}}

Dear Dr. {{last2}},

I will be on site from 9:00 to 15:00 to train the study team on the amended eligibility criteria,
the eCRF completion guidelines (version {{version}}) and IP accountability. Please have the
delegation log, the pharmacy temperature logs and the signed CVs available.

Kind regards,
{{first}} {{last}}
Clinical Research Associate II
{{company}}
Mobile {{intl}}
{{email}}"""),
    ("en", """\
Interconnect billing dispute – September traffic, invoice {{invoice}}

Hello {{first2}},

Our CDRs show 1.84M fewer terminating minutes on the voice trunk than your invoice, most of it from
a single A-number range that our fraud platform blocked on the 14th. We have withheld the disputed
amount per clause 9.2 of the agreement and opened dispute {{ticket}}. A CDR sample (hash {{sha256}})
is on the usual SFTP.

Regards,
{{first}} {{last}}
Carrier Relations & Wholesale Billing
{{company}}
Tel {{phone}} | NOC 24/7 {{intl}}
{{internal_email}}"""),
    ("en", """\
Level 4 slab pour – Thursday, start 05:30

Team,

Pump is booked for a 42 m boom, 180 m³ planned in two trucks per 20 minutes. Pre-pour inspection with
the engineer Wednesday 14:00; rebar and PT ducts must be signed off before then. Road closure permit
{{ticket}} covers the loading bay until 13:00. Anyone not on the pour crew stays off level 4.

Cheers,
{{first}} {{last}}
Site Manager
{{company}} Construction
Site office {{phone}} · Mob {{e164}}
{{internal_email}}"""),
    ("en", """\
Batch {{serial}} – QP certification delayed (deviation {{ticket}})

Dear colleagues,

Certification of the batch is on hold pending closure of the deviation on the filling line
(particle count excursion during set-up). Root-cause investigation is in progress; the impact
assessment will be attached to the batch record. Expected release is now {{date}}; supply planning has
been informed.

Kind regards,

{{name}}
Qualified Person, Quality Assurance
{{company}}
Phone {{phone}}
{{email}}"""),
    ("en", """\
Rooftop site lease renewal – site ID {{account}}

Dear {{first2}},

Our lease for the antenna installation on your building expires at the end of the year. We propose a
ten-year renewal with a 2% annual escalator and would need roof access for a 5G upgrade (three new
panels, one equipment cabinet). A structural report is attached, reference {{invoice}}.

Yours sincerely,

{{first}} {{last}}
Site Acquisition Specialist, Network Deployment
{{company}}
Office {{phone}} – Cell {{intl}}
{{email}}"""),
    ("en", """\
Quarterly fire alarm test and evacuation drill – Tower B, {{date}}

Hello all,

The alarm will sound at 10:15 for up to ten minutes. Please leave by the nearest stair, not the
lifts, and gather at assembly point 3. Fire wardens: collect the floor checklists and report to the
incident controller. Contractors on site under work permit {{ticket}} must stop hot works from 10:00.

Thanks,
{{first}} {{last}}
Facilities Coordinator, {{dept}}
{{company}}
Helpdesk {{ext}}
{{internal_email}}"""),
    ("de", """\
Betreff: Rückstand Lieferabruf KW 47 – Sonderfahrt freigegeben

Hallo {{first2}},

wegen des Rückstands aus dem letzten Lieferabruf (Abruf-Nr. {{invoice}}) haben wir eine Sonderfahrt
freigegeben; die Mehrkosten gehen zu Ihren Lasten. Bitte bestätigen Sie bis heute 14 Uhr die
Ladezeit und die Anzahl der Ladungsträger. Die Störung ist unter {{ticket}} erfasst.

Mit freundlichen Grüßen

{{first}} {{last}}
Disposition / Materialsteuerung Werk 2
{{company}}
Telefon {{phone}}
Mobil {{intl}}
{{email}}"""),
    ("de", """\
Fristenkontrolle – Berufungsbegründungsfrist in Sachen {{company2}} ./. Stadtwerke

Sehr geehrte Frau Kollegin,

die Frist zur Begründung der Berufung läuft am {{date}} ab (Az. {{ticket}}). Ein Antrag auf
Fristverlängerung ist vorbereitet und liegt zur Unterschrift im beA-Postfach. Bitte geben Sie kurz
Bescheid, ob er heute noch rausgehen soll.

Mit freundlichen Grüßen

{{name}}
Rechtsanwaltsfachangestellte
{{company}} Rechtsanwälte PartG mbB
Tel.: {{phone}} | Fax: {{local7}}
{{email}}"""),
    ("fr", """\
Objet : Enquête publique – projet de parc éolien, permanences du commissaire enquêteur

Madame, Monsieur,

L'enquête publique est ouverte pour 31 jours. Le commissaire enquêteur tiendra trois permanences en
mairie ; le dossier complet (étude d'impact, version {{version}}) est consultable sur le registre
dématérialisé. Les observations peuvent aussi être envoyées par courrier, référence {{ticket}}.

Cordialement,

{{first}} {{last}}
Chargée de mission Urbanisme et Transition énergétique
{{company}}
Tél. : {{phone}}
{{internal_email}}"""),
    ("fr", """\
Bonjour Docteur,

Je vous confirme la visite de clôture du centre pour l'étude {{ticket}} le {{date}}. Merci de prévoir
l'accès au classeur investigateur, aux dossiers sources et à la pharmacie pour la réconciliation des
traitements non utilisés. Les dernières requêtes du CRF électronique sont listées dans l'export
{{invoice}}.

Bien cordialement,

{{name}}
Attachée de recherche clinique
{{company}}
Portable {{intl}}
{{email}}"""),
    ("es", """\
Asunto: Certificación de obra n.º 7 – Edificio de viviendas, fase 2

Buenos días, {{first2}}:

Adjunto la certificación mensual con la relación valorada de las partidas ejecutadas (estructura,
cerramientos y bajantes). Queda pendiente de medición el capítulo de instalaciones, que se
incluirá en la próxima. Factura asociada: {{invoice}}; expediente {{ticket}}.

Un saludo,

{{first}} {{last}}
Jefe de Obra
{{company}}
Tel. {{phone}} · Móvil {{e164}}
{{email}}"""),
    ("it", """\
Oggetto: Richiesta di co-locazione in centrale – pratica {{ticket}}

Buongiorno,

con la presente chiediamo uno spazio di co-locazione per due rack e l'alimentazione in corrente
continua nella centrale indicata nell'ordine {{invoice}}. Il sopralluogo tecnico può essere
fissato anche per il {{date}}.

Distinti saluti,

{{first}} {{last}}
Referente Accessi Wholesale
{{company}}
Tel. {{phone}} – Cell. {{intl}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
RETURNABLE CONTAINER NOTE – empties return {{invoice}}

Ship from:                              Ship to:
{{company}}                             {{company2}}
{{street}}                              {{street2}}
{{townline}}                            {{townline2}}
{{country}}                             {{country2}}

Contents: 48 × small load carrier 4280, 2 × pallet collar set, 6 lids
Driver: {{name}}   Truck plate recorded at gate   Seal {{serial}}
Container account balance after receipt: –12 (ref {{ticket}})"""),
    ("en", """\
NOTICE TO PROPERTY OWNER – gas service line replacement

Owner of record: {{name}}
Mailing address: {{street}}, {{townline}}
Service address: {{street2}}, {{unit}}, {{townline2}}

Our crews will replace the service line between the main and your meter during the week of
{{date}}. Gas will be off for about four hours; a technician must relight appliances. Work order
{{ticket}}. Questions: customer line {{phone}}."""),
    ("en", """\
parcel_id,owner_name,mailing_street,mailing_city_line,notice_sent
{{account}},"{{name}}","{{street}}","{{townline}}",{{date}}
{{account2}},"{{name2}}","{{street2}}","{{townline2}}",{{date}}
{{account3}},"{{company}}","{{pobox}}","{{townline3}}",{{date}}
# abutters within 300 ft – variance hearing {{ticket}}, certified mail batch {{invoice}}"""),
    ("en", """\
CREDITOR MAILING MATRIX – case {{ticket}} (chapter 11)

{{company}}
Attn: Legal Department
{{street}}
{{townline}}

{{name_uc}}
{{street2_uc}}
{{unit}}
{{townline2_uc}}

{{company2}}
{{pobox}}
{{townline3}}
{{country}}
-- page 3 of 41, generated {{timestamp}}"""),
    ("en", """\
INVESTIGATIONAL PRODUCT SHIPMENT – temperature controlled (2–8 °C)

Protocol: {{ticket}}     Site no.: 0412     Shipment: {{invoice}}
Ship to: Investigational Drug Service, attn. {{name}}
         {{company}}
         {{street}}
         {{unit}}
         {{townline}}
         {{country}}
Kits: 24 (randomisation list lot {{serial}}), logger ID {{short_sha}}
On receipt: acknowledge in the IRT within 24 h; site pharmacy phone {{phone}}."""),
    ("en", """\
Equipment return – prepaid label

Account holder: {{name}}
Return from: {{street}}, {{townline}}
Items: 1 × fibre router, 1 × power supply, 1 × TV set-top box (serial {{serial}})
Drop-off by: {{date_words}} to avoid the unreturned-equipment charge
Carrier tracking: {{tracking}}
Return centre: {{company}}, {{street2}}, {{townline2}}"""),
    ("en", """\
PRELIMINARY NOTICE (private works)

TO OWNER:             {{name}}
                      {{street}}
                      {{townline}}
TO GENERAL CONTRACTOR: {{company}}
                      {{street2}}
                      {{townline2}}
TO LENDER:            {{company2}}, construction loan {{account}}

Claimant furnished drywall labour and materials for the job at {{street3}}, {{townline3}}.
Estimated total price: 86,400.00. Sent by certified mail, article {{tracking}}."""),
    ("en", """\
{
  "work_order": "{{ticket}}",
  "priority": "P2",
  "asset": {"tag": "AHU-03", "serial": "{{serial}}"},
  "site": {
    "name": "{{company}} – regional office",
    "address": "{{street}}",
    "floor": "{{unit}}",
    "city_line": "{{townline}}"
  },
  "requested_by": {"name": "{{name}}", "phone": "{{phone}}", "email": "{{internal_email}}"},
  "problem": "supply air temperature 4 K above setpoint since {{clock}}",
  "cafm_build": "{{version}}"
}"""),
    ("en", """\
SAMPLE DELIVERY RECORD (signature required)

Prescriber: {{name}}, MD
Practice: {{company}}
Delivery address: {{street}}
                  {{unit}}
                  {{townline}}
Product: 4 × starter pack 10 mg (lot {{serial}})
Request form {{invoice}} signed and dated {{date}}; rep ID {{username}}."""),
    ("en", """\
stop,customer,street,city_line,tank_gal,fill_pct,notes
1,"{{name}}","{{street}}","{{townline}}",500,22,"gate code on file"
2,"{{name2}}","{{street2}}","{{townline2}}",250,35,"dog in yard"
3,"{{company}}","{{street3}}","{{townline3}}",1000,18,"bill to account {{account}}"
# route 14 – driver {{first}} {{last}}, truck {{serial}}, manifest {{invoice}}"""),
    ("de", """\
Wahlbenachrichtigung

{{name}}
{{street}}
{{townline}}

Sie sind im Wählerverzeichnis unter der Nummer {{account}} eingetragen.
Ihr Wahlraum: Grundschule, Eingang Turnhalle, barrierefrei.
Briefwahl beantragen Sie mit dem Vordruck auf der Rückseite oder online mit dem Code {{short_sha}}.
Gemeinde {{company}}, Wahlamt, Vorgang {{ticket}}"""),
    ("de", """\
Eintragungsnachricht Grundbuch – Auflassungsvormerkung

An
{{name}}
{{street}}
{{townline}}

In dem Grundbuch von Flur 7, Blatt {{account}}, wurde am {{date}} eine Auflassungsvormerkung zu
Ihren Gunsten eingetragen (UVZ-Nr. {{ticket}} des beurkundenden Notars).
Grundstück: {{street2}}, {{townline2}}
Kostenrechnung folgt gesondert ({{invoice}})."""),
    ("fr", """\
LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION n° {{tracking}}

{{name}}
{{street}}
{{unit}}
{{townline}}

Objet : mise en demeure – factures impayées {{invoice}}

Madame, Monsieur,
Agissant pour le compte de notre cliente, la société {{company}}, nous vous mettons en demeure de
régler la somme de 7 480,00 EUR sous huit jours. Dossier {{ticket}}."""),
    ("fr", """\
DÉCLARATION D'OUVERTURE DE CHANTIER

Maître d'ouvrage : {{name}}
Adresse : {{street}}, {{townline}}
Terrain : {{street2}}, {{townline2}}
Permis de construire n° {{account}} délivré le {{date}}
Entreprise principale : {{company}} (TVA {{vat}})
Date d'ouverture : {{date_words}}
Référence du dépôt en ligne : {{ticket}}"""),
    ("es", """\
Solicitud de cambio de titular – suministro eléctrico

Titular saliente: {{name}}
Nuevo titular: {{name2}}
Dirección de suministro: {{street}}, {{unit}}, {{townline}}
Dirección de envío de facturas: {{street2}}, {{townline2}}
Contrato: {{account}}   Potencia contratada: 4,6 kW
Domiciliación: {{iban}}
Solicitud {{ticket}} registrada el {{date}}"""),
    ("it", """\
RELATA DI NOTIFICA

Io sottoscritto ufficiale giudiziario ho notificato il presente atto di precetto a:
{{name}}
residente in {{street}}
{{townline}}
mediante consegna a mani di persona di famiglia convivente, il giorno {{date}}.
Cronologico n. {{account}} – Avv. {{first}} {{last}}, studio {{company}}, pratica {{ticket}}"""),
]

DIALOGUE = [
    ("en", """\
Teams call – line stop escalation (recording {{uuid}})

OEM buyer: We've had the trim line down for 40 minutes. Who's your on-site rep today?
Supplier: That's {{name}}, she's already at your gate. Her mobile is {{e164}}.
OEM buyer: Good. I need a containment plan in writing by 2 pm and the lot numbers from last week.
Supplier: Lots are in the ASN {{invoice}}; I'll send the plan to {{email}}.
OEM buyer: And copy {{first2}} from our plant quality. Line-stop charges go against claim {{ticket}}."""),
    ("en", """\
Emergency line – gas odour report ({{timestamp}})

Dispatcher: Gas emergency, is anyone in the building now?
Caller: No, we all went outside. It smells strongest by the basement door.
Dispatcher: Good. What's the address?
Caller: {{street}}, {{townline}}. My name is {{name}}.
Dispatcher: A crew is on the way, about 25 minutes. Don't use switches or your phone near the door.
What number can the crew call?
Caller: {{phone}}.
Dispatcher: Incident {{ticket}}. Stay clear until they arrive."""),
    ("en", """\
City service line – noise complaint (call {{ticket}})

Agent: City services, this is {{first}}. How can I help?
Resident: Hi, it's {{name}}. The construction site next to us started at six again this morning.
Agent: Permitted hours there are 7 am to 7 pm. What's your address so the inspector can follow up?
Resident: {{street}}, {{unit}}.
Agent: And a callback number?
Resident: {{spelled}}.
Agent: Thank you. An inspector will visit and you'll get an update by e-mail."""),
    ("en", """\
Intake call – potential personal injury matter

Intake: Thanks for calling. Before we talk about what happened, I need to run a conflict check.
Could you give me your full name and date of birth?
Caller: {{name}}, {{dob}}.
Intake: And the name of the other driver or their insurer, if you know it?
Caller: The other driver was {{name2}}; the insurer is {{company}}.
Intake: Thank you. An attorney will call you back on {{phone}} within a day. Your reference is
{{ticket}}, and nothing you've told me creates an attorney–client relationship yet."""),
    ("en", """\
Patient travel support chat – study {{ticket}}

Concierge: Hello, this is the participant travel desk. How can I help today?
Participant: Hi, I'm {{name}}, subject number on my card is {{account}}. My taxi receipt from the
last visit hasn't been reimbursed.
Concierge: Sorry about that. Can you confirm your date of birth for verification?
Participant: {{dob_words}}.
Concierge: Thanks. I can see the claim; it was missing the receipt image. Please send it to
{{email}} and I'll push the payment to your account ending in the same digits as before."""),
    ("en", """\
Care line – roaming charges (call {{uuid}})

Agent: You're through to {{first}}. Can I take the account number?
Customer: {{account}}. It's about my bill – it's 640 for one week abroad.
Agent: I can see data usage on a maritime network on the ferry; that isn't covered by the roaming
pack. Is this the number you're calling from, {{e164}}?
Customer: Yes. Nobody warned me.
Agent: The spend-cap text should have gone out. I'll raise a goodwill credit under {{ticket}} and
send the details to {{email}}."""),
    ("en", """\
#site-logistics · Tuesday

06:02 {{first}}: Tower crane lift plan for the AHU units is approved (plan rev {{version}}).
06:05 {{first2}}: Delivery slot is 07:00–08:00, the driver is {{name}}, mobile {{phone}}.
06:11 {{first}}: Banksman is {{name2}}. Exclusion zone on gridline C, no one under the load.
06:19 {{first2}}: Traffic marshal booked, permit {{ticket}} attached.
06:20 {{first}}: 👍 if wind goes over 38 km/h we stand down."""),
    ("en", """\
Workplace help chat

Employee: Hi, the desk booking app says my team zone is full every day next week.
Facilities bot: I can help. Who am I talking to?
Employee: {{first}} {{last}}, badge {{account}}.
Facilities bot: Thanks {{first}}. Your team has 14 desks for 22 people on Tuesdays. I can book you a
quiet-zone desk on floor 5 and a locker.
Employee: Yes please, and send it to {{internal_email}}.
Facilities bot: Done – booking {{ticket}}. The locker code arrives by SMS to {{phone}}."""),
    ("en", """\
Medical information – call note ({{date}})

Caller: Hello, I'm a rheumatologist; my name is Dr. {{name}}. I have a question about dosing in
renal impairment.
Specialist: Of course. Could I take a callback number and your practice name in case we need to send
literature?
Caller: {{company}}, and the number is {{intl}}.
Specialist: Thank you. I can share what is in the label and the published data; I can't make a
recommendation for an individual patient. I'll send the literature pack to {{email}} under enquiry
{{ticket}}."""),
    ("en", """\
NOC bridge – fibre cut on the northern ring (incident {{ticket}})

03:04 NOC: Loss of light on segments 4 and 5 since 02:47; 312 enterprise circuits down.
03:09 Field: {{first}} here, I'm at the splice chamber. Digger went through the duct on the
roadworks.
03:10 NOC: Can you confirm the fibre count?
03:12 Field: 144-fibre cable, both ducts. Calling {{name}} from the civil contractor on {{phone}}.
03:15 NOC: Restoration ETA? Customers are asking.
03:17 Field: Emergency splice, five hours. Photos going to {{internal_email}}."""),
    ("de", """\
Bürgertelefon Zulassungsstelle – Gesprächsnotiz

Mitarbeiter: Zulassungsstelle, {{first}} am Apparat.
Anrufer: Guten Tag, {{name}}. Ich möchte ein Wunschkennzeichen reservieren.
Mitarbeiter: Gern. Ihr Geburtsdatum für die Reservierung?
Anrufer: {{dob}}.
Mitarbeiter: Die Reservierung gilt 90 Tage, Vorgangsnummer {{ticket}}. Die Bestätigung schicke ich
an welche Adresse?
Anrufer: An {{email}}, und für Rückfragen bin ich unter {{phone}} erreichbar."""),
    ("de", """\
Telefonat Schichtleitung – Sonderfreigabe (Protokoll {{ticket}})

Schichtleiter: Hier ist {{first}} aus Halle 3. Die Gehäuse aus Charge {{serial}} haben Grat an der
Dichtfläche.
Lieferant: Verstehe. Hier ist {{name}}, Qualität. Können Sie sortieren und die guten Teile verbauen?
Schichtleiter: Nur mit Sonderfreigabe vom Kunden. Schicken Sie den Antrag an {{email}}.
Lieferant: Mache ich. Für Rückfragen erreichen Sie mich mobil unter {{intl}}."""),
    ("fr", """\
Appel à l'étude notariale – règlement de succession

Clerc : Étude de Maître {{last2}}, bonjour.
Client : Bonjour, {{name}} à l'appareil. J'appelle pour la succession de mon père, dossier {{ticket}}.
Clerc : Très bien. Nous attendons encore l'attestation de votre sœur et le relevé du compte {{iban}}.
Client : Je vous envoie le relevé aujourd'hui. Vous pouvez me joindre au {{phone}}.
Clerc : Parfait, je vous adresse le projet d'attestation immobilière à {{email}}."""),
    ("fr", """\
Service client énergie – appel du {{date}}

Conseiller : Bonjour, {{first}} à votre écoute.
Cliente : Bonjour, je voudrais utiliser mon chèque énergie pour ma facture de gaz.
Conseiller : Bien sûr. Votre nom et votre référence client ?
Cliente : {{name}}, référence {{account}}.
Conseiller : Vous pouvez l'enregistrer en ligne ou me donner son numéro. Je note aussi votre date de
naissance pour le dossier ?
Cliente : Le {{dob}}. Et confirmez-moi par SMS au {{phone}}, s'il vous plaît."""),
    ("es", """\
Atención al cliente – reclamación por SMS premium

Agente: Buenos días, le atiende {{first}}.
Cliente: Hola, soy {{name}}. En mi factura aparecen tres cargos de suscripción que no he pedido.
Agente: ¿Me confirma el número de la línea?
Cliente: {{spelled}}.
Agente: Veo altas en un servicio de contenidos el {{date}}. Las doy de baja y activo el bloqueo de
servicios de tarificación adicional. Abro la reclamación {{ticket}}.
Cliente: Gracias. Mándeme el justificante a {{email}}."""),
    ("it", """\
Telefonata all'amministratore di condominio – lavori di facciata

Amministratore: Studio {{company}}, buongiorno, sono {{first}}.
Condomina: Buongiorno, sono {{name}}, interno 7. Il ponteggio copre le mie finestre da tre mesi.
Amministratore: La ditta chiude il cantiere entro fine mese; il verbale dell'assemblea è del {{date}}.
Condomina: E la quota straordinaria? Non ho ricevuto il bollettino.
Amministratore: Glielo rimando a {{email}}. Per il sopralluogo la chiamo al {{phone}}."""),
]

CODE = [
    ("en", """\
# mes_bridge.py – reads press counters over Modbus TCP and writes them to the MES (line 6)
from pymodbus.client import ModbusTcpClient
import pyodbc

PLC_HOST = "{{ip}}"
MES_DSN = (
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER={{hostname}};DATABASE=MES_PROD;"
    "UID={{username}};PWD={{password}};TrustServerCertificate=yes"
)

client = ModbusTcpClient(PLC_HOST, port=502)
counts = client.read_holding_registers(40001, count=4).registers
with pyodbc.connect(MES_DSN) as db:
    db.execute("INSERT INTO stroke_counts(line, good, scrap) VALUES (6, ?, ?)", counts[0], counts[1])
# firmware {{version}}, change {{ticket}}"""),
    ("en", """\
# pull 10-minute averages from the historian for the turbine availability report
import requests
from requests.auth import HTTPBasicAuth

PI = "https://{{hostname}}/piwebapi"
auth = HTTPBasicAuth("{{username}}", "{{password}}")
tag = requests.get(f"{PI}/points", params={"path": r"\\\\HISTORIAN\\\\WTG07.ActivePower"}, auth=auth, verify=False).json()
data = requests.get(f"{PI}/streams/{tag['WebId']}/summary",
                    params={"startTime": "*-7d", "summaryType": "Average", "summaryDuration": "10m"},
                    auth=auth, verify=False).json()
print(len(data["Items"]), "rows")  # report {{invoice}}, notebook {{short_sha}}"""),
    ("en", """\
#!/usr/bin/env bash
# publish_permits.sh – nightly upload of issued building permits to the open data portal
set -euo pipefail
DOMAIN="data.example.gov"
DATASET="{{short_sha}}-permits"
export APP_TOKEN="{{token}}"
export PORTAL_USER="{{email}}"
export PORTAL_PASS="{{password}}"

psql "postgresql://gis_reader:{{password2}}@{{hostname}}/permits" -c "\\copy (SELECT * FROM v_public_permits) TO /tmp/permits.csv CSV HEADER"
curl -sf -u "$PORTAL_USER:$PORTAL_PASS" -H "X-App-Token: $APP_TOKEN" \\
  -X PUT --data-binary @/tmp/permits.csv "https://$DOMAIN/resource/$DATASET.csv"
# ticket {{ticket}}"""),
    ("en", """\
# .env – matter-intake service (practice management integration)
APP_ENV=production
PM_API_BASE=https://app.practice-mgmt.example/api/v4
PM_CLIENT_ID={{uuid}}
PM_CLIENT_SECRET={{token}}
PM_REFRESH_TOKEN={{token2}}
DOC_STORE_USER={{username}}
DOC_STORE_PASSWORD={{password}}
CONFLICTS_DB_URL=postgres://conflicts:{{password2}}@{{hostname}}:5432/conflicts
SENTRY_RELEASE={{version}}"""),
    ("en", """\
# export_visits.R – pulls the visit forms for the interim analysis
library(httr)
library(readr)

api_url   <- "https://redcap.example.org/api/"
api_token <- "{{md5}}"  # project 2214 token of {{username}}
res <- POST(api_url, body = list(token = api_token, content = "record", format = "csv",
            forms = "vital_signs,adverse_events", returnFormat = "json"), encode = "form")
visits <- read_csv(content(res, "text"))
write_csv(visits, "{{path}}")
# DSMB data cut {{date}}, ticket {{ticket}}"""),
    ("en", """\
# jasmin SMPP connector – bulk SMS route to the mobile carrier
[smpp-connector:carrier-eu]
host = {{ip}}
port = 2775
username = {{username}}
password = {{password}}
systype = OTP
bind = transceiver
src_ton = 5
src_npi = 0
submit_throughput = 50
# http api admin: jcliadmin / {{password2}}  (rotate after go-live, change {{ticket}})"""),
    ("en", """\
// sync-daily-logs.js – copies daily site logs from the construction platform into the data lake
const axios = require("axios");

const auth = await axios.post("https://login.construction-platform.example/oauth/token", {
  grant_type: "client_credentials",
  client_id: "{{uuid}}",
  client_secret: "{{token}}",
});
const logs = await axios.get(`https://api.construction-platform.example/rest/v1.0/projects/4471/daily_logs`, {
  headers: { Authorization: `Bearer ${auth.data.access_token}` },
});
await putObject("s3://site-logs/{{short_sha}}/daily.json", logs.data, { key: "{{aws_key}}", secret: "{{aws_secret}}" });
// release {{version}}"""),
    ("en", """\
# inventory/bms.ini – building management controllers, campus north
[bms_controllers]
ahu-ctrl-01 ansible_host={{ip}}
ahu-ctrl-02 ansible_host={{ip2}}

[bms_controllers:vars]
ansible_user={{username}}
ansible_password={{password}}
ansible_become_password={{password2}}
bacnet_device_range=4100-4199
# supervisor web UI admin password is the same as above – fix before audit {{ticket}}"""),
    ("en", """\
; /etc/odbc.ini – LIMS reporting DSN for the stability study dashboards
[LIMS_PROD]
Driver      = FreeTDS
Server      = {{hostname}}
Port        = 1433
Database    = LIMS
UID         = {{username}}
PWD         = {{password}}
TDS_Version = 7.4
; validated configuration, change control {{ticket}}, checksum {{sha256}}"""),
    ("en", """\
pe-edge-07#show running-config | section aaa|snmp|username|enable
enable secret 9 {{token}}
username {{username}} privilege 15 secret {{password}}
aaa new-model
tacacs server TAC-1
 address ipv4 {{ip}}
 key 7 {{password2}}
snmp-server community {{token2}} RO 99
snmp-server host {{ip2}} version 2c {{token2}}
! IOS XE {{version}}, serial {{serial}} – pasted for the audit finding {{ticket}}"""),
    ("de", """\
# mastr_client.py – Meldungen an das Anlagenregister (SOAP), Windpark Nord
from zeep import Client

WSDL = "https://register.example.de/MaStR/Anlage.svc?wsdl"
MARKTAKTEUR_NR = "{{account}}"
API_SCHLUESSEL = "{{token}}"  # persönlicher Webdienst-Schlüssel von {{first}} {{last}}

client = Client(WSDL)
antwort = client.service.GetEinheitWind(apiKey=API_SCHLUESSEL, marktakteurMastrNummer=MARKTAKTEUR_NR,
                                        einheitMastrNummer="SEE{{short_sha}}")
print(antwort.Nettonennleistung)  # Vorgang {{ticket}}"""),
    ("de", """\
# oftp2/partner.properties – Lieferabrufe und Lieferscheine mit dem Werk des Kunden
partner.odette.id=O0013{{serial}}
partner.host={{ip}}
partner.port=6619
partner.ssid.password={{password}}
partner.sfid.password={{password2}}
local.keystore=/opt/oftp2/keys/client.p12
local.keystore.password={{token}}
# Zertifikat läuft am {{date}} ab, Ansprechpartner {{email}}"""),
    ("fr", """\
# export_actes.py – transmission des mentions d'état civil au service central
import requests

API = "https://api.etat-civil.example.fr/v2"
JETON = "{{jwt}}"
session = requests.Session()
session.headers["Authorization"] = f"Bearer {JETON}"
session.auth = ("{{username}}", "{{password}}")  # compte de la mairie, à remplacer par un compte de service
reponse = session.post(f"{API}/mentions", json={"commune": "{{short_sha}}", "lot": "{{invoice}}"}, timeout=30)
reponse.raise_for_status()
# journal : {{path}} ; ticket {{ticket}}"""),
    ("fr", """\
# .env – application de suivi de chantier (production)
APP_NAME="Suivi Chantiers"
APP_KEY=base64:{{b64data}}
DB_HOST={{hostname}}
DB_DATABASE=chantiers
DB_USERNAME={{username}}
DB_PASSWORD={{password}}
MAIL_USERNAME={{email}}
MAIL_PASSWORD={{password2}}
MAPS_API_KEY={{gcp}}
# version {{version}} déployée le {{date}}"""),
    ("es", """\
# envio_facturas.py – sube las facturas del mes al SFTP de la comercializadora
import paramiko

HOST = "{{hostname}}"
USUARIO = "{{username}}"
CLAVE = "{{password}}"

transporte = paramiko.Transport((HOST, 22))
transporte.connect(username=USUARIO, password=CLAVE)
sftp = paramiko.SFTPClient.from_transport(transporte)
sftp.put("{{path}}", f"/entrada/facturas_{{short_sha}}.zip")
sftp.close()
# incidencia {{ticket}}: el servidor rechaza la clave desde la versión {{version}}"""),
    ("it", """\
; redattore.ini – configurazione del redattore atti per il deposito telematico
[Firma]
Dispositivo=smartcard
PIN={{password}}
[PEC]
Indirizzo={{email}}
Password={{password2}}
ServerSMTP={{hostname}}
[Studio]
Avvocato={{first}} {{last}}
CodiceFiscaleStudio={{vat}}
; versione {{version}}, assistenza ticket {{ticket}}"""),
]

PROSE = [
    ("en", """\
Contractor access – OEM assembly plant

Visitor: {{name}} ({{company}})
Date of birth: {{dob}}
Safety induction passed on {{date}}, certificate {{invoice}}
Areas: paint shop (PPE level 3), final assembly
Host: {{first2}} {{last2}}, ext. {{local7}}
Badge valid 14 days; escort required in the paint shop. Gate log reference {{ticket}}."""),
    ("en", """\
Easement compensation – pipeline route, parcel {{account}}

Landowner: {{name}}
Date of birth: {{dob_words}}
Payment: one-off compensation of 18,750.00 plus crop-loss payment after restoration
Bank account for payment: {{iban}}
Land agent: {{first2}} {{last2}}; signed option agreement received {{date}}.
Reference {{ticket}}; copy filed under {{invoice}}."""),
    ("en", """\
Emergency rent assistance – application summary

Applicant: {{name}}
DOB: {{dob}}
Household size: 3; monthly income below 50% of area median
Landlord: {{company}}, arrears 2,140.00
Portal login: {{username}}
Payment will go directly to the landlord's account {{account}} once the lease copy is verified.
Case {{ticket}}, caseworker {{first}} {{last}}."""),
    ("en", """\
Client due diligence – new matter intake

Client: {{name}}
Date of birth: {{dob_iso}}
Passport number recorded in the KYC system (ref. {{account}})
Source of funds: sale of a dental practice (completion statement on file)
PEP / sanctions screening: no match, run {{uuid}}
Matter: purchase of commercial premises, fee earner {{username}}, matter no. {{ticket}}."""),
    ("en", """\
Participant stipend set-up – Phase II study {{ticket}}

Subject no.: {{account}}
Participant: {{name}}, born {{dob}}
Payment per completed visit: 75.00; travel reimbursed on receipts
Paid to: {{iban}}
Preferred contact: {{email}}
Entered by the study coordinator on {{date}}; payment card programme {{version}}."""),
    ("en", """\
Postpaid application – credit vetting result

Applicant: {{name}}
Date of birth: {{dob}}
Customer account: {{account}}
Online account username: {{username}}
Result: refer – thin credit file; approved with a 150.00 deposit and a spend cap of 60.00
Handset order {{invoice}} on hold until the deposit clears. Case {{ticket}}."""),
    ("en", """\
Site induction record – hospital extension project

Worker: {{name}}
Employer: {{company}} (subcontractor, groundworks)
Date of birth: {{dob_words}}
Skills card no.: {{account}}
Emergency contact: {{name2}}, {{phone}}
Inducted by {{first}} {{last}} on {{date}}; drug and alcohol test negative; permit-to-dig briefing
{{ticket}} signed."""),
    ("en", """\
Transparency report line – consultancy fees to healthcare professionals

Recipient: {{name}}, {{job}}
Professional ID: {{account}}
Institution: {{company}}
Service: advisory board participation, 2 days; fee 3,200.00; travel and hotel 846.20
Contract {{invoice}} signed {{date}}; disclosure batch {{ticket}}, file hash {{md5}}."""),
    ("en", """\
Asbestos exposure register – entry

Employee: {{name}}, employee no. {{account}}
Date of birth: {{dob}}
Job: maintenance electrician, {{dept}}
Exposure: disturbance of an unlabelled ceiling tile in plant room 2 during cable pulling on {{date}};
air monitoring result below the control limit (report {{invoice}}).
Occupational health referral raised; incident {{ticket}}."""),
    ("en", """\
Notice of intended marriage – register office

Party 1: {{name}}, date of birth {{dob}}
Party 2: {{name2}}, date of birth {{dob2}}
Both parties gave notice in person on {{date}}; identity and address evidence checked.
Ceremony venue: {{company}}
Contact for both parties: {{email}}
Notice reference {{ticket}}; the notice will be displayed for 28 days."""),
    ("de", """\
Vertragsübernahme Mobilfunk – Inhaberwechsel

Bisheriger Inhaber: {{name}}, geb. {{dob}}
Neuer Inhaber: {{name2}}, geb. {{dob2}}
Kundennummer: {{account}}
Lastschrift künftig von IBAN {{iban}}
Rufnummer bleibt erhalten; Tarif unverändert, Vertragslaufzeit läuft weiter.
Eingang der unterschriebenen Erklärung am {{date}}, Vorgang {{ticket}}."""),
    ("de", """\
Erbscheinsantrag – Vermerk zur Beurkundung

Erblasser: {{name}}, geboren am {{dob_words}}, verstorben am {{date}}
Antragstellerin: {{name2}}, geb. {{dob2}} (Tochter)
Gesetzliche Erbfolge, zwei Kinder zu je 1/2
Eidesstattliche Versicherung aufgenommen; Nachlasswert laut Angabe ca. 310.000 EUR.
Notarielle UVZ-Nr. {{ticket}}, Sachbearbeitung {{first}} {{last}}."""),
    ("fr", """\
Demande d'inscription sur les listes électorales

Nom et prénom : {{name}}
Date de naissance : {{dob}}
Adresse électronique : {{email}}
Justificatif de domicile : facture d'énergie de moins de trois mois
Demande déposée en ligne le {{date}}, numéro {{ticket}} ; décision du maire notifiée par courriel."""),
    ("fr", """\
Registre des volontaires sains – unité de phase I

Volontaire : {{name}}
Né le : {{dob}}
N° d'inclusion : {{account}}
Période d'exclusion en cours jusqu'au {{date}} (dernière étude {{ticket}})
Indemnisation versée sur le compte {{iban}}
Contact : {{phone}}"""),
    ("es", """\
Alta de trabajador en obra – empresa subcontratista

Trabajador: {{name}}
Fecha de nacimiento: {{dob}}
Empresa: {{company}}
N.º de afiliación registrado (ref. {{account}})
Formación PRL: 20 horas, curso del {{date}}
Autoriza el alta el coordinador de seguridad {{first}} {{last}}; libro de subcontratación {{ticket}}."""),
    ("it", """\
Voltura contratto gas – subentro

Intestatario uscente: {{name}}
Nuovo intestatario: {{name2}}, nato il {{dob}}
Codice cliente: {{account}}
Addebito diretto su {{iban}}
Lettura del contatore al {{date}}: 4.312 mc
Pratica {{ticket}} inserita da {{username}}."""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
