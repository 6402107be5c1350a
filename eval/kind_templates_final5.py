"""FINAL5 templates of the generalisation corpus kinds (eval.kinds), for the `final5` split.

Written by a helper session after the final4 split had been scored once, without ever running the
detection engine on them or reading its code or any split's misses: only the labelled texts
themselves were generated and read. Never to be tuned on: the lead scores them once
(`python -m eval --split final5`). They imitate what employees of US and EU enterprises paste into an
LLM at work: support macros, court filings and hearing transcripts, commit trailers, Slack user and
message exports, press-release contacts, real-estate listings and viewing texts, onboarding mails,
purchase requisitions, cover letters, school letters and class chats, register footers, fiscal and
PEC signatures; car rental agreements, bills of lading, psql expanded rows, claim intake mails,
service instructions, mail-merge sheets, discharge arrangements, mailroom logs, service-charge
statements, dunning applications, accident reports, housing and residence certificates, traffic
fines; Zoom chats, ServiceNow work notes, SBAR handovers, GitHub issue threads, shift handovers,
council, works-council and condominium minutes; GitHub Actions logs, helm --set lines, Dockerfiles,
Postgres server logs, kubectl describe, .netrc, Postman environments, Jenkins consoles, Airflow
connections, Celery configs, SFTP requests, crontabs, wp-config.php and rclone.conf; bank
reconciliations, right-to-work checks, GDPR erasure tickets, visa letters, immunisation records,
tenant applications, lab results, pension transfers, nursery and school enrolments, sick notes,
employer certificates, airline claims and pension-fund forms. Ordinary text surrounds the values
(amounts, order, ticket and invoice numbers, versions, hashes, hostnames, paths, companies, job
titles) so that over-redaction is measured as well as recall.

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
Macro applied: "Refund approved – card" (macro id 36001482113)

Hi {{first2}},

Good news: the refund for order {{invoice}} has been approved and will reach your card within 5–7
business days. The reference for your bank is {{uuid}}.

If anything looks off, just reply to this e-mail and it lands straight back with me.

Warm regards,
{{first}} {{last}}
{{job}}, {{dept}} | {{company}}
Direct: {{phone}} · Mon–Fri 8:00–16:30 CET
{{email}}"""),
    ("en", """\
Respectfully submitted,

/s/ {{first}} {{last}}
{{first}} {{last}}
{{company}}
Telephone: {{phone}}
Facsimile: {{local7}}
Email: {{email}}

Attorneys for Plaintiff {{company2}}

Dated: {{date}}                                   Case No. 3:25-cv-01187-JSC"""),
    ("en", """\
Please tidy up the sign-off trailers on this commit message, the second author is missing an e-mail:

fix(billing): round VAT per line instead of per invoice

Closes {{ticket}}. Regression from {{short_sha}}, released in {{version}}.

Reviewed-by: {{name}} <{{email}}>
Co-authored-by: {{name2}} <{{internal_email2}}>
Co-authored-by: {{name3}}
Signed-off-by: {{name4}} <{{email4}}>"""),
    ("en", """\
{
  "id": "U04QH7ZK2LM",
  "team_id": "T01B5GQ9A7X",
  "deleted": false,
  "real_name": "{{first}} {{last}}",
  "profile": {
    "title": "{{job}}",
    "phone": "{{intl}}",
    "display_name": "{{first_lc}}",
    "status_text": "In a workshop until 3pm",
    "email": "{{email}}",
    "image_72": "https://avatars.example.com/{{md5}}_72.jpg"
  },
  "tz": "Europe/Brussels"
}"""),
    ("en", """\
MEDIA CONTACT
{{first}} {{last}}
{{job}}, {{company}}
{{phone}} | {{email}}

INVESTOR RELATIONS
{{first2}} {{last2}}
{{intl2}}

About {{company}}: founded in 1998, the group runs 41 distribution centres in nine countries and
reported revenue of EUR 2.3 billion in fiscal 2024. Release reference PR-{{ticket}}."""),
    ("en", """\
Listed by:
{{first}} {{last}}, REALTOR®
{{company}}
Cell {{phone}}  ·  Office {{ext}}
{{email}}

3 bed · 2 bath · 1,840 sq ft · built 1994 · HOA $210/mo · MLS# 22-417739
Open house Saturday 1–3 pm. Offers reviewed on {{date}}."""),
    ("en", """\
Welcome aboard! Your first day is {{date_words}}. Please bring a photo ID and your signed contract.

Your onboarding buddy is {{first2}} {{last2}} ({{job2}}); they will meet you in reception at 9:00.
Laptop asset tag: {{serial}}.

See you soon,

{{first}} {{last}}
People Partner · {{dept}}
{{company}}
T {{phone}}  |  {{internal_email}}"""),
    ("en", """\
PURCHASE REQUISITION {{invoice}}      Cost centre 4410-OPS      Total EUR 18,240.00

Requested by:  {{name}}, {{job}}
Approved by:   {{first2}} {{last2}}
               {{job2}}
               {{company}}
               Tel. {{phone2}}  Mobile {{e164}}
               {{email2}}
Approval date: {{date}}   Workflow {{uuid}}"""),
    ("en", """\
Thanks for considering my application. I'm available for a call any weekday after 4pm my time.

Kind regards,

{{first}} {{last}}
{{street}}, {{townline}}
{{phone}}
{{email}}
linkedin.com/in/{{first_lc}}-{{last_lc}}-4b1a7"""),
    ("en", """\
{{name}}
Head of Year 9 · {{company}}
School office: {{phone}} (term time, 8:15–16:00)
{{email}}

Please do not reply to this address during the half-term break; for safeguarding concerns call the
duty line above. Reference: letter {{ticket}}."""),
    ("de", """\
Mit besten Grüßen

{{first}} {{last}}
{{job}}

{{company}}
Tel.: {{phone}}
Mobil: {{intl}}
E-Mail: {{email}}

Sitz der Gesellschaft: {{city}} · Registergericht: Amtsgericht {{city}}, HRB 118842
Geschäftsführer: {{name2}}, {{name3}} · USt-IdNr.: {{vat}}"""),
    ("de", """\
Liebe Eltern der Klasse 4b,

der Wandertag wird auf {{date}} verschoben. Bitte geben Sie Ihrem Kind festes Schuhwerk und ein
Lunchpaket mit.

Mit freundlichen Grüßen

{{first}} {{last}}
Klassenleitung 4b

Sekretariat: {{phone}} · Fax {{local7}}
{{email}}"""),
    ("fr", """\
Votre conseillère :
{{first}} {{last}}
{{job}} – agence de {{city}}
{{company}}
Ligne directe : {{phone}}
Portable : {{intl}}
{{email}}

Appartement T3, 68 m², 3e étage avec ascenseur, DPE C, loyer 1 240 € charges comprises.
Référence du bien : {{ticket}}"""),
    ("fr", """\
Je vous prie d'agréer, Maître, l'expression de mes sentiments confraternels.

{{first_uc}} {{last_uc}}
Avocat au Barreau de {{city}}
{{company}}
{{street}}
{{townline}}
Tél. : {{phone}}
Courriel : {{email}}
N/Réf. : {{ticket}} – V/Réf. : {{invoice}}"""),
    ("es", """\
Quedo a la espera de la documentación del trimestre para presentar el modelo 303.

Un cordial saludo,

{{first}} {{last}}
Asesor fiscal · {{company}}
Tel. {{phone}} | Móvil {{e164}}
{{email}}
CIF del despacho: {{vat}}"""),
    ("it", """\
Resto a disposizione per qualsiasi chiarimento sulla dichiarazione.

Dott. {{first}} {{last}}
{{job}}
{{company}}
Tel. {{phone}} – Cell. {{intl}}
E-mail: {{email}}
P.IVA {{vat}}

Questo messaggio è inviato da una casella PEC; le risposte a indirizzi non PEC non vengono lette."""),
]

ADDRESS = [
    ("en", """\
RENTAL AGREEMENT RA-{{ticket}}            Branch: Airport T2          Vehicle: VW Golf, reg. on file

RENTER
{{name}}
{{street}}
{{townline}}
{{country}}

Pick-up {{date}} 09:30 · Return {{date2}} 18:00 · Fuel full/full · Odometer out 48 213 km
Additional driver: {{name2}}      Deposit hold: EUR 300.00 (auth code 004417)"""),
    ("en", """\
BILL OF LADING No. {{tracking}}                 Vessel/Voyage: MSC ANNA / 418W

SHIPPER
{{company}}
{{street}}
{{townline}}, {{country}}

CONSIGNEE
{{name2}}
{{street2}}
{{townline2}}

NOTIFY PARTY: same as consignee
Container {{serial}} · 14 pallets · gross 9 840 kg · HS code 8471.30"""),
    ("en", """\
Hi team, the new starter's laptop needs to go to her home, not the office. Details from the HR
onboarding checklist:

- [x] Contract signed ({{date}})
- [x] Badge photo received
- [ ] Laptop shipped – asset {{serial}}, deliver to:
      {{name}}
      {{street}}
      {{unit}}
      {{townline}}
- [ ] {{product}} account (ticket {{ticket}})"""),
    ("en", """\
crm=> \\x
Expanded display is on.
crm=> SELECT * FROM contacts WHERE contact_id = 884120;
-[ RECORD 1 ]---+------------------------------------
contact_id      | 884120
full_name       | {{name}}
mailing_street  | {{street}}
mailing_town    | {{townline}}
mailing_country | {{country}}
segment         | SMB
created_at      | {{timestamp}}
owner_id        | {{uuid}}"""),
    ("en", """\
From: Claims Intake (shared mailbox)
Subject: New claim {{ticket}} – escape of water

Policy: HOME-PLUS · Loss date: {{date}} · Reserve: USD 6,500.00

Loss location (insured property):
{{street}}
{{townline}}

Correspondence address (insured is staying with family during repairs):
{{name}}
c/o {{name2}}
{{street2}}
{{townline2}}"""),
    ("en", """\
SUMMONS – SERVICE INSTRUCTIONS                     Case No. 24-CV-00917

Defendant to be served:
{{name_uc}}
{{street_uc}}
{{townline_uc}}

Alternate address (place of employment):
{{company}}
{{street2}}, {{townline2}}

Attempts: 1) {{date}} 18:40 no answer  2) {{date2}} 07:15 no answer. Process server ID 2291."""),
    ("en", """\
Can you turn this mail-merge sheet into address labels (Avery L7160, 3 across)?

Title | Name | Line 1 | Line 2 | Postal line | Country
Ms | {{name}} | {{street}} | {{unit}} | {{townline}} | {{country}}
Mr | {{name2}} | {{street2}} | | {{townline2}} | {{country}}
Dr | {{name3}} | {{company3}} | {{street3}} | {{townline3}} | {{country}}"""),
    ("en", """\
DISCHARGE ARRANGEMENTS

Discharge destination: own home (lives alone, key safe fitted)
{{street}}
{{townline}}

Community nursing referral sent {{date}}; first visit expected within 48 h.
Transport: hospital car, booking {{ticket}}. Next of kin informed: {{name}}, {{phone}}."""),
    ("en", """\
MAILROOM LOG – returned items, week 27

RTS-0418  {{tracking}}  addressed to:
          {{name}}
          {{pobox}}
          {{townline}}
          reason: box closed, no forwarding address

RTS-0419  {{tracking2}}  addressed to:
          {{name2}}
          {{street2}}
          {{townline2}}
          reason: refused by recipient"""),
    ("en", """\
# Speaker reimbursement – {{product}} Summit
Please post the cheque for travel costs (EUR 412.60, receipts attached, claim {{invoice}}) to the
speaker's home address rather than the university:

**{{name}}**
{{street}}
{{townline}}
{{country}}

Questions to the events desk, quoting claim {{invoice}}."""),
    ("de", """\
Betriebskostenabrechnung {{date_words}}
Abrechnungszeitraum 01.01.–31.12.

Mieterin:
{{name}}
{{street}}
{{unit}}
{{townline}}

Objekt-Nr. 4471/12 · Wohnfläche 74,3 m² · Vorauszahlungen 2.160,00 € · Nachzahlung 138,42 €
Bitte überweisen Sie den Betrag bis zum {{date}} unter Angabe der Rechnungsnummer {{invoice}}."""),
    ("de", """\
Antrag auf Erlass eines Mahnbescheids – Entwurf, bitte prüfen

Antragsteller: {{company}}, {{street}}, {{townline}}
Antragsgegner:
  {{name2}}
  {{street2}}
  {{townline2}}

Hauptforderung: Rechnung {{invoice}} vom {{date}}, 1.482,50 €
Geschäftszeichen: {{ticket}}"""),
    ("fr", """\
CONSTAT AMIABLE – transcription pour le gestionnaire sinistre

Véhicule A – conducteur : {{name}}
Adresse : {{street}}, {{townline}}
Véhicule B – conducteur : {{name2}}
Adresse : {{street2}}
          {{townline2}}

Lieu de l'accident : rond-point de la zone commerciale, le {{date}} vers 17 h 40.
Dossier {{ticket}} – expertise demandée."""),
    ("fr", """\
ATTESTATION D'HÉBERGEMENT

Je soussigné(e) {{name}}, demeurant
{{street}}
{{townline}}
atteste sur l'honneur héberger à mon domicile {{name2}} depuis le {{date}}.

Fait pour servir et valoir ce que de droit. Pièce jointe : justificatif de domicile, facture {{invoice}}."""),
    ("es", """\
CERTIFICADO DE EMPADRONAMIENTO – solicitud {{ticket}}

Titular: {{name}}
Domicilio: {{street}}
{{townline}}
Fecha de alta en el padrón: {{date}}

Se expide a efectos de: matriculación escolar. Código de verificación {{md5}}."""),
    ("it", """\
VERBALE DI ACCERTAMENTO DI VIOLAZIONE n. {{ticket}}

Trasgressore / obbligato in solido:
{{name}}
{{street}}
{{townline}}

Veicolo targato a sistema, rilevazione del {{date}} ore 08:52, velocità 67 km/h (limite 50).
Importo ridotto se pagato entro 5 giorni: 29,40 €. Codice avviso PagoPA {{invoice}}."""),
]

DIALOGUE = [
    ("en", """\
[
  {"type": "message", "user": "U03KX91", "user_name": "{{username}}", "ts": "1717412201.004519",
   "text": "@channel {{name}} from {{company}} is visiting Thursday, can someone host her at 10?"},
  {"type": "message", "user": "U05PL22", "user_name": "{{username2}}", "ts": "1717412263.004911",
   "text": "I can. Does {{first2}} {{last2}} still have the visitor badges?"},
  {"type": "message", "user": "U03KX91", "user_name": "{{username}}", "ts": "1717412301.005002",
   "text": "yes, ask him, he's on {{local7}} today"}
]"""),
    ("en", """\
09:58:12 From {{first}} {{last}} to Everyone:
	Can everyone see my screen?
09:58:40 From {{first2}} {{last2}} to Everyone:
	yes 👍
09:59:03 From {{first3}} {{last3}} to {{first}} {{last}} (Direct Message):
	sorry, have to drop at 10:30 – can {{name4}} present the Q2 numbers instead?
10:01:27 From {{first2}} {{last2}} to Everyone:
	Slides: https://share.example.com/s/{{short_sha}}"""),
    ("en", """\
Work notes – {{ticket}} (Incident, P3, Assignment group: {{dept}})

{{timestamp}} – {{name}} (Work notes)
Called the user back. {{name2}} confirms the VPN client drops every 20 minutes since update {{version}}.

{{timestamp2}} – {{name3}} (Work notes)
Same symptom reported by {{first4}} {{last4}} in the Lyon office. Linking to problem PRB0041187.

{{timestamp3}} – {{name}} (Additional comments, visible to caller)
Hi {{first2}}, a fix is being rolled out tonight; please reboot tomorrow morning."""),
    ("en", """\
THE COURT: Please state your full name for the record.
THE WITNESS: {{first}} {{last}}.
THE COURT: Thank you. Counsel, you may proceed.
MR. {{last2_uc}}: Ms. {{last}}, where were you employed in March of last year?
THE WITNESS: At {{company}}, as {{job}}.
MR. {{last2_uc}}: And who was your direct supervisor?
THE WITNESS: {{name3}}. She left the company in the summer.
MR. {{last2_uc}}: Nothing further, Your Honor."""),
    ("en", """\
SBAR handover – ward 7B, night shift → day shift

S: Bed 12, {{name}}, post-op day 2, pain controlled.
B: Admitted via ED under {{name2}}; daughter {{first3}} is the main contact, {{phone}}.
A: Obs stable, NEWS 1. Mobilised with physio ({{first4}}) twice.
R: Discharge planning meeting at 11:00, please bleep {{first2}} if drain output > 100 ml."""),
    ("en", """\
Texts with the buyers re: viewing on Saturday

Me: Hi {{first}}, it's {{first2}} from {{company}}. Still OK for 11:15 at the house?
{{first}}: Yes! My partner {{name3}} will come too, is that ok?
Me: Of course. The vendor, {{name4}}, will be out, I'll have the keys.
{{first}}: Great. If we're late I'll call you on {{local7}}"""),
    ("en", """\
**{{username}}** commented {{date_words}}

Still reproducible on {{version}}. Stack trace is identical to the one {{name}} posted above.

---

**{{username2}}** commented {{date_words2}}

@{{username}} could you try with `--no-cache`? {{first3}} {{last3}} from the {{product}} team says the
regression came in with {{short_sha}}.

---

**{{username}}** commented {{date_words3}}

That fixed it, thanks! Closing in favour of {{ticket}}."""),
    ("en", """\
Messages – Class 3 Willow

Ms {{last}} (teacher), 15:42: Hello! Reminder that the library trip is tomorrow, packed lunch please.
{{first2}}'s dad ({{name3}}), 16:05: Thanks. {{first2}} has a dentist appointment at 2, I'll collect
her from the office.
Ms {{last}} (teacher), 16:11: No problem, I'll let the office know. Reception is {{phone}}."""),
    ("en", """\
CALL LOG – counter incident, branch DUB-T1, {{date}}

14:05 Customer {{name}} phoned: the rental car (agreement RA-{{invoice}}) has a flat tyre on the M50.
14:07 Transferred to roadside partner, job ref {{ticket}}.
14:31 Partner driver {{first2}} called back: ETA 35 min; customer's mobile {{e164}}.
15:20 {{first}} {{last}} confirmed swap to a replacement vehicle. Closed by {{username}}."""),
    ("en", """\
Meeting minutes – Works council liaison, {{date_words}}

Present: {{name}} (chair), {{name2}}, {{name3}}, {{first4}} {{last4}} (minutes)
Apologies: {{name5}}

1. Shift rota Q3 – {{first2}} reported that the night shift is understaffed by four FTE.
2. Canteen – {{first3}} will ask {{company}} for a revised quote (currently EUR 5.40 per meal).
3. AOB – none. Next meeting in four weeks."""),
    ("de", """\
Übergabeprotokoll Spätschicht → Nachtschicht, Leitstand Halle 3

{{first}} {{last}}: Linie 2 steht seit 21:10, Störung am Etikettierer, Ticket {{ticket}}.
{{first2}} {{last2}}: Verstanden. Ist der Instandhalter informiert?
{{first}} {{last}}: Ja, {{name3}} kommt um 23 Uhr, erreichbar unter {{phone}}.
{{first2}} {{last2}}: Gut, dann fahren wir Linie 1 mit Charge {{serial}} weiter."""),
    ("de", """\
Kommentare zu {{ticket}} – „Rechnungskorrektur Kunde {{company}}"

{{name}} – {{timestamp}}
@{{first2}} {{last2}} kannst du die Gutschrift über 312,00 € freigeben? Der Kunde hat doppelt gezahlt.

{{first2}} {{last2}} – {{timestamp2}}
Freigegeben. Bitte {{name3}} aus der Buchhaltung in CC, sie bucht das heute noch."""),
    ("fr", """\
SMS – visite appartement rue des Tanneurs

{{first}} : Bonjour, c'est {{first}} {{last}}, je suis devant l'immeuble, quel est le code ?
Agence ({{first2}}) : Bonjour ! J'arrive dans 5 min, je suis avec {{name3}}, l'autre candidate.
{{first}} : D'accord. Mon garant sera {{name4}}, je vous envoie son dossier ce soir.
Agence ({{first2}}) : Parfait, vous pouvez aussi m'appeler au {{phone}}."""),
    ("fr", """\
Procès-verbal du conseil de classe – 2nde 4, 1er trimestre

Présents : {{name}} (présidente), {{name2}} (professeur principal), {{name3}} (CPE),
{{first4}} {{last4}} et {{first5}} {{last5}} (délégués des élèves).

{{first2}} {{last2}} signale une classe agréable mais bavarde. Moyenne générale : 12,4.
Mme {{last}} propose un entretien avec la famille de l'élève concerné(e) avant les vacances."""),
    ("es", """\
Comunidad Edificio Los Olmos 🏢

[{{clock}}] {{first}} {{last}}: Buenas, ¿alguien sabe quién ha dejado el coche en la plaza 14?
[{{clock2}}] {{first2}} (3ºB): Creo que es del hijo de {{name3}}, el del 1ºA.
[{{clock3}}] {{first}} {{last}}: Gracias. El administrador, {{name4}}, dice que llamemos al {{phone}}.
[{{clock4}}] {{first2}} (3ºB): 👍 Por cierto, la derrama de 180 € se cobra el día 5."""),
    ("it", """\
VERBALE DI ASSEMBLEA CONDOMINIALE – {{date}}

Presiede l'assemblea {{name}}; funge da segretario {{name2}}.
Sono presenti i condomini {{name3}}, {{name4}} e, per delega, {{first5}} {{last5}}.

Punto 1 – Rifacimento facciata: l'amministratore {{first2}} {{last2}} illustra i preventivi
(48.300 € e 52.900 €). Approvato il primo con 612 millesimi.
Punto 2 – Varie: {{first3}} chiede di anticipare la pulizia delle scale al lunedì."""),
]

CODE = [
    ("en", """\
2025-06-18T07:41:09.2210034Z ##[group]Run docker login registry.example.com -u {{username}} -p {{password}}
2025-06-18T07:41:09.2211870Z docker login registry.example.com -u {{username}} -p {{password}}
2025-06-18T07:41:09.2213001Z shell: /usr/bin/bash -e {0}
2025-06-18T07:41:09.2213412Z ##[endgroup]
2025-06-18T07:41:09.5310771Z WARNING! Using --password via the CLI is insecure. Use --password-stdin.
2025-06-18T07:41:10.0127745Z Login Succeeded
2025-06-18T07:41:10.0451920Z ##[group]Run docker push registry.example.com/payments/api:{{short_sha}}
2025-06-18T07:41:14.8821001Z {{short_sha}}: digest: {{digest}} size: 2417"""),
    ("en", """\
why does this helm upgrade not pick up the new key? the pod still logs 401.

$ helm upgrade --install checkout ./charts/checkout -n shop \\
    --set image.tag={{version}} \\
    --set env.STRIPE_SECRET_KEY={{stripe}} \\
    --set env.SENTRY_RELEASE={{sha}} \\
    --set-string env.SMTP_PASSWORD='{{password}}'
Release "checkout" has been upgraded. Happy Helming!
REVISION: 57"""),
    ("en", """\
# Dockerfile
FROM python:3.12-slim AS build
ARG PIP_EXTRA_INDEX_URL=https://{{username}}:{{token}}@pypi.corp.example/simple
ENV OPENAI_API_KEY={{openai}}
WORKDIR /srv/app
COPY requirements.lock .
RUN pip install --no-cache-dir -r requirements.lock
COPY . .
LABEL org.opencontainers.image.revision="{{sha}}" org.opencontainers.image.version="{{version}}"
CMD ["gunicorn", "app.wsgi", "-w", "4"]"""),
    ("en", """\
{{timestamp}} UTC [41877] LOG:  connection received: host={{ip}} port=53114
{{timestamp2}} UTC [41877] FATAL:  password authentication failed for user "{{username}}"
{{timestamp2}} UTC [41877] DETAIL:  Connection matched pg_hba.conf line 98: "hostssl all all all scram-sha-256"
{{timestamp3}} UTC [41902] LOG:  statement: ALTER ROLE {{username}} WITH PASSWORD '{{password}}';
{{timestamp3}} UTC [41902] LOG:  duration: 0.412 ms"""),
    ("en", """\
$ kubectl describe pod ledger-worker-7d9c5b8f6-q2kzn -n finance
Name:             ledger-worker-7d9c5b8f6-q2kzn
Namespace:        finance
Node:             {{hostname}}
Controlled By:    ReplicaSet/ledger-worker-7d9c5b8f6
Containers:
  worker:
    Image:          registry.example.com/finance/ledger@{{digest}}
    Environment:
      AWS_ACCESS_KEY_ID:      {{aws_key}}
      AWS_SECRET_ACCESS_KEY:  {{aws_secret}}
      LEDGER_BUILD:           {{version}}
      TRACE_ID_SEED:          {{uuid}}"""),
    ("en", """\
cat ~/.netrc ~/.git-credentials
machine api.github.com
  login {{username}}
  password {{github}}
machine gitlab.example.com
  login {{username2}}
  password {{gitlab}}
https://{{username}}:{{github}}@github.com"""),
    ("en", """\
{
  "id": "{{uuid}}",
  "name": "billing-sandbox",
  "values": [
    {"key": "baseUrl", "value": "https://sandbox.billing.example.com/v2", "enabled": true},
    {"key": "apiKey", "value": "{{token}}", "type": "secret", "enabled": true},
    {"key": "accessToken", "value": "{{jwt}}", "type": "secret", "enabled": true},
    {"key": "testCustomerId", "value": "cus_{{short_sha}}", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.2.14"
}"""),
    ("en", """\
Started by timer
Running on {{hostname}} in /var/lib/jenkins/workspace/nightly-reports
[nightly-reports] $ /bin/sh -xe /tmp/jenkins1184421.sh
+ python export_reports.py --since {{date}}
exported 1 482 rows, checksum {{md5}}
+ curl -s -X POST -H 'Content-type: application/json' --data '{"text":"nightly export done"}' {{slack_hook}}
ok
Finished: SUCCESS"""),
    ("en", """\
$ airflow connections get warehouse_rw -o yaml
- conn_id: warehouse_rw
  conn_type: postgres
  description: nightly loads, owner {{dept}}
  host: {{hostname}}
  login: {{username}}
  password: {{password}}
  port: 5432
  schema: analytics
  get_uri: postgres://{{username}}:{{password}}@{{hostname}}:5432/analytics"""),
    ("en", """\
# celeryconfig.py
broker_url = "amqp://{{username}}:{{password}}@rabbitmq.internal:5672/orders"
result_backend = "redis://:{{token}}@redis.internal:6379/3"
task_default_queue = "orders"
worker_prefetch_multiplier = 1
# anthropic key for the summariser task
ANTHROPIC_API_KEY = "{{anthropic}}"
CELERY_BUILD = "{{version}}"  # {{sha}}"""),
    ("de", """\
Hallo Service Desk,

bitte für den Lieferanten {{company}} einen SFTP-Zugang einrichten (Ticket {{ticket}}):

Host: {{hostname}}
Port: 22
Benutzer: {{username}}
Initialpasswort: {{password}}
Verzeichnis: /inbound/edi/orders
Fingerprint des Servers: SHA256:{{sha256}}

Das Passwort habe ich dem Ansprechpartner {{name}} schon telefonisch durchgegeben."""),
    ("de", """\
# crontab -l (Benutzer backup auf {{hostname}})
# m h  dom mon dow   command
15 2 * * * PGPASSWORD='{{password}}' pg_dump -h {{hostname2}} -U {{username}} erp | gzip > /backup/erp_$(date +\\%F).sql.gz
30 2 * * * AZURE_STORAGE_KEY={{azure}} az storage blob upload-batch -d backups -s /backup
45 2 * * 0 find /backup -mtime +14 -delete   # Aufbewahrung 14 Tage, Rev. {{short_sha}}"""),
    ("fr", """\
/** Réglages MySQL – wp-config.php (préproduction) */
define( 'DB_NAME', 'wp_boutique' );
define( 'DB_USER', '{{username}}' );
define( 'DB_PASSWORD', '{{password}}' );
define( 'DB_HOST', '{{hostname}}' );
define( 'AUTH_KEY',  '{{token}}' );
define( 'NONCE_SALT', '{{sha256}}' );
define( 'WP_ENVIRONMENT_TYPE', 'staging' ); // version du thème {{version}}"""),
    ("fr", """\
Bonjour, depuis ce matin notre script de synchronisation Google Maps renvoie REQUEST_DENIED.
Voici l'appel :

curl "https://maps.googleapis.com/maps/api/geocode/json?address=Lyon&key={{gcp}}"

Et la trace côté serveur ({{hostname}}) :
{{timestamp}} WARN geocode quota_exceeded request_id={{uuid}} build={{version}}
Merci de votre aide !"""),
    ("es", """\
{{timestamp}} CEST [2231] FATAL:  la autenticación password falló para el usuario «{{username}}»
{{timestamp2}} CEST [2231] DETALLE:  La conexión coincidió con la línea 102 de pg_hba.conf
# cadena que usa la aplicación de nóminas (versión {{version}}):
SQLALCHEMY_DATABASE_URI=postgresql+psycopg://{{username}}:{{password}}@{{hostname}}:5432/nominas"""),
    ("it", """\
# rclone.conf – backup documenti fatture
[archivio-s3]
type = s3
provider = AWS
access_key_id = {{aws_key}}
secret_access_key = {{aws_secret}}
region = eu-south-1

[condivisa-dipendenti]
type = webdav
url = https://cloud.example.it/remote.php/dav/files/{{username}}
user = {{username}}
pass = {{password}}
# aggiornato da {{name}} il {{date}}"""),
]

PROSE = [
    ("en", """\
Bank reconciliation – unmatched items, period 06, entity DE01

1. Credit of EUR 1,250.00 on {{date}}, remitter {{name}}, IBAN {{iban}}, reference "deposit flat 3".
   Not found in open items. Customer account {{account}} has no invoice of that amount.
2. Debit of EUR 89.90, mandate {{uuid}}, returned (MD06). Debtor {{name2}}, IBAN {{iban2}}.
3. Bank charges EUR 12.40 – post to 6855, no action.
Prepared by {{username}}; reviewed by controller, ticket {{ticket}}."""),
    ("en", """\
Right-to-work check – record of verification

Employee: {{name}}
Employee ID: {{account}}
Date of birth: {{dob}}
Document seen: passport (original), expiry checked, copy stored in the HRIS under case {{ticket}}
Checked by: {{name2}}, {{job2}}, on {{date}}
Follow-up check due: not required (no time limit)."""),
    ("en", """\
Dear Parent/Carer of {{name}},

Pupil number: {{account}} · Date of birth: {{dob_words}} · Form: 7R

Your child has been offered a place on the Year 7 residential trip ({{date_words}}). Please confirm
any medical needs to the school nurse and pay the deposit of £45 via the parent portal by
{{date}}. We will contact you at {{email}} if plans change.

Trip reference: {{invoice}}"""),
    ("en", """\
Subject: Claim {{ticket}} – documents received

Hello,

Thank you for the documents. To proceed we need to confirm the details below:

Policyholder: {{name}}
Policy number: {{account}}
Date of birth: {{dob}}
Vehicle: rental car, agreement {{invoice}}, damage to rear bumper
Preferred contact: {{phone}}

The excess of USD 500 applies. Payment will go to the account ending in the last four digits you
gave us on the phone."""),
    ("en", """\
Jira {{ticket}} · GDPR erasure request · Status: In Progress · Assignee: {{username}}

Requester: {{name}} ({{email}})
Customer ID: {{account}} · DOB given for verification: {{dob_iso}}
Systems to check: {{product}}, billing, marketing lists, backups (retention 35 days)
Note: the customer also asked us to delete the recordings of calls on {{date}}. Legal hold? → ask
{{name2}} before closing."""),
    ("en", """\
Visa invitation letter – please check before I send it to the embassy

We confirm that {{name}}, born on {{dob_words}}, employee number {{account}} of our subsidiary
{{company}}, is invited to attend the {{product}} partner conference from {{date}} to {{date2}}.
All travel and accommodation costs are covered by us. Contact for the embassy: {{name2}},
{{job2}}, {{phone2}}."""),
    ("en", """\
IMMUNISATION RECORD – occupational health

Name: {{name}}            MRN: {{mrn}}            DOB: {{dob}}
Employer: {{company}} (pre-placement screening, req. {{ticket}})

Hep B course: dose 3 given {{date}}, batch {{serial}}
Anti-HBs: 112 mIU/mL (immune)
MMR: 2 doses documented. Varicella: history of chickenpox.
Cleared for clinical duties by {{name2}}."""),
    ("en", """\
Tenant application – summary for the landlord

Applicant: {{name}}, {{job}} at {{company}}
Date of birth: {{dob}}
Current address: {{street}}, {{townline}}
Referee: {{name2}}, {{phone2}}
Deposit (5 weeks' rent, £1,730.77) to be refunded at the end of the tenancy to IBAN {{iban}}.
Credit check {{uuid}}: passed."""),
    ("en", """\
Lab results – please summarise in plain English for the patient letter

Patient {{first}} {{last}}, MRN {{mrn}}, born {{dob_iso}}
Collected {{date}}, accession {{serial}}

HbA1c 53 mmol/mol (H) | fasting glucose 7.4 mmol/L (H) | eGFR 78 | LDL 3.1 mmol/L
Requested by {{name2}}; copy to {{first}}'s practice."""),
    ("en", """\
Pension transfer out – checklist

Member: {{name}} · Membership no. {{account}} · DOB {{dob}}
Receiving scheme: {{company}}, scheme ref {{invoice}}
Transfer value: GBP 48,211.09 (guaranteed until {{date}})
Member's bank details for any residual payment: {{iban}}
Identity verified by phone on {{date2}} by {{username}}."""),
    ("de", """\
Anmeldung Kindertagesstätte – Übertrag ins Verwaltungssystem

Kind: {{name}}, geboren am {{dob}}
Betreuungsbeginn: {{date}}, Ganztag (45 Std./Woche)
Sorgeberechtigte: {{name2}} (Tel. {{phone2}}), {{name3}}
E-Mail für Elternbriefe: {{email2}}
Lastschrift Elternbeitrag von: {{iban}}
Vorgangsnummer {{ticket}}"""),
    ("de", """\
Hallo zusammen, bitte die Arbeitsunfähigkeit im Zeiterfassungssystem nachtragen:

Mitarbeiter: {{name}}, Personalnummer {{account}}
Geburtsdatum: {{dob}}
Krankenkasse: Versicherten-Nr. liegt der eAU bei
AU vom {{date}} bis {{date2}} (Erstbescheinigung)
Vorgesetzter: {{name2}}. Rückfragen bitte an {{internal_email}}."""),
    ("fr", """\
Attestation employeur destinée à France Travail – données à saisir

Salarié : {{name}}
Né(e) le : {{dob}}
Matricule : {{account}}
Emploi occupé : {{job}}, du {{date}} au {{date2}}
Motif de la rupture : fin de contrat à durée déterminée
Dernier salaire brut : 2 418,00 € – RIB du salarié : {{iban}}
Dossier suivi par {{name2}}, service paie."""),
    ("fr", """\
Dossier d'inscription – école élémentaire, rentrée de septembre

Élève : {{name}}, né(e) le {{dob_words}}
Classe demandée : CE2
Responsable légal 1 : {{name2}}, {{phone2}}, {{email2}}
Responsable légal 2 : {{name3}}
Allergies : arachide (PAI à renouveler)
N° de dossier : {{ticket}}"""),
    ("es", """\
Reclamación a la aerolínea – retraso de más de tres horas

Pasajero: {{name}}
Fecha de nacimiento: {{dob}}
Vuelo IB3172 del {{date}}
N.º de socio del programa de fidelización: {{account}}
Correo de contacto: {{email}}
Compensación solicitada: 400 € (Reglamento CE 261/2004), a abonar en la cuenta {{iban}}."""),
    ("it", """\
Modulo di adesione al fondo pensione negoziale – dati da verificare

Aderente: {{name}}
Data di nascita: {{dob}}
Matricola aziendale: {{account}}
Azienda: {{company}}
Beneficiario designato: {{name2}}
IBAN per eventuali rimborsi: {{iban}}
Pratica {{ticket}}, inserita da {{username}} il {{date}}."""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
