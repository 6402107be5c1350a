"""FINAL11 templates of the generalisation corpus kinds (eval.kinds), for the `final11` split.

Written by a helper session after the final9 split had been scored once, without ever running the
detection engine on them or reading its code, any results or any split's misses: only the labelled
texts themselves were generated and checked by the tests. Never to be tuned on: the lead scores them
once (`python -m eval --split final11`). They imitate what employees of retailers, banks, insurers,
schools, hotels, travel desks, payroll teams, data teams and mobile-app teams paste into an LLM at
work: planogram resets, marketplace suspension appeals, nostro reconciliation breaks, reinsurance
bordereaux, syllabus deadlines, group-block contracts, duty-of-care alerts, payroll cut-offs, dbt job
failures, App Store rejections, POS roll-outs, payroll tax audits, class-council invitations, incentive
trip quotes, card-terminal settlement queries and overbooking re-protection; locker redirects, policy
declarations, debit-card reissue mailers, diploma mailings, direct-bill applications, 1099 mailing
batches, Spark show() output, delivery-app order JSON, marketplace return settings, CDC change events,
car-insurance premium notices, annual payroll tax statements, chequebook dispatch, parcel-relay
notices, hotel company invoices and university enrolment addresses; price-match calls, failed-delivery
chats, wire recalls, travel-insurance first notices of loss, parent-teacher texts, restaurant voice
bots, duty-of-care check-ins, open-enrolment calls, PII-in-topic incident threads, mobile-banking user
research, loyalty-card hotlines, salary confirmations, student-loan calls, click-and-collect drive
calls, ticket name changes and motor-insurance quotes; Airflow DAGs, dbt profiles, Kafka Connect
connectors, spark-submit, Jupyter notebooks, Expo app configs, Magento env.php, payroll-bureau
scripts, hotel PMS integrations, Buildkite logs, POS terminal INI files, SnowSQL configs, Scrapy
settings, LTI tool configs, booking-engine configs and Terraform Snowflake variables; store-card
decisions, buy-now-pay-later disputes, bereavement notifications, beneficiary changes, exam
accommodations, loyalty fraud cases, trusted-traveller profiles, final-pay calculations, data-quality
incidents, account deletions, capital-forming savings contracts, disability-insurance applications,
account powers of attorney, student grants, guest registration for the police and salary-backed loans.
Ordinary text surrounds the values (amounts, order, ticket and invoice numbers, versions, hashes,
hostnames, paths, companies, products, job titles) so that over-redaction is measured as well as recall.

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
Subject: Planogram reset – aisle 7 (snacks & beverages), stores in district 14

Team,

The spring reset goes live overnight on {{date}}. New shelf tags are in the tote labelled {{ticket}};
please scan every tag with the handheld before you leave and flag gaps in {{product}} by 6 am.
Endcaps stay as they are until the promo ends.

Thanks for the hustle,
{{first}} {{last}}
District Merchandising Lead | {{company}}
Store line {{phone}} · Mobile {{e164}}
{{internal_email}}"""),
    ("en", """\
Re: Seller account deactivation – Plan of Action (case {{ticket}})

Hello Seller Performance team,

Root cause: late shipment rate rose to 6.1% when our 3PL changed carriers mid-month.
Corrective actions: we moved to a two-carrier setup, added buffer stock for the top 40 SKUs and
now review the order defect dashboard daily. Invoices for the disputed units are attached
({{invoice}}).

Respectfully,
{{name}}
Head of Marketplace Operations, {{company}}
Seller ID on file; reachable on {{intl}} or {{email}}"""),
    ("en", """\
Break on nostro reconciliation – value date {{date}}, ref {{invoice}}

Hi {{first2}},

Our USD nostro shows an unmatched credit of 48,250.00 that does not appear in your MT950. The
remitter reference quotes case {{ticket}}. Could you check whether it was booked to a suspense account
on your side? We need to clear it before month-end.

Regards

{{first}} {{last}}
Reconciliations Analyst, Payment Operations
{{company}}
Tel. {{phone}} | Fax {{local7}}
{{email}}"""),
    ("en", """\
Attached: Q3 premium and claims bordereau for binder {{ticket}} (property, coverholder {{company}}).

Two risks were bound after the reporting cut-off and will appear next quarter; claims column
includes one large loss under review. The file hash is {{md5}} in case the portal re-encodes it.

Best,

{{name}}
{{job}} – Delegated Authority
{{company2}}
Direct {{ext}} | Mobile {{intl}}
{{email}}"""),
    ("en", """\
Reminder: syllabi for the spring term are due in the learning platform by {{date_words}}.

Please include the accessibility statement and the updated academic integrity paragraph (version
{{version}}). Cross-listed courses need one syllabus per section. If the upload fails, send the PDF
to the registrar's office and quote ticket {{ticket}}.

{{first}} {{last}}, PhD
Associate Dean for Undergraduate Studies
{{company}}
Office: {{phone}}
{{internal_email}}"""),
    ("en", """\
Group block – sales kick-off, 85 rooms over 3 nights (contract {{invoice}})

Dear {{first2}},

Attached is the revised group agreement. We can hold the rate of 189 per night with attrition at
20% until 30 days prior; the cut-off for the rooming list is three weeks before arrival. Meeting space
(ballroom A + 4 breakouts) is included with a food-and-beverage minimum.

Warm regards,
{{name}}
Senior Group Sales Manager
{{company}} Hotel & Conference Centre
T {{phone}} | M {{e164}}
{{email}}"""),
    ("en", """\
DUTY OF CARE ALERT – travellers affected by the airport closure ({{date}})

Our travel-risk tool shows 12 employees ticketed through the hub today. Managers: please confirm
each traveller is safe and has a rebooking. Itinerary records are in the booking tool under PNR
batch {{ticket}}.

{{first}} {{last}}
Global Travel & Security Manager
{{company}} | {{dept}}
24/7 security desk: {{intl}}
{{internal_email}}"""),
    ("en", """\
Payroll cut-off reminder – semi-monthly payroll {{invoice}}

All timesheet approvals, bonus inputs and bank changes must reach payroll by Tuesday 12:00. Changes
after cut-off are paid in the next cycle (no off-cycle runs in December). Year-end forms will be
published to the employee portal, release {{version}}.

Kind regards,
{{first}} {{last}}
Payroll Supervisor, {{dept}}
{{company}}
Payroll hotline {{phone}} (ext. 4) · {{internal_email}}"""),
    ("en", """\
dbt Cloud job "nightly_marts" failed on run {{uuid}} (commit {{short_sha}}).

Failing model: fct_orders – a not_null test on customer_key returned 312 rows after the upstream
{{product}} sync changed its schema. I've paused the downstream Looker schedule; tracking in
{{ticket}}. Please don't full-refresh the incremental model until we patch the source.

--
{{first}} {{last}} | Analytics Engineer, Data Platform
{{company}}
Slack: @{{username}} · Phone: {{phone}}"""),
    ("en", """\
Re: App Review – Guideline 5.1.1 (account deletion), build {{version}}

Hi App Review,

Thanks for the notes. Account deletion is now available from Settings > Profile > Delete account,
without contacting support; a demo account is in the review notes. Build {{version}} was uploaded
with the fix ({{sha}}).

Best regards,
{{first}} {{last}}
Mobile Lead, {{company}}
{{e164}}
{{email}}"""),
    ("de", """\
Betreff: Umstellung Kassensystem Filiale {{ticket}} – Schulung und Stichtag

Hallo zusammen,

die neuen Kassen werden am {{date}} nach Ladenschluss installiert. Bitte führt vorher den
Tagesabschluss durch und druckt den Z-Bon aus. Die Schulung für alle Kassierkräfte findet am
Vortag von 8 bis 10 Uhr im Pausenraum statt (Version {{version}}).

Viele Grüße
{{first}} {{last}}
Regionalleitung Verkauf
{{company}}
Telefon {{phone}} | Mobil {{intl}}
{{email}}"""),
    ("de", """\
Sehr geehrte Damen und Herren,

für die angekündigte Betriebsprüfung der Deutschen Rentenversicherung (Prüfzeitraum vier Jahre)
stellen wir die Lohnkonten, Beitragsnachweise und die Unterlagen zu Minijobs bereit. Als
Ansprechpartner vor Ort steht Ihnen unsere Entgeltabrechnung zur Verfügung, Aktenzeichen {{ticket}}.

Mit freundlichen Grüßen

{{name}}
Teamleitung Entgeltabrechnung, {{dept}}
{{company}}
Tel.: {{phone}}
E-Mail: {{email}}"""),
    ("fr", """\
Objet : Convocation – conseil de classe du 2e trimestre

Madame, Monsieur,

Le conseil de classe se réunira le {{date}} à 17 h 30 en salle 204. Les délégués des parents sont
invités à transmettre leurs remarques au professeur principal avant la séance. Les bulletins seront
publiés sur l'ENT dans la semaine (référence {{ticket}}).

Bien cordialement,

{{first}} {{last}}
Conseiller principal d'éducation
{{company}}
Tél. : {{phone}}
{{internal_email}}"""),
    ("fr", """\
Bonjour {{first2}},

Suite à notre échange, vous trouverez ci-joint le devis {{invoice}} pour le voyage incentive de vos
équipes commerciales : 3 nuits, 48 participants, vols inclus, soirée de gala et activité en bateau.
L'option est tenue jusqu'au {{date}} ; un acompte de 30 % confirmera la réservation.

Belle journée,

{{name}}
Chef de projet Événements & Incentive
{{company}}
Ligne directe {{phone}} – Portable {{intl}}
{{email}}"""),
    ("es", """\
Asunto: Incidencia liquidación TPV – comercio {{ticket}}

Buenos días:

Las ventas con tarjeta del día {{date}} no aparecen abonadas en la cuenta del comercio. El cierre del
terminal se hizo correctamente (lote {{invoice}}). ¿Pueden revisar si la liquidación quedó retenida?

Un saludo,

{{first}} {{last}}
Responsable de Tienda
{{company}}
Tel. {{phone}} · Móvil {{e164}}
{{email}}"""),
    ("it", """\
Oggetto: Overbooking – riprotezione ospite, prenotazione {{ticket}}

Gentile collega,

per la notte del {{date}} siamo in overbooking di due camere. Abbiamo riprotetto l'ospite presso la
vostra struttura con transfer a nostro carico; la differenza tariffaria verrà fatturata con la
nota {{invoice}}.

Cordiali saluti,

{{first}} {{last}}
Front Office Manager
{{company}}
Tel. {{phone}} – Cell. {{intl}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
PARCEL LOCKER REDIRECT – order {{invoice}}

The locker at the original pickup point is full. Your parcel ({{tracking}}) has been redirected to:
  Locker bank at {{company}}
  {{street}}
  {{townline}}

Recipient: {{name}}
Mobile for the PIN text: {{phone}}
Pickup code will expire after 72 hours; after that the parcel returns to the warehouse."""),
    ("en", """\
HOMEOWNERS POLICY – DECLARATIONS PAGE
Policy number: {{account}}          Policy period: 12 months from {{date}}
Named insured: {{name}}
Mailing address:                    Residence premises:
{{street}}                          {{street2}}
{{townline}}                        {{townline2}}
Coverage A – Dwelling 420,000 | Coverage C – Personal property 210,000 | Deductible 2,500
Mortgagee: {{company}}, loan ref. {{ticket}}"""),
    ("en", """\
Debit card reissue – mailer batch {{invoice}} (chip migration)

Cardholder: {{name_uc}}
{{street_uc}}
{{unit}}
{{townline_uc}}
{{country}}
Account ending … (masked) | Card carrier form {{version}} | Envelope insert: PIN separately
Returned mail must be routed to card operations, queue {{ticket}}."""),
    ("en", """\
Diploma mailing – Spring commencement

Graduate: {{name}}
Degree: Bachelor of Science, Hospitality Management
Student ID: {{account}}
Mail diploma to:
  {{street}}
  {{unit}}
  {{townline}}
  {{country}}
Shipped via tracked mail {{tracking}}; the cover holds the transcript request form {{ticket}}."""),
    ("en", """\
CITY LEDGER / DIRECT BILL APPLICATION

Company: {{company}}                VAT/Tax ID: {{vat}}
Billing address: {{street}}, {{townline}}, {{country}}
Accounts payable contact: {{name}}, {{email}}
Authorised bookers: {{name2}} ({{phone}})
Estimated room nights per year: 350 | Requested credit limit: 25,000
Bank: IBAN {{iban}}
For hotel use: approved by credit manager, account {{ticket}}"""),
    ("en", """\
recipient_tin_last4,recipient_name,address1,address2,city_state_zip,box1_nonemployee_comp,form
****,"{{name}}","{{street}}","","{{townline}}",18400.00,1099-NEC
****,"{{name2}}","{{street2}}","{{unit}}","{{townline2}}",6250.00,1099-NEC
# print vendor batch {{invoice}} – mail by Jan 31, corrections to {{internal_email}}"""),
    ("en", """\
>>> df.select("order_id", "ship_name", "ship_street", "ship_city_line", "status").show(3, truncate=False)
+----------+------------------+------------------------------+--------------------+--------+
|order_id  |ship_name         |ship_street                   |ship_city_line      |status  |
+----------+------------------+------------------------------+--------------------+--------+
|{{invoice}}|{{name}}|{{street}}|{{townline}}|SHIPPED |
|{{ticket}}|{{name2}}|{{street2}}|{{townline2}}|PENDING |
+----------+------------------+------------------------------+--------------------+--------+
only showing top 3 rows (stage {{short_sha}})"""),
    ("en", """\
{
  "order_id": "{{uuid}}",
  "app_version": "{{version}}",
  "restaurant": "{{company}}",
  "courier_note": "ring twice, dog is friendly",
  "delivery": {
    "recipient": "{{name}}",
    "address_line1": "{{street}}",
    "address_line2": "{{unit}}",
    "locality": "{{townline}}",
    "phone": "{{e164}}"
  },
  "items": [{"sku": "BOWL-07", "qty": 2}],
  "total": 31.40
}"""),
    ("en", """\
# marketplace seller settings export ({{timestamp}})
seller:
  display_name: "{{company}}"
  vat_number: "{{vat}}"
returns:
  contact_name: "{{name}}"
  address:
    - "{{street}}"
    - "{{townline}}"
    - "{{country}}"
  phone: "{{phone}}"
  rma_prefix: "RMA-{{short_sha}}"
  window_days: 30"""),
    ("en", """\
$ kcat -C -t crm.public.customer_address -p 3 -o 1884213 -c 1 | jq .payload
{
  "op": "u",
  "ts_ms": 1733912000123,
  "source": { "connector": "{{hostname}}", "lsn": "{{sha}}" },
  "before": { "customer_id": "{{account}}", "line1": "{{street}}", "city_line": "{{townline}}" },
  "after": { "customer_id": "{{account}}", "line1": "{{street2}}", "city_line": "{{townline2}}" }
}
why does the sink keep the old row? see {{ticket}}"""),
    ("de", """\
Beitragsrechnung Kfz-Versicherung – Versicherungsschein {{account}}

{{name}}
{{street}}
{{townline}}

Fälligkeit: {{date}}    Jahresbeitrag: 642,30 EUR    Schadenfreiheitsklasse: SF 12
Der Beitrag wird per SEPA-Lastschrift von IBAN {{iban}} eingezogen.
Mandatsreferenz: {{ticket}}, Gläubiger: {{company}}"""),
    ("de", """\
Versandliste Lohnsteuerbescheinigungen (Abrechnungsjahr), Lauf {{invoice}}

Pers.-Nr. {{account}}
{{name}}
{{street}}
{{unit}}
{{townline}}
{{country}}

Rückläufer bitte an die Personalabteilung, Vorgang {{ticket}}; Druckversion {{version}}."""),
    ("fr", """\
Avis d'envoi de chéquier

Titulaire : {{name}}
{{street}}
{{townline}}

Votre chéquier de 25 formules a été expédié en envoi recommandé n° {{tracking}}. S'il ne vous parvient
pas sous 10 jours, contactez votre conseiller au {{phone}}. Compte concerné : {{iban}}.
Référence de la demande : {{ticket}}"""),
    ("fr", """\
AVIS DE MISE À DISPOSITION – COLIS {{tracking}}

Destinataire : {{name}}
Votre colis vous attend au point relais :
{{company}}
{{street}}
{{townline}}
Horaires : lun.–sam. 9 h–19 h. Présentez une pièce d'identité et le code de retrait envoyé au {{phone}}.
Commande {{invoice}} – retour à l'expéditeur après 14 jours."""),
    ("es", """\
FACTURA {{invoice}}

Hotel: {{company}}
Cliente (empresa): {{company2}}    NIF: {{vat}}
Domicilio fiscal: {{street}}, {{townline}}, {{country}}
Huésped: {{name}}
Estancia: 3 noches, habitación doble uso individual, régimen alojamiento y desayuno
Forma de pago: transferencia a {{iban}}, referencia {{ticket}}"""),
    ("it", """\
Domanda di immatricolazione – Corso di laurea in Economia e Management

Studente: {{name}}
Matricola: {{account}}
Residenza: {{street}}, {{townline}}
Domicilio per le comunicazioni (se diverso):
{{street2}}
{{unit}}
{{townline2}}
Pratica {{ticket}} – contributo versato con bonifico, ricevuta {{invoice}}"""),
]

DIALOGUE = [
    ("en", """\
Store phone – price-match request (call notes, store {{ticket}})

Associate: Thanks for calling, this is {{first}} in electronics. How can I help?
Caller: Hi, it's {{name}}. I bought the {{product}} soundbar last week and it's now $40 cheaper online.
Associate: We can match that within 14 days. What's the receipt number?
Caller: {{invoice}}.
Associate: Got it. I'll refund the difference to the original card; you'll get a text at the number on
the order, is that still {{phone}}?
Caller: Yes, that's me."""),
    ("en", """\
[Live chat – order {{invoice}}]
Bot: Hi! I see a failed delivery attempt today. Want to reschedule?
Customer: yes pls, the driver said no one was home but I was literally there
Agent ({{first}}): Sorry about that! Can you confirm the delivery address?
Customer: {{street}}, {{townline}}
Agent ({{first}}): Thanks. I've booked tomorrow 8–12 and added a note. The driver will call {{phone}}.
Customer: ok thanks. my name on the order is {{name}} btw
Agent ({{first}}): All set – reference {{ticket}}."""),
    ("en", """\
Wire recall – recorded line, payments investigations ({{timestamp}})

Analyst: Payments investigations, {{first}} speaking.
Client: This is {{name}} from {{company}}. We sent a wire this morning to the wrong beneficiary.
Analyst: I'm sorry to hear that. What's the transaction reference?
Client: {{ticket}}, amount 18,900 euro, to IBAN {{iban}}.
Analyst: I'll send a recall request to the beneficiary bank now; a callback number?
Client: {{intl}}.
Analyst: Thank you. Recall case {{invoice}}; funds return only with the beneficiary's consent."""),
    ("en", """\
Travel insurance – first notice of loss (call transcript, claim {{ticket}})

Handler: Can I take the policyholder's full name?
Caller: {{name}}.
Handler: And your date of birth?
Caller: {{dob}}.
Handler: What happened?
Caller: My suitcase was stolen at the hotel and I had to buy clothes for the conference.
Handler: Understood. Please keep the receipts and the police report. We'll e-mail the claim form to
{{email}} – and you can reach us on {{phone}} if anything changes."""),
    ("en", """\
Texts – {{company}} Elementary, grade 3 teacher

Teacher ({{first}}): Hi! This is {{first}} {{last}}, your child's teacher. Conferences are next week –
would Thursday 3:40 pm work?
Parent: Thursday is fine. Can my partner join by phone? Their number is {{phone}}.
Teacher ({{first}}): Of course. I'll call at 3:40. Please bring the reading log.
Parent: Great, thanks! – {{name2}}"""),
    ("en", """\
Voice bot – restaurant reservations (transcript {{uuid}})

Bot: Thanks for calling {{company}}. How many guests?
Caller: Eight, for Saturday at seven thirty.
Bot: Great. Can I have a name for the booking?
Caller: {{first}} {{last}}.
Bot: And a mobile number for the confirmation text?
Caller: {{spelled}}.
Bot: Your table is confirmed, booking {{ticket}}. For groups of eight or more a card is held at booking."""),
    ("en", """\
#travel-security (Slack export)
[{{clock}}] {{username}}: we still have no check-in from {{name}} after the flight cancellation – anyone in touch?
[{{clock}}] {{username2}}: I texted {{intl}} twenty minutes ago, no reply yet
[{{clock}}] {{username}}: hotel says they checked in at {{company}} – room block under ticket {{ticket}}
[{{clock}}] {{username2}}: got a reply now, they're fine. Closing the alert."""),
    ("en", """\
Open enrolment – benefits line (call summary)

Rep: You've reached the benefits service centre. Who am I speaking with?
Employee: {{name}}, employee ID {{account}}.
Rep: For security, your date of birth?
Employee: {{dob}}.
Rep: Thank you. You'd like to add your spouse to the medical plan?
Employee: Yes, and switch to the high-deductible plan with the HSA.
Rep: Done. Confirmation {{ticket}} goes to {{email}}; changes take effect next plan year."""),
    ("en", """\
#data-incidents thread ({{date}})
{{first}} {{last}}: heads-up, the orders topic is leaking raw customer fields into the analytics sink
{{first}} {{last}}: example row: customer={{name2}}, phone={{phone}}, email={{email}}
{{first2}} {{last2}}: yikes. the masking SMT was dropped in connector config rev {{short_sha}}
{{first2}} {{last2}}: I'll pause the sink and purge partitions from offset 120933. ticket {{ticket}}
{{first}} {{last}}: thanks – and let's not paste more rows here"""),
    ("en", """\
User research session 4 – mobile banking app (transfer flow), notes

Moderator: Could you show me how you'd send money to a friend?
Participant ({{first}}): I'd go to Payments… then I type their phone number, like {{phone}}.
Moderator: What do you expect next?
Participant ({{first}}): Their name, so I know it's the right person – {{name2}} in this case.
Moderator: And if the name doesn't show?
Participant ({{first}}): I'd cancel. Honestly I'd rather paste the IBAN: {{iban}}.
Build {{version}}, session id {{uuid}}"""),
    ("de", """\
Hotline Kundenkarte – Gesprächsnotiz {{ticket}}

Kundin: Guten Tag, mein Name ist {{name}}, meine Punkte vom Einkauf am Samstag fehlen.
Mitarbeiter: Das schauen wir uns an. Wie lautet Ihre Kartennummer?
Kundin: {{account}}.
Mitarbeiter: Und zur Sicherheit Ihr Geburtsdatum?
Kundin: {{dob}}.
Mitarbeiter: Danke. Der Bon {{invoice}} wurde nicht zugeordnet; ich buche die Punkte nach.
Die Bestätigung schicken wir an {{email}}."""),
    ("de", """\
Telefonnotiz Personalabteilung, {{date}}

Anrufer: Hallo, hier ist {{name}} von der Hausverwaltung {{company}}. Ein Bewerber für eine Wohnung
hat uns Ihre Nummer als Arbeitgeber genannt.
Personal: Auskünfte geben wir nur mit schriftlicher Einwilligung des Mitarbeiters.
Anrufer: Verstehe. Können Sie mir die Vorlage zuschicken? Meine Nummer ist {{phone}}.
Personal: Gern, bitte schicken Sie die Einwilligung an {{internal_email}}. Vorgang {{ticket}}."""),
    ("fr", """\
Appel sortant – conseiller bancaire, prêt étudiant (compte rendu)

Conseiller : Bonjour, {{first}} de votre agence. Je vous appelle au sujet de votre demande de prêt
étudiant.
Client : Oui, {{name}}, bonjour.
Conseiller : Il me manque le certificat de scolarité et l'avis d'imposition de votre garant.
Client : Je les dépose sur l'appli ce soir. Vous pouvez me rappeler au {{phone}} si besoin.
Conseiller : Parfait. Dossier {{ticket}}, déblocage prévu sur le compte {{iban}}."""),
    ("fr", """\
Service client drive – appel du {{date}}

Client : Bonjour, j'ai une commande à retirer au drive mais je ne peux pas venir avant 20 h.
Agent : Pas de souci. Quel est le numéro de commande ?
Client : {{invoice}}. Au nom de {{name}}.
Agent : Je décale le créneau à 20 h 15. Le SMS de retrait arrivera au {{spelled}}.
Client : Merci, et ma femme pourra la récupérer ?
Agent : Oui, avec le code du SMS. Bonne soirée !"""),
    ("es", """\
Agencia de viajes – llamada {{ticket}}

Agente: Buenas tardes, le atiende {{first}}. ¿En qué puedo ayudarle?
Cliente: Hola, soy {{name}}. En el billete de avión mi apellido aparece mal escrito.
Agente: ¿Me confirma el localizador y su fecha de nacimiento?
Cliente: El localizador es {{short_sha}} y nací el {{dob}}.
Agente: La aerolínea permite corregir hasta tres letras. Le envío el billete reemitido a {{email}}.
Cliente: Perfecto, y si hay algún problema me llaman al {{phone}}."""),
    ("it", """\
Preventivo RC auto – chiamata registrata, pratica {{ticket}}

Operatore: Buongiorno, sono {{first}}. Mi conferma nome e data di nascita del contraente?
Cliente: {{name}}, nato il {{dob}}.
Operatore: Targa del veicolo e classe di merito?
Cliente: Classe 1, la targa gliela mando per messaggio.
Operatore: Il premio annuo è 412 euro con scatola nera. Le invio il preventivo a {{email}}.
Cliente: Va bene, per la firma mi chiami al {{phone}}."""),
]

CODE = [
    ("en", """\
# dags/export_orders_to_snowflake.py  (rev {{short_sha}})
from datetime import datetime
from airflow.decorators import dag, task
import snowflake.connector

@dag(schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["{{ticket}}"])
def export_orders():
    @task
    def load():
        # TODO move to a connection before review!
        conn = snowflake.connector.connect(
            account="acme-eu1", user="{{username}}", password="{{password}}",
            warehouse="LOAD_WH", database="RAW", schema="SHOP",
        )
        conn.cursor().execute("COPY INTO orders FROM @orders_stage PATTERN='.*[.]parquet'")
    load()

export_orders()"""),
    ("en", """\
# ~/.dbt/profiles.yml
analytics:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: acme-eu1
      user: "{{username}}"
      password: "{{password}}"
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: ANALYTICS_DEV
      schema: dbt_{{first_lc}}
      threads: 8
# dbt --version -> core {{version}}; works locally, fails in CI with 'incorrect username or password'"""),
    ("en", """\
curl -s -X PUT http://{{hostname}}:8083/connectors/orders-pg-sink/config -H 'Content-Type: application/json' -d '{
  "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",
  "topics": "shop.orders.v2",
  "connection.url": "jdbc:postgresql://{{ip}}:5432/dwh",
  "connection.user": "kafka_sink",
  "connection.password": "{{password}}",
  "consumer.override.sasl.jaas.config": "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"{{username}}\\" password=\\"{{password2}}\\";",
  "insert.mode": "upsert",
  "pk.mode": "record_key"
}'
# connector restarts every few minutes, trace id {{uuid}}"""),
    ("en", """\
spark-submit \\
  --master yarn --deploy-mode cluster \\
  --conf spark.hadoop.fs.s3a.access.key={{aws_key}} \\
  --conf spark.hadoop.fs.s3a.secret.key={{aws_secret}} \\
  --conf spark.sql.shuffle.partitions=400 \\
  --py-files deps-{{short_sha}}.zip \\
  jobs/sessionize_clickstream.py --date 2024-11-30
# fails at stage 7 with OutOfMemoryError; executor logs at {{path}}"""),
    ("en", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["top churn risk: {{email}} score 0.91\\n"]}],
   "source": ["import os\\n", "os.environ[\\"OPENAI_API_KEY\\"] = \\"{{openai}}\\"\\n", "summaries = summarise(df_churn.head(20))"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3"}, "notebook_sha": "{{sha256}}"}
}"""),
    ("en", """\
// app.config.js (Expo) – release {{version}}
export default {
  expo: {
    name: "{{product}} Go",
    slug: "field-go",
    ios: { bundleIdentifier: "com.example.fieldgo", buildNumber: "412" },
    android: { package: "com.example.fieldgo", config: { googleMaps: { apiKey: "{{gcp}}" } } },
    extra: {
      algoliaAdminKey: "{{token}}", // TODO: search-only key in the app
      stripeSecretForTesting: "{{stripe}}",
      sentryDsn: "https://{{md5}}@sentry.example.com/14",
    },
  },
};"""),
    ("en", """\
<?php
// app/etc/env.php (Magento 2) – copied from prod for a staging refresh, ticket {{ticket}}
return [
    'backend' => ['frontName' => 'admin_{{short_sha}}'],
    'crypt' => ['key' => '{{token}}'],
    'db' => [
        'connection' => [
            'default' => [
                'host' => '{{hostname}}',
                'dbname' => 'magento',
                'username' => '{{username}}',
                'password' => '{{password}}',
            ],
        ],
    ],
    'MAGE_MODE' => 'production',
];"""),
    ("en", """\
# payroll_upload.py – pushes the approved pay file to the payroll bureau
import requests

BUREAU_URL = "https://api.payroll-bureau.example/v2/payruns"
AUTH = ("{{username}}", "{{password}}")
SLACK_HOOK = "{{slack_hook}}"

def upload(run_id: str, csv_path: str) -> None:
    with open(csv_path, "rb") as fh:
        r = requests.post(f"{BUREAU_URL}/{run_id}/files", auth=AUTH, files={"file": fh}, timeout=60)
    r.raise_for_status()
    requests.post(SLACK_HOOK, json={"text": f"pay run {run_id} uploaded ({r.json()['checksum']})"})

upload("{{invoice}}", "{{path}}")"""),
    ("en", """\
# pms-integration/values.yaml – hotel PMS ↔ channel manager bridge
pms:
  baseUrl: https://{{hostname}}/ohip
  clientId: channel-bridge
  clientSecret: "{{token}}"
  hotelCodes: [BER01, MUC02]
  enterpriseUser: "{{username}}"
  enterprisePassword: "{{password}}"
channelManager:
  apiKey: "{{token2}}"
image: registry.internal/pms-bridge@{{digest}}"""),
    ("en", """\
~~~ Running global checkout hook
$ git clone -v -- https://oauth2:{{gitlab}}@gitlab.example.com/retail/pos-firmware.git .
Cloning into '.'...
POST git-upload-pack (175 bytes)
~~~ Running commands
$ make release VERSION={{version}}
build: sha {{sha}}
🚨 Error: The command exited with status 2
agent: {{hostname}} · job {{uuid}}"""),
    ("de", """\
; kasse.ini – Zahlungsterminal-Anbindung Filiale {{ticket}}
[Terminal]
TerminalID={{serial}}
Host={{ip}}
Port=20007
Passwort={{password}}

[Zahlungsdienstleister]
; API-Schlüssel nur für Storno und Tagesabschluss
ApiKey={{token}}
Webhook={{slack_hook}}
; Softwarestand {{version}}"""),
    ("de", """\
# ~/.snowsql/config – bitte nicht ins Team-Wiki kopieren
[connections.reporting]
accountname = acme-eu1
username = {{username}}
password = {{password}}
warehousename = REPORTING_WH
dbname = FINANZEN
rolename = CONTROLLING

[options]
log_file = {{path}}
# Fehler seit Update auf {{version}}: 250001 (08001): Failed to connect to DB"""),
    ("fr", """\
# settings.py – veille tarifaire (Scrapy), projet {{ticket}}
BOT_NAME = "veille_prix"
ROBOTSTXT_OBEY = True
DOWNLOAD_DELAY = 1.5
# proxy résidentiel payant : identifiants du compte de l'équipe pricing
PROXY_URL = "http://{{username}}:{{password}}@proxy.example.net:8000"
ITEM_PIPELINES = {"veille_prix.pipelines.PostgresPipeline": 300}
POSTGRES_DSN = "postgresql://scraper:{{password2}}@{{hostname}}/prix"
SENTRY_DSN = "https://{{md5}}@sentry.example.com/7"  # version {{version}}"""),
    ("fr", """\
<?php
// config/lti.php – outil d'évaluation intégré à l'ENT (LTI 1.3)
return [
    'issuer'        => 'https://ent.example.edu',
    'client_id'     => '{{uuid}}',
    'deployment_id' => '{{short_sha}}',
    'keyset_url'    => 'https://ent.example.edu/mod/lti/certs.php',
    // clé privée de l'outil (à déplacer dans le coffre avant la rentrée)
    'private_key'   => <<<KEY
{{private_key}}
KEY,
    'admin_mail'    => '{{internal_email}}',
];"""),
    ("es", """\
// config/production.js – motor de reservas
module.exports = {
  port: 8080,
  redis: { host: "{{hostname}}", port: 6379, password: "{{password}}" },
  pagos: {
    stripeSecretKey: "{{stripe}}",
    webhookSecret: "whsec_{{token}}",
  },
  correo: { usuario: "{{email}}", clave: "{{password2}}" },
  version: "{{version}}", // ticket {{ticket}}
};"""),
    ("it", """\
# terraform.tfvars – ambiente dati (Snowflake), non versionare
snowflake_account  = "acme-eu1"
snowflake_user     = "{{username}}"
snowflake_password = "{{password}}"
snowflake_role     = "SYSADMIN"
warehouse_size     = "XSMALL"
# chiave per il service user di Fivetran (rotazione prevista per il ticket {{ticket}})
fivetran_private_key = <<EOT
{{private_key}}
EOT
tag_commit = "{{short_sha}}\""""),
]

PROSE = [
    ("en", """\
Store card application – credit decision

Applicant: {{name}}
Date of birth: {{dob}}
Application ID: {{uuid}}
Decision: approved, initial limit 1,500 (bureau score band B)
Card account: {{account}}
Welcome pack and cardholder agreement version {{version}} sent to {{email}}."""),
    ("en", """\
Buy-now-pay-later dispute – merchant response needed

Customer {{name}} (customer no. {{account}}) disputes instalment 2 of 4 for order {{invoice}}, saying
the jacket was returned on {{date}}. Return tracking {{tracking}} shows delivered to the warehouse.
Please upload the refund proof within 10 days; case {{ticket}}, handled by {{username}}."""),
    ("en", """\
Bereavement notification – estates team

Deceased customer: {{name}}, born {{dob_words}}
Accounts held: current account {{account}}, savings {{account2}}
Notified by: {{name2}} (executor), contact {{phone}}
Death certificate sighted on {{date}}; accounts frozen, direct debits cancelled except funeral plan.
Case {{ticket}} – next step: grant of probate."""),
    ("en", """\
Change of beneficiary – group life policy

Member: {{name}}, member ID {{account}}, DOB {{dob}}
New primary beneficiary: {{name2}} (spouse), 100%
Previous designation dated {{date}} is revoked.
Received via HR portal from {{internal_email}}; processed under policy {{ticket}}, form rev. {{version}}."""),
    ("en", """\
Exam accommodation request – disability services

Student: {{name}}
Student ID: {{account}}
Date of birth: {{dob_iso}}
Approved: 50% extra time and a separate room for all written exams this term; use of a laptop
without internet. Letter sent to instructors of courses listed in ticket {{ticket}}.
Questions to the accessibility office ({{internal_email}})."""),
    ("en", """\
Loyalty fraud investigation – points redemption anomaly

Member: {{name}} (tier Platinum), member no. {{account}}
Login: {{username}}, last password reset on {{date}} from IP {{ip}}
Finding: 240,000 points redeemed for gift cards within 40 minutes, shipped to a new e-mail
{{email}}. Account locked, case {{ticket}}; points reinstated pending review."""),
    ("en", """\
Traveller profile update – corporate booking tool

Traveller: {{name}} ({{job}})
Date of birth (as on passport): {{dob}}
Known traveller number: {{account}}
Seat preference: aisle; meal: vegetarian
Updated by the travel desk on request {{ticket}}; confirmation sent to {{email}}."""),
    ("en", """\
Final pay calculation – involuntary termination

Employee: {{name}}, employee no. {{account}}, DOB {{dob}}
Last day worked: {{date}}
Final pay includes: 6.5 days accrued PTO, pro-rated commission (plan {{version}}), no severance.
Deposit to the account on file; paper statement to the home address. Prepared by {{username}},
reviewed under HR case {{ticket}}."""),
    ("en", """\
Data-quality incident DQ-{{short_sha}} – expectation failed: expect_column_values_to_match_regex

Table: analytics.dim_customer   Run: {{uuid}}   Severity: high
Failing sample row: customer_id={{account}}, birth_date={{dob_iso}}, login={{username}},
contact={{email}}
Cause: the CRM export started writing birth dates as text; fixed in {{product}} mapping {{version}}.
Owner notified via {{ticket}}."""),
    ("en", """\
Account deletion request – in-app (privacy)

User: {{username}} ({{email}})
Registered name: {{name}}
Birthday on profile: {{dob_words}}
Device: app {{version}}, install id {{uuid}}
Status: deletion scheduled after the 30-day grace period; subscription already cancelled.
Ticket {{ticket}}."""),
    ("de", """\
Vermögenswirksame Leistungen – neuer Vertrag

Mitarbeiterin: {{name}}, Personalnummer {{account}}
Geburtsdatum: {{dob}}
Anlageform: Bausparvertrag, Vertragsnummer {{ticket}}
Arbeitgeberzuschuss 40,00 EUR monatlich ab {{date}}, Überweisung auf {{iban}}.
Erfasst von {{username}} in der Entgeltabrechnung."""),
    ("de", """\
Antrag Berufsunfähigkeitsversicherung – Vermerk Antragsprüfung

Versicherte Person: {{name}}, geb. {{dob_words}}
Beruf: {{job}}
Kundennummer: {{account}}
Gesundheitsfragen: Rückenbeschwerden vor drei Jahren angegeben; Arztbericht angefordert.
Risikoprüfung ergänzt am {{date}}, Vorgang {{ticket}}, Sachbearbeitung {{first}} {{last}}."""),
    ("fr", """\
Procuration sur compte – saisie en agence

Titulaire du compte : {{name}}, né le {{dob}}
Compte : {{account}}
Mandataire : {{name2}}, née le {{dob2}}
Type : procuration générale, durée indéterminée
Pièces d'identité vérifiées le {{date}} ; dossier {{ticket}} saisi par {{username}}."""),
    ("fr", """\
Dossier de bourse sur critères sociaux – vérification

Étudiant : {{name}}
Date de naissance : {{dob_words}}
N° de dossier : {{account}}
Échelon attribué : 4 ; versement mensuel sur le compte {{iban}}.
Justificatif d'inscription reçu le {{date}}. Contact : {{email}}. Référence {{ticket}}."""),
    ("es", """\
Parte de entrada de viajeros – registro para la Policía

Establecimiento: {{company}}
Viajero: {{name}}
Fecha de nacimiento: {{dob}}
Documento: pasaporte, número registrado en el sistema (ref. {{account}})
Fecha de entrada: {{date}}, habitación 312
Comunicación enviada el mismo día, lote {{ticket}}; recepcionista {{username}}."""),
    ("it", """\
Cessione del quinto dello stipendio – comunicazione al datore di lavoro

Dipendente: {{name}}, nato il {{dob}}
Matricola: {{account}}
Rata mensile: 285,00 euro per 120 mesi, finanziaria {{company}}
Decorrenza: dal cedolino di {{date_words}}; pratica {{ticket}}.
Referente ufficio paghe: {{internal_email}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
