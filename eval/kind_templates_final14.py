"""FINAL14 templates of the generalisation corpus kinds (eval.kinds), for the `final14` split.

Written by a helper session after the final12 and final13 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final14`). They imitate what employees of mines and
quarries, ports, shipping lines, stevedores and customs brokers, pharmaceutical plants (GMP batch
release, QA deviations), hotels (front desk, group bookings, housekeeping), charities and NGOs (donor
relations, gift aid, volunteers), railways (rolling-stock maintenance, ticketing refunds), fintech
lenders (underwriting, collections), dental and orthodontic practices and film and TV productions
(call sheets, location releases, crew payroll) paste into an LLM at work: blast notifications, berth
window changes, QP certification holds, rooming-list deadlines, gift-aid thank-yous, unit exam
overruns, conditional loan approvals, aligner reviews, call sheets and customs entry queries; mineral
royalty statements, bills of lading, recall return kits, guest registration cards, donor exports,
lost-property labels, loan agreements, dental registrations, location releases and customs
declarations; radio logs, truck gate calls, deviation triage meetings, check-ins, donor calls, refund
calls, collections calls, dental emergencies, payroll threads and broker chats; haul-truck
telemetry, EDI transfer scripts, MES integrations, channel-manager settings, donation imports, CI
pipelines, underwriting configs, imaging servers, dailies uploads and Terraform variables; injury
reports, seafarer records, training records, guest complaints, volunteer checks, penalty-fare
appeals, underwriting memos, orthodontic referrals, crew start forms and powers of attorney.
Ordinary text surrounds the values (amounts, tonnages, container, batch, coach and scene numbers,
ticket and invoice numbers, versions, hashes, hostnames, paths, companies, products, job titles) so
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
Subject: Blast notification – North Face bench 4, {{date}} between 12:30 and 13:00

Dear neighbour,

As agreed in the liaison committee, we will fire a production blast on the date above. You will
hear three long sirens five minutes before and one long siren for the all-clear. Vibration and
air overpressure are monitored at the two nearest properties (monitor {{serial}}). If you notice
anything unusual, please quote reference {{ticket}}.

Yours faithfully,

{{first}} {{last}}
Quarry Manager | {{company}}
Weighbridge {{local7}} · Site mobile {{phone}}
{{email}}"""),
    ("en", """\
RE: MV Nordic Trader voy. 118E – berth window moved

All,

Pilot boarding is now 04:00 instead of 22:00 due to the tidal restriction; berth 7 remains. First
discharge gang ordered for 06:00, two gantries. Please re-send the stowage plan (BAPLIE rev.
{{version}}) and confirm the reefer plug-in list before cut-off – terminal ref {{ticket}}.

Regards
{{name}}
Vessel Planner, Terminal Operations
{{company}}
Ops desk {{intl}} | Direct {{ext}}
{{internal_email}}"""),
    ("en", """\
Batch {{serial}} – QP certification on hold

Hi team,

I can't certify this batch yet: deviation {{ticket}} (filter integrity test repeated after a
failed first run) is still open and the impact assessment isn't signed. Once QA closes it I'll
review the executed batch record again. Market release is not urgent – stock cover is 6 weeks.

Best regards,
{{first}} {{last}}
Qualified Person, Sterile Manufacturing
{{company}}
Tel {{phone}} · Mobile {{e164}}
{{internal_email}}"""),
    ("en", """\
Group booking {{invoice}} – rooming list due {{date_words}}

Dear {{first2}},

Thank you for confirming the block of 42 rooms for your conference. To keep the rate, we need the
rooming list (names, arrival and departure dates, twin or double) by the date above; unassigned
rooms will be released back to general sale. The deposit schedule is in the contract, clause 5.

Kind regards,

{{name}}
Group Reservations Coordinator
{{company}} Hotel & Conference Centre
Reservations {{phone}} | {{email}}"""),
    ("en", """\
Thank you for your gift – and for ticking the Gift Aid box

Dear {{first2}},

Your donation of 50.00 on {{date}} (receipt {{invoice}}) will be worth 62.50 to our clean-water
projects, because you told us you are a UK taxpayer. If your tax situation changes, just let us
know and we will update your declaration.

With heartfelt thanks,

{{first}} {{last}}
Supporter Care Officer
{{company}} (registered charity)
Supporter line {{phone}}
{{email}}"""),
    ("en", """\
Unit 350 114 – B exam overrun, not available for the 05:42 diagram

Fleet control,

Wheelset on car 3 found at the flange-height limit during the exam; the lathe slot is tonight,
so the unit stays in the depot until tomorrow's peak. Work order {{ticket}}, wheel profile
readings uploaded to {{product}} (file {{uuid}}).

{{name}}
Fleet Engineer – Rolling Stock
{{company}}
Depot control {{local7}} · Mobile {{intl}}
{{internal_email}}"""),
    ("en", """\
Your application {{ticket}} – conditional approval

Hi {{first2}},

Good news: your loan of 12,000 over 48 months has been approved in principle at 9.4% APR. Before
we can pay out, please upload your last three payslips and a bank statement showing your salary.
The offer is valid for 14 days; the reference for your upload is {{short_sha}}.

Thanks,
{{first}} {{last}}
Senior Underwriter
{{company}}
Underwriting team {{phone}}
{{email}}"""),
    ("en", """\
Your aligner review – tray 14 of 22

Hi {{first2}},

The scan from your last visit shows the lower incisors are tracking well; the upper right canine
needs a little more time, so please wear tray 14 for two weeks instead of one. Your next review is
on {{date_words}}. Remember to bring your retainer case. Patient no. {{mrn}}.

Kind regards,

{{name}}
Treatment Coordinator, Orthodontics
{{company}} Dental Care
Practice {{phone}} · Text only {{local7}}
{{email}}"""),
    ("en", """\
CALL SHEET – Day 14 of 38 | Scenes 41, 42A, 57 | Unit base: leisure-centre car park

Crew call 07:00, breakfast from 06:15. Sunrise 07:48, sunset 16:12, rain expected after 15:00 –
the exterior (sc. 57) moves up if it starts early. Radio channel 3 for locations. Episode block
{{version}}, production no. {{ticket}}.

2nd AD: {{first}} {{last}}  {{phone}}
Location Manager: {{name}}  {{e164}}
Unit Medic: {{name2}}  {{phone2}}
Production office: {{company}} · {{email}}"""),
    ("en", """\
Entry {{ticket}} – classification query on line 3

Hello,

Customs have queried the tariff code on line 3 (machined aluminium brackets); they think it should
be parts of machinery rather than articles of aluminium. I've attached the drawings and asked for
a 5-day extension. Duty difference is about 340. Commercial invoice {{invoice}}, container
{{tracking}}.

Regards,
{{first}} {{last}}
Licensed Customs Broker
{{company}}
T {{phone}} | M {{intl}}
{{email}}"""),
    ("de", """\
Betreff: Abweichung {{ticket}} – Umgebungsmonitoring Reinraumklasse B

Hallo zusammen,

bei der Abklatschprobe am Handschuh (Linie 2, Abfüllung) lag die Keimzahl über dem Aktionslimit.
Die betroffene Charge {{serial}} ist gesperrt, die Ursachenanalyse läuft. Rückmeldung der
Mikrobiologie bis {{date}}; Stand der Bewertung im {{product}}-Vorgang.

Viele Grüße
{{first}} {{last}}
Qualitätssicherung, Betriebsteil Sterilherstellung
{{company}}
Tel. {{phone}} | Mobil {{intl}}
{{internal_email}}"""),
    ("de", """\
Ihre Fahrgastrechte-Erstattung, Vorgang {{ticket}}

Sehr geehrte Kundin, sehr geehrter Kunde,

wegen der Verspätung von 74 Minuten am {{date}} erstatten wir Ihnen 25 % des Fahrpreises, also
18,40 EUR. Der Betrag wird innerhalb von zehn Werktagen auf das angegebene Konto überwiesen;
Gutscheine werden nicht ausgestellt. Belegnummer {{invoice}}.

Mit freundlichen Grüßen
{{name}}
Kundendialog Fahrgastrechte
{{company}}
Servicetelefon {{phone}}
{{email}}"""),
    ("fr", """\
Objet : Contrat d'allotement – séminaire du {{date}}

Madame, Monsieur,

Veuillez trouver ci-joint le contrat pour 25 chambres doubles et la salle plénière. La liste
nominative des participants est à nous transmettre au plus tard 21 jours avant l'arrivée ; au-delà,
les chambres non attribuées seront remises à la vente. Acompte de 30 % à réception de la facture
{{invoice}}.

Bien cordialement,
{{first}} {{last}}
Responsable commerciale groupes
{{company}}
Tél. {{phone}} – Portable {{intl}}
{{email}}"""),
    ("fr", """\
Votre reçu fiscal {{invoice}}

Chère donatrice, cher donateur,

Merci pour votre don régulier. Votre reçu fiscal annuel est disponible dans votre espace donateur ;
il vous permet de déduire 66 % du montant de vos impôts. Pour modifier votre prélèvement ou votre
adresse, il suffit de répondre à ce message en indiquant votre numéro de donateur {{account}}.

Avec toute notre reconnaissance,

{{name}}
Relations donateurs
{{company}}
{{phone}} · {{email}}"""),
    ("es", """\
Asunto: Recordatorio de pago – préstamo {{account}}

Estimado/a cliente:

Le recordamos que la cuota de este mes (214,37 EUR) no se ha podido cargar en su cuenta. Para
evitar intereses de demora, puede pagarla desde la aplicación o llamarnos para acordar una nueva
fecha. Si ya ha realizado el pago, ignore este mensaje. Referencia {{ticket}}.

Un saludo,
{{first}} {{last}}
Gestión de Cobros
{{company}}
Tel. {{phone}}
{{email}}"""),
    ("it", """\
Oggetto: Richiamo igiene orale – {{date}}

Gentile paziente,

è passato un anno dalla sua ultima seduta di igiene professionale. Le abbiamo riservato un
appuntamento alle 9:30 del giorno indicato; se non le è possibile, ci chiami per spostarlo. Porti
con sé la tessera sanitaria. Cartella n. {{mrn}}.

Cordiali saluti
{{name}}
Segreteria, Studio Dentistico {{company}}
Tel. {{phone}} – Cell. {{intl}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
MINERAL ROYALTY STATEMENT – quarter ending {{date}}

Royalty owner: {{name}}
{{street}}
{{townline}}
{{country}}

Tonnage extracted under the lease (pit 2, limestone): 48,210 t at 0.42 per tonne
Amount paid to account {{iban}} on statement {{invoice}}
Lessee: {{company}} | lease ref. {{ticket}} | weighbridge export {{uuid}}"""),
    ("en", """\
BILL OF LADING No. {{tracking}}

Shipper:      {{company}}
Consignee:    {{name_uc}}
              {{street_uc}}
              {{townline_uc}}
              {{country}}
Notify party: SAME AS CONSIGNEE, tel. {{e164}}
Vessel / voyage: MSC EMANUELA / 046W   Port of loading: ANTWERP
Container: 1 x 40' HC, seal {{serial}}, said to contain: household goods and personal effects
Freight: prepaid | Booking {{ticket}}"""),
    ("en", """\
Batch recall – patient return kit dispatch (class 2, lot {{serial}})

patient_ref,name,address_line_1,address_line_2,town_postcode,kit_tracking
{{mrn}},"{{name}}","{{street}}","{{unit}}","{{townline}}",{{tracking}}
{{mrn2}},"{{name2}}","{{street2}}","","{{townline2}}",{{tracking2}}
# homecare provider export {{timestamp}}; recall notice {{ticket}}"""),
    ("en", """\
GUEST REGISTRATION CARD – room 512, arrival {{date}}

Guest name: {{name}}
Date of birth: {{dob}}
Home address: {{street}}
              {{townline}}
              {{country}}
Mobile: {{phone}}          E-mail: {{email}}
Company / group: {{company}} (block {{invoice}})
Method of payment: card on file | Loyalty no. {{account}}"""),
    ("en", """\
donor_id,title,first_name,surname,house,postcode_line,gift_aid,last_gift
D-55120,Mrs,{{first}},{{last}},"{{street}}","{{townline}}",Y,25.00
D-55121,Mr,{{first2}},{{last2}},"{{street2}}","{{townline2}}",N,100.00
D-55122,Dr,{{first3}},{{last3}},"{{pobox}}","{{townline3}}",Y,10.00
-- exported from {{product}} for the spring appeal mailing, job {{uuid}}"""),
    ("en", """\
LOST PROPERTY – return by post

Item: black laptop bag (found on coach C, service arriving 18:47)
Lost property no.: {{ticket}}
Return to:
{{name}}
{{street}}
{{unit}}
{{townline}}
Postage paid with order {{invoice}}; parcel {{tracking}}. Please sign on delivery."""),
    ("en", """\
PERSONAL LOAN AGREEMENT – parties and payment details

Lender: {{company}}, VAT {{vat}}
Borrower: {{name}}, born {{dob_iso}}
Residential address: {{street}}, {{townline}}, {{country}}
Loan amount: 8,500.00 | Term: 36 months | APR 11.9%
Disbursement to: {{iban}}
Direct debit mandate reference {{invoice}} | Agreement no. {{account}}"""),
    ("en", """\
New patient registration – dental practice

Surname: {{last}}          Forename(s): {{first}}
Date of birth: {{dob}}
Address: {{street}}
         {{townline}}
Telephone (day): {{phone}}      (evening): {{local7}}
Registered GP surgery: {{company}}
Exemption from charges: none | Patient record {{mrn}} created on {{date}}"""),
    ("en", """\
LOCATION RELEASE AGREEMENT

Production: "The Quiet Harbour" (series 2) – {{company}}
Property owner: {{name}}
Property: {{street}}
          {{townline}}
Dates of use: prep and shoot, 3 days from {{date}}; strike the day after
Location fee: 2,400 + restoration, payable to IBAN {{iban}}
Contract {{invoice}} | Recce photos folder {{uuid}}"""),
    ("en", """\
{
  "declaration": "{{ticket}}",
  "procedure": "4000",
  "consignee": {
    "name": "{{name}}",
    "street": "{{street}}",
    "city_line": "{{townline}}",
    "country": "{{country}}",
    "contact_phone": "{{intl}}"
  },
  "invoice": "{{invoice}}",
  "container": "{{tracking}}",
  "goods": [{"description": "ceramic tiles", "gross_kg": 18240, "commodity": "690721"}],
  "broker_ref": "{{uuid}}"
}"""),
    ("de", """\
Zollanmeldung Überlassung zum zollrechtlich freien Verkehr – Registriernummer {{ticket}}

Empfänger:
{{name}}
{{street}}
{{townline}}
{{country}}

Anmelder/Vertreter: {{company}}, USt-IdNr. {{vat}}
Container {{tracking}}, Rechnung {{invoice}}, Zollwert 7.410,00 EUR"""),
    ("de", """\
Heil- und Kostenplan – Kieferorthopädie

Patientin: {{name}}
geb. {{dob}}
Anschrift: {{street}}
           {{townline}}
Zahlungspflichtige/r: {{name2}}, {{street2}}, {{townline2}}
Behandlungsbeginn voraussichtlich {{date}}; Plan-Nr. {{invoice}}, Karteinummer {{mrn}}"""),
    ("fr", """\
REÇU AU TITRE DES DONS – articles 200 et 238 bis du CGI

Organisme bénéficiaire : {{company}}
Donateur :
{{name}}
{{street}}
{{unit}}
{{townline}}
Montant du don : 150,00 EUR – versé le {{date}} par prélèvement
Reçu n° {{invoice}} – numéro de donateur {{account}}"""),
    ("fr", """\
Demande de remboursement – billet non utilisé

Voyageur : {{name}}
Adresse postale : {{street}}, {{townline}}
Téléphone : {{phone}}
Dossier voyage : {{short_sha}}, train du {{date}}, voiture 14, place 82
Remboursement par virement sur le compte {{iban}}
Réclamation n° {{ticket}}"""),
    ("es", """\
PARTE DE ENTRADA DE VIAJEROS – hospedaje

Establecimiento: Hotel {{company}}
Nombre y apellidos: {{name}}
Fecha de nacimiento: {{dob}}
Domicilio: {{street}}, {{townline}}, {{country}}
Teléfono: {{phone}}   Correo: {{email}}
Entrada: {{date}}  –  Habitación 307  –  Reserva {{invoice}}"""),
    ("it", """\
Cava di inerti – comunicazione ai proprietari dei fondi confinanti

Gentile {{name}}
{{street}}
{{townline}}

la informiamo che dal {{date}} riprenderà la coltivazione del lotto 3. Le volate saranno
annunciate con sirena; i livelli di vibrazione sono registrati dal sismografo {{serial}}.
Indennizzo annuo accreditato sul conto {{iban}} (pratica {{ticket}}).
{{company}}"""),
]

DIALOGUE = [
    ("en", """\
Pit radio log – ch. 2 (transcribed for the shift report, {{date}}, from {{clock}})

Control: Haul 12, you're clear to the crusher, dump 3 closed.
Haul 12 ({{first}}): Copy. Coolant warning again on the dash.
Control: Park it at the go-line. {{name}}, can you get the fitter up there?
{{name}}: On my way. Tag it out, work request {{ticket}}.
Control: Shift super is {{first2}} {{last2}}, mobile {{phone}} if it gets worse."""),
    ("en", """\
Terminal gate – call recording summary (truck booking)

Gate clerk: Terminal gate, {{first}} speaking.
Driver: Hi, I'm at lane 4, my booking isn't showing. Name's {{name}}, haulier {{company}}.
Gate clerk: What's the container number?
Driver: {{tracking}}.
Gate clerk: Your slot was 10:00 to 11:00, you're two hours late. I can re-book for 14:00.
Driver: Fine. Text the pass to {{phone}}, please.
Gate clerk: Done – gate pass {{ticket}}."""),
    ("en", """\
Deviation triage – daily QA stand-up, minutes ({{clock}})

{{first}} {{last}} (QA lead): {{ticket}} – label reconciliation short by 12 on packaging line 5.
{{first2}} {{last2}} (production): Operator was {{name}}; rejects went into the wrong bin, we have
photos. Batch record page 14 signed.
{{first}} {{last}}: Minor then, but a retraining record is needed. CAPA in {{product}}, due {{date}}.
{{name2}} (validation): nothing from my side – the camera recipe is still version {{version}}."""),
    ("en", """\
Front desk – late check-in (night audit notes)

Guest: Hi, I have a reservation, {{name}}. Sorry, the flight was delayed.
Night manager: No problem. Confirmation {{invoice}}… yes, a king room for two nights.
Night manager: Could I see a card for incidentals and a mobile number for the stay?
Guest: Sure, {{phone}}.
Night manager: Breakfast is from 6:30. Housekeeping asked about a feather-free pillow?
Guest: Yes please. And an early wake-up call.
Night manager: Room 718, key ready. Wake-up at 6:00 booked."""),
    ("en", """\
Supporter call – direct debit change (notes from the call)

Agent: Thank you for calling {{company}}, my name's {{first}}.
Supporter: Hello, it's {{name}}. I give monthly and I've changed banks.
Agent: Thank you so much for your support. Could you confirm your postcode line and date of birth?
Supporter: {{townline}}, and {{dob_words}}.
Agent: Lovely. What's the new account?
Supporter: {{iban}}.
Agent: Done – the next gift comes from the new account on the first. Supporter no. {{account}}."""),
    ("en", """\
Ticket office – refund request (telephone)

Clerk: Customer relations, {{first}}.
Passenger: Hi, my train was cancelled and I took a taxi instead. I'm {{name}}.
Clerk: Sorry about that. Do you have the booking reference?
Passenger: It's {{short_sha}}, and the journey was on {{date}}.
Clerk: Thanks. Send the taxi receipt to our claims address and quote case {{ticket}}. Can we call you
on {{phone}} if we need anything?
Passenger: Yes, or e-mail, {{email}}."""),
    ("en", """\
Collections call – payment arrangement (recorded)

Agent: Hello, this is {{first}} from {{company}}. Am I speaking with {{name}}?
Customer: Yes, speaking.
Agent: For security, can you confirm your date of birth?
Customer: {{dob}}.
Agent: Thanks. Your account {{account}} is two payments behind. Could we agree a plan?
Customer: I can do 60 a month from the 15th. My hours were cut.
Agent: That's fine, I'll set that up for three months. What's the best number for reminders?
Customer: {{spelled}}."""),
    ("en", """\
Reception – emergency appointment (call log)

Receptionist: {{company}} Dental, good morning.
Patient: Hi, my name's {{name}}, I've got a really bad toothache since last night, my face is swelling.
Receptionist: I'm sorry. Are you registered with us?
Patient: Yes, I think so. Date of birth {{dob}}.
Receptionist: Found you, record {{mrn}}. Dr {{last2}} can see you at 11:40.
Patient: Thank you. My number is {{phone}} if anything changes."""),
    ("en", """\
#payroll-crew (Slack export, week 6)
[{{clock}}] {{username}}: timesheets for the grip and electric dept are in, two missing overtime sign-offs
[{{clock}}] {{username2}}: {{name}} (spark) says his bank changed – new account {{iban}}, form attached
[{{clock2}}] {{username}}: can't take bank details over Slack, ask him to use the start-form portal
[{{clock2}}] {{username2}}: ok. also daily rate for {{name2}} should be the dailies rate, not the crew rate
[{{clock3}}] {{username}}: fixed in batch {{invoice}}, payroll run {{ticket}} closes Thursday"""),
    ("en", """\
Teams chat – customs brokerage desk

{{first}} {{last}} {{clock}}: Client on the phone about container {{tracking}}, held for a physical exam.
{{first2}} {{last2}} {{clock}}: Who's the importer contact?
{{first}} {{last}} {{clock}}: {{name}}, {{email}}, {{intl}}
{{first2}} {{last2}} {{clock2}}: Tell them exam fees are for their account. Entry {{ticket}} filed OK,
no duty query. I'll upload the exam release when the shed confirms."""),
    ("de", """\
Werkstatt ICE-Instandhaltung – Schichtübergabe, {{date}}

Meister Spätschicht ({{first}} {{last}}): Tz 4712 steht auf Gleis 3, Klimaanlage Wagen 5 defekt,
Ersatzteil bestellt, Auftrag {{ticket}}.
Meisterin Nachtschicht ({{name}}): Verstanden. Bremsprobe für Tz 4709 noch offen?
{{first}} {{last}}: Nein, erledigt, Befund im {{product}}. Wenn die Teile kommen, ruf den Lieferanten an,
{{name2}}, {{phone}}.
{{name}}: Alles klar, ich übernehme."""),
    ("de", """\
Rezeption / Housekeeping – Funkprotokoll ({{clock}})

Rezeption: Housekeeping, Zimmer 214 ist abgereist, bitte vorrangig, Anreise um 13 Uhr.
Hausdame ({{first}}): Verstanden. In 214 liegt ein Ladegerät und eine Brille im Nachttisch.
Rezeption: Ich trage es als Fundsache {{ticket}} ein. Der Gast war {{name}}, ich rufe unter
{{phone}} an.
Hausdame ({{first}}): Danke. 305 braucht noch ein Zustellbett."""),
    ("fr", """\
Cabinet d'orthodontie – appel du {{date}}

Secrétaire : Cabinet du docteur {{last2}}, bonjour.
Parent : Bonjour, {{name}}, maman de {{first3}}. Un taquet de son appareil s'est décollé.
Secrétaire : Ça gêne pour manger ?
Parent : Un peu, ça frotte la joue.
Secrétaire : Mettez de la cire en attendant, je vous propose mercredi à 17 h. Dossier {{mrn}} ?
Parent : Oui. Mon portable, c'est le {{phone}}."""),
    ("fr", """\
Chat en ligne – souscription d'un prêt personnel

Conseiller ({{first}}) : Bonjour ! Je vois que votre demande {{ticket}} est bloquée à l'étape des
justificatifs.
Client : Oui, mon RIB ne passe pas. C'est {{iban}}.
Conseiller ({{first}}) : Le RIB est au nom de qui ?
Client : {{name}}, c'est le compte joint avec ma compagne.
Conseiller ({{first}}) : D'accord, il faut qu'il soit à votre nom. Je vous envoie un lien à {{email}}."""),
    ("es", """\
Consignataria – llamada con la estiba ({{clock}})

Consignataria: Hola, soy {{first}}, de {{company}}. ¿Cuántas manos tenéis para el buque de mañana?
Capataz ({{name}}): Dos manos a las ocho, una más a las catorce si llega el contenedor frigorífico.
Consignataria: Perfecto. Escala {{ticket}}, atraque en el muelle sur.
Capataz ({{name}}): Mándame el plano de estiba y confirma por teléfono, {{phone}}.
Consignataria: Te lo mando ahora, revisión {{version}}."""),
    ("it", """\
Produzione – telefonata con il location manager

Segretaria di produzione: Ciao, sono {{first}}. Per la villa di sabato ci siamo?
Location manager ({{name}}): Sì, il proprietario ha firmato la liberatoria, contratto {{invoice}}.
Vuole il bonifico prima delle riprese.
Segretaria: Mi mandi l'IBAN?
Location manager: {{iban}}, intestato a {{name2}}.
Segretaria: Ok. Ordine del giorno aggiornato entro stasera, convocazione alle 7:00."""),
]

CODE = [
    ("en", """\
# fms/haul-fleet.yaml – fleet management system gateway (pit to office)
site: quarry-north
telemetry:
  broker: "ssl://{{hostname}}:8883"
  username: "{{username}}"
  password: "{{password}}"
  topics: [payload, tyre_pressure, engine_faults]
dispatch_api:
  url: "http://{{ip}}:8080/dispatch"
  token: "{{token}}"
alerts:
  webhook: "{{slack_hook}}"
firmware_min: {{version}}   # CR {{ticket}}"""),
    ("en", """\
#!/bin/bash
# edi_push.sh – send BAPLIE/COPRAR to the terminal operating system every 15 min (cron)
SFTP_HOST={{ip}}
SFTP_USER={{username}}
export SSHPASS='{{password}}'
for f in /srv/edi/outbox/*.edi; do
  sshpass -e sftp -oBatchMode=no "$SFTP_USER@$SFTP_HOST" <<< "put $f /inbound/"
  mv "$f" /srv/edi/sent/
done
# last change {{short_sha}} by {{internal_email}}"""),
    ("en", """\
# mes_qms_bridge/settings.py – executed batch records -> QMS (validated, change control {{ticket}})
MES_BASE_URL = "https://{{hostname}}/mes/api/v2"
MES_SERVICE_ACCOUNT = "{{username}}"
MES_SERVICE_PASSWORD = "{{password}}"
QMS_API_TOKEN = "{{jwt}}"
AUDIT_TRAIL_BUCKET = "ebr-archive-prod"
AWS_ACCESS_KEY_ID = "{{aws_key}}"
AWS_SECRET_ACCESS_KEY = "{{aws_secret}}"
VALIDATED_RELEASE = "{{version}}"  # CSV report {{uuid}}"""),
    ("en", """\
# .env – channel manager <-> property management system (hotel group, 14 properties)
PMS_API_URL=https://{{hostname}}/pms
PMS_API_USER={{username}}
PMS_API_PASSWORD={{password}}
CHANNEL_MANAGER_KEY={{token}}
PAYMENT_GATEWAY_SECRET={{stripe}}
NIGHT_AUDIT_REPORT_TO={{internal_email}}
RATE_SYNC_INTERVAL_MIN=5
RELEASE={{short_sha}}"""),
    ("en", """\
\"\"\"Import last night's online donations into the CRM and queue Gift Aid claims.\"\"\"
import stripe
from crm_client import Client

stripe.api_key = "{{stripe}}"
crm = Client("https://{{hostname}}", user="{{username}}", password="{{password}}")
HMRC_GATEWAY_USER, HMRC_GATEWAY_PASS = "{{account}}", "{{password2}}"

for charge in stripe.Charge.list(limit=100, created={"gte": 1717200000}):
    crm.upsert_gift(charge.id, charge.amount / 100, gift_aid=charge.metadata.get("gift_aid") == "yes")
# run id {{uuid}}; ops contact {{email}}"""),
    ("en", """\
# .gitlab-ci.yml – ticketing refunds service (delay-repay calculator)
variables:
  DOCKER_IMAGE: registry.rail.example/refunds/api
  DB_URL: "postgresql://refunds:{{password}}@{{hostname}}:5432/refunds"
  GITLAB_API_TOKEN: "{{gitlab}}"
  TIMETABLE_FEED_KEY: "{{token}}"
deploy_prod:
  stage: deploy
  script:
    - ./deploy.sh --tag {{short_sha}} --version {{version}}
  only: [main]"""),
    ("en", """\
# underwriting-engine/config.toml – consumer loans decisioning
[bureau]
endpoint = "https://{{hostname}}/credit-report/v4"
client_id = "{{username}}"
client_secret = "{{token}}"

[open_banking]
api_key = "{{token2}}"

[document_ai]   # payslip and bank-statement extraction
openai_api_key = "{{openai}}"

[model]
scorecard = "retail-v7"
artifact_digest = "{{digest}}"
owner = "{{internal_email}}"  # ticket {{ticket}}"""),
    ("en", """\
; imaging.ini – dental imaging server (CBCT / intraoral), branch surgery 2
[PACS]
AETitle=DENTPACS02
Host={{ip}}
Port=104
[Database]
Server={{hostname}}
User={{username}}
Password={{password}}
[NotesAssistant]
; summarises the clinical notes for referral letters
AnthropicKey={{anthropic}}
Build={{version}}"""),
    ("en", """\
# rclone.conf – dailies upload from the DIT cart to the post house
[dailies-s3]
type = s3
provider = AWS
access_key_id = {{aws_key}}
secret_access_key = {{aws_secret}}
region = eu-west-2

[post-house-sftp]
type = sftp
host = {{ip}}
user = {{username}}
pass = {{password}}
# roll A014 checksums: {{md5}}; DIT: {{first}} {{last}}, {{phone}}"""),
    ("en", """\
# customs-gateway/prod.tfvars – declaration submission gateway (do not commit)
environment            = "prod"
broker_eori_alias      = "{{account}}"
customs_api_client_id  = "{{uuid}}"
customs_api_secret     = "{{azure}}"
sftp_inbound_host      = "{{ip}}"
alert_email            = "{{email}}"
container_image_digest = "{{digest}}"
# see {{ticket}} for the rotation plan"""),
    ("de", """\
# fis-anzeiger.properties – Fahrgastinformation, Zugzielanzeiger Bahnsteig 1-8
fis.server.url=https://{{hostname}}/fis
fis.server.benutzer={{username}}
fis.server.passwort={{password}}
ist-daten.api.schluessel={{token}}
mqtt.broker=tcp://{{ip}}:1883
stoerung.benachrichtigung={{internal_email}}
# Version {{version}}, Änderung {{ticket}}"""),
    ("de", """\
# serialisierung.py – Upload der Seriennummern an das Verifizierungssystem (Arzneimittel)
import requests

API = "https://{{hostname}}/serials/upload"
KONTO = ("{{username}}", "{{password}}")
ZERTIFIKAT_SCHLUESSEL = \"\"\"{{private_key}}\"\"\"

def hochladen(charge: str, datei: str) -> None:
    with open(datei, "rb") as f:
        requests.post(API, auth=KONTO, files={"serials": f}, data={"charge": charge}, timeout=60)

hochladen("{{serial}}", "{{path}}")  # Abweichung {{ticket}}"""),
    ("fr", """\
# secret-reservations.yaml – moteur de réservation de l'hôtel (préproduction)
apiVersion: v1
kind: Secret
metadata:
  name: moteur-resa
type: Opaque
stringData:
  PMS_LOGIN: "{{username}}"
  PMS_MOT_DE_PASSE: "{{password}}"
  CLE_API_CHANNEL: "{{token}}"
  WEBHOOK_HOUSEKEEPING: "{{slack_hook}}"
data:
  ca.crt: {{b64data}}
# ticket {{ticket}}, image {{digest}}"""),
    ("fr", """\
# sauvegarde-crm.ps1 – association, base donateurs (tâche planifiée)
$Serveur = "{{hostname}}"
$Utilisateur = "{{username}}"
$MotDePasse = ConvertTo-SecureString "{{password}}" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($Utilisateur, $MotDePasse)
$CleStockage = "{{azure}}"
Backup-SqlDatabase -ServerInstance $Serveur -Database "Donateurs" -Credential $Cred
# contact : {{email}} – version {{version}}"""),
    ("es", """\
# .env – API de préstamos (originación y recobro)
DATABASE_URL=mysql://prestamos:{{password}}@{{hostname}}:3306/originacion
BURO_CREDITO_API_KEY={{token}}
PASARELA_COBROS_SECRET={{stripe}}
SMS_PROVEEDOR_TOKEN={{token2}}
GITHUB_DEPLOY_TOKEN={{github}}
EQUIPO_RIESGOS_EMAIL={{internal_email}}
# incidencia {{ticket}}, commit {{sha}}"""),
    ("it", """\
# docker-compose.yml – gestionale dello studio dentistico
services:
  gestionale:
    image: registry.example.net/studio/gestionale:{{version}}
    environment:
      DB_HOST: "{{ip}}"
      DB_USER: "{{username}}"
      DB_PASSWORD: "{{password}}"
      FATTURA_ELETTRONICA_TOKEN: "{{jwt}}"
      PROMEMORIA_SMS_KEY: "{{token}}"
      MAPS_API_KEY: "{{gcp}}"
# ticket {{ticket}}"""),
]

PROSE = [
    ("en", """\
Lost-time injury report – processing plant, primary crusher

Injured person: {{name}}, employee no. {{account}}
Date of birth: {{dob}}
Role: {{job}} (contractor from {{company}})
Incident: hand caught between conveyor belt and return idler during clean-up on {{date}};
isolation was not applied. Treated at hospital, 5 days lost. Investigation {{ticket}}.
Supervisor on shift: {{name2}}, {{phone}}."""),
    ("en", """\
Seafarer sign-on record – MV Baltic Star

Name: {{name}}
Date of birth: {{dob_iso}}
Rank: Second Engineer | Discharge book no. {{account}}
Next of kin: {{name2}}, {{intl}}
Wages: 70% allotment to IBAN {{iban}}, balance on board
Joined at anchorage on {{date}}; contract 6 months, manning agency {{company}}, file {{ticket}}."""),
    ("en", """\
GMP training record – aseptic gowning qualification

Operator: {{name}} (user {{username}})
Date of birth: {{dob}}
Qualified on {{date}}: gowning, three consecutive passes, plates read by {{name2}}
Media fill participation: run {{serial}}, no positives
SOP version {{version}}; record {{uuid}}; QA approval pending in {{product}} ({{ticket}})."""),
    ("en", """\
Guest complaint and lost property follow-up

Guest: {{name}}, stay of {{date}}, room 904, booking {{invoice}}
Complaint: noise from the function room until 01:00; housekeeping also discarded a bag left on the
chair, which contained prescription glasses.
Offered: one night refunded (180.00) and replacement of the glasses against a receipt.
Reply sent to {{email}}; duty manager {{first}} {{last}}. Case {{ticket}}."""),
    ("en", """\
Volunteer onboarding – safeguarding and DBS check

Volunteer: {{name}}
Date of birth: {{dob_words}}
Role: befriending volunteer (older people), 2 hours a week
Address: {{street}}, {{townline}}
Enhanced check certificate no. {{account}}, issued {{date}}, no information disclosed
Referee: {{name2}}, {{phone}}. Training module {{version}}; record {{uuid}}."""),
    ("en", """\
Penalty fare appeal – decision

Appellant: {{name}}
Penalty notice {{ticket}} issued on {{date}} on the 07:12 service (no valid ticket at the barrier).
The appellant provided a screenshot of a mobile ticket bought at 07:09 on account {{username}}; the
retailer confirmed the purchase (order {{invoice}}).
Outcome: appeal upheld, notice cancelled. Letter sent to {{email}}."""),
    ("en", """\
Underwriting memo – application {{ticket}}

Applicant: {{name}}, DOB {{dob}}
Employment: {{job}} at {{company}}, 4 years; net monthly income 3,150 (payslips verified)
Bureau: score 712, one late payment 3 years ago, no defaults
Affordability: debt-to-income 28% after the new loan
Decision: approve 15,000 / 60 months; pay out to {{iban}}. Customer account {{account}}."""),
    ("en", """\
Orthodontic referral

Patient: {{name}}
DOB: {{dob}}  |  Practice record {{mrn}}
Referring dentist: Dr {{first}} {{last}}, {{company}}
Reason: Class II div 1, overjet 9 mm, lower incisors crowded; patient keen on treatment.
Parent/guardian: {{name2}}, {{phone}}, {{email}}
Radiographs (OPG, lateral ceph) taken {{date}}, attached as {{uuid}}."""),
    ("en", """\
Crew start form – payroll (daily hire)

Name: {{name}}
Date of birth: {{dob}}
Department / grade: Camera, 1st AC
Home address: {{street}}, {{townline}}
Bank: {{iban}}
National insurance / tax code on the secure portal; daily rate per the crew agreement, kit
hire invoiced separately ({{invoice}}). Production {{ticket}}; payroll queries {{internal_email}}."""),
    ("en", """\
Direct representation – power of attorney on file

Principal (importer): {{company}}, VAT {{vat}}
Signed by: {{name}}, {{job}}
Date of signature: {{date}}; valid until revoked
Authorised broker staff: {{name2}}, {{name3}}
Deferment account {{account}} may be used for duty and import VAT.
Verified by the compliance team against ID (ticket {{ticket}}); contact {{email}}, {{phone}}."""),
    ("de", """\
Unfallanzeige – Tagebau, Bereich Abraum

Verletzte Person: {{name}}, geb. {{dob}}
Personalnummer: {{account}}
Tätigkeit: Baggerfahrer, Schicht B
Unfallhergang: Beim Abstieg von der Kabine am {{date}} abgerutscht, Knöchel verstaucht.
Erste Hilfe durch {{name2}}; Durchgangsarzt aufgesucht. Vorgang {{ticket}}, Meldung an die
Berufsgenossenschaft über {{internal_email}}."""),
    ("de", """\
Gästebeschwerde – Zusammenfassung für die Direktion

Gast: {{name}}, Aufenthalt ab {{date}}, Buchung {{invoice}}
Anliegen: Zimmer bei Anreise nicht gereinigt, Wartezeit 50 Minuten; Kulanz: Upgrade und Frühstück.
Der Gast bittet um schriftliche Bestätigung an {{email}}, Rückruf unter {{phone}}.
Bearbeitet von {{first}} {{last}}, Front Office; Vorgang {{ticket}}."""),
    ("fr", """\
Habilitation opérateur – zone de remplissage aseptique

Opérateur : {{name}}, matricule {{account}}
Né le : {{dob}}
Habilitation accordée le {{date}} après trois habillages conformes et participation au
media fill {{serial}}.
Formateur : {{name2}} ; assurance qualité : {{first}} {{last}}
Procédure version {{version}} ; enregistrement {{ticket}}."""),
    ("fr", """\
Contrat d'engagement – technicien intermittent du spectacle

Salarié : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Fonction : chef électricien, 22 jours de tournage à partir du {{date}}
Rémunération versée sur le compte {{iban}} ; numéro d'objet {{ticket}}
Production : {{company}}, contact paie {{email}}."""),
    ("es", """\
Consentimiento informado – tratamiento de ortodoncia con alineadores

Paciente: {{name}}
Fecha de nacimiento: {{dob}}
Historia clínica: {{mrn}}
Tutor legal (si es menor): {{name2}}, teléfono {{phone}}
Duración estimada: 18 meses; revisiones cada 8 semanas. Presupuesto {{invoice}} aceptado el {{date}}.
Firmado en la clínica {{company}}."""),
    ("it", """\
Richiesta di rimborso – biglietto ferroviario

Viaggiatore: {{name}}
Codice cliente: {{account}}
Treno del {{date}}, soppresso per guasto al materiale rotabile
Codice biglietto: {{short_sha}}
Rimborso integrale sul conto {{iban}}
Pratica {{ticket}}; comunicazioni a {{email}}."""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
