"""FINAL9 templates of the generalisation corpus kinds (eval.kinds), for the `final9` split.

Written by a helper session after the final7 split had been scored once, without ever running the
detection engine on them or reading its code, any results or any split's misses: only the labelled
texts themselves were generated and checked by the tests. Never to be tuned on: the lead scores them
once (`python -m eval --split final9`). They imitate what employees of US and EU enterprises paste into
an LLM at work: supplier-diversity renewals, webinar rehearsals, DPA redlines, quarterly business
reviews, change-advisory approvals, agency candidate submittals, elevator outages, Scope 3 emissions
surveys, podcast bookings, patent docketing, supplier audits, data-protection impact assessments,
appraisal invitations, HVAC maintenance quotes, safety-committee notices and subcontract paperwork;
RMA labels, trade-credit applications, certificates of origin, client gift lists, product seeding
lists, wage garnishments, home medical equipment orders, certified-mail receipts, shareholder
registers, hazardous-waste manifests, pallet pick-ups, customer-master changes, SEPA mandates, CMR
consignment notes, laboratory sample dispatch and furniture delivery records; expense-audit chats,
retention calls, bank-detail call-backs, nurse triage lines, solar-installer texts, recruiter screens,
offsite RSVP bots, mentoring notes, lost-laptop reports, WebVTT retrospective captions, window-fitter
complaints, shift swaps, renovation chats, apprenticeship screens, baggage calls and ERP support
calls; Nomad job specs, .npmrc, Android local.properties, Elixir runtime.exs, Cargo credentials,
Logstash pipelines, STS assume-role output, Traefik TOML, appsettings.json, deploy-key shell
history, pyrfc scripts, net use batch files, Dolibarr conf.php, PM2 ecosystem files,
Apps Script and Asterisk pjsip.conf; blood-donor registrations, status-match requests, hardship
withdrawals, licence verifications, radiology referrals, learning-platform exceptions, credit-union
memberships, prior authorisations, utility hardship programmes, privileged-access reviews, pension
conversions, rehabilitation admissions, works-council memberships, hospital pharmacy sheets, transit
passes and company recreation clubs. Ordinary text surrounds the values (amounts, order, ticket and
invoice numbers, versions, hashes, hostnames, paths, companies, products, job titles) so that
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
Subject: RE: Supplier diversity certificate – renewal due for vendor {{ticket}}

Hi {{first2}},

Our WBENC certification was renewed last week; the new certificate (valid through next September)
is attached, together with the updated W-9. Could you update the record in Coupa so that the
spend for PO {{invoice}} keeps counting toward your Tier 1 diversity goal?

Thanks so much,

{{first}} {{last}}
{{job}}
{{company}}
Certified Woman-Owned Business
Main {{phone}}  |  Mobile {{intl}}
{{email}}"""),
    ("en", """\
Hi all – quick logistics for Thursday's webinar dry run ("{{product}}: what's new in {{version}}").

- Rehearsal link is the same as the live one; panelists join 30 min early.
- Please use a wired connection and close Outlook to avoid pop-ups on screen share.
- Slides are frozen at deck v14; last edits to me by Wednesday noon.

If your audio drops during the live session, call the producer line and we'll patch you in by phone.

Cheers,
{{first}}
--
{{first}} {{last}} | {{job}}, Field Marketing
{{company}}
Producer line: {{phone}} · Cell: {{e164}}
{{email}}"""),
    ("en", """\
From: {{first}} {{last}} <{{email}}>
Sent: {{date}} 4:12 PM
To: Legal Ops <{{internal_email}}>
Subject: DPA redline – Annex III (technical and organisational measures)

Counsel,

Attached is our redline of the Data Processing Addendum, document ref. {{ticket}}. We accepted the
72-hour breach notice but cannot agree to on-site audits more than once per year; a SOC 2 report
should suffice otherwise. The SCCs are module two, unchanged.

Kind regards

{{first}} {{last}}
{{job}} | Privacy & Product Counsel
{{company}}
T {{phone}}
This message may contain privileged and confidential information."""),
    ("en", """\
Thanks again for the time today — recap of our QBR below.

* Adoption: 412 active seats of 500; {{product}} usage up 18% QoQ.
* Open escalations: {{ticket}} (SSO timeouts) – fix ships in {{version}}.
* Renewal: current order form {{invoice}} ends on {{date}}; we'll send a proposal two weeks out.
* Action for you: nominate an executive sponsor for the roadmap session.

Best regards,

{{name}}
Senior Customer Success Manager
{{company}} | {{dept}}
Direct: {{ext}}
Book time with me: calendly link in my profile"""),
    ("en", """\
CAB decision – change {{ticket}} (Standard, risk: medium)

Approved for the maintenance window Saturday 02:00–04:00 UTC. Rollback plan reviewed: redeploy
image {{digest}} and restore the config snapshot from {{path}}. Implementer must post start/finish in
the change thread. Emergency contact during the window is me; the NOC bridge stays open.

{{first}} {{last}}
Change Manager, IT Service Management
{{company}}
On-call: {{intl}} | Desk: {{local7}}
{{internal_email}}"""),
    ("en", """\
Candidate submittal – Req. {{ticket}} ({{job}}, hybrid, 3 days on site)

Hello {{first2}},

Please find the profile of {{name}} attached (resume, right-to-work confirmation, two references).
Rate: $92/h on W-2 through us, available with two weeks' notice. The candidate can interview
Tuesday or Wednesday afternoon; best number to reach them directly is {{phone}}.

Looking forward to your feedback,

{{name2}}
Senior Technical Recruiter
{{company}} Staffing
Cell {{e164}}
{{email}}"""),
    ("en", """\
NOTICE TO TENANTS – Elevator modernisation, cars 3 and 4

Starting on {{date}}, the two east-bank cars will be out of service for approximately six weeks while
the controller is replaced. Freight deliveries must be booked through the loading dock, reference
your work order number (e.g. {{ticket}}). Tenants needing accessibility accommodation should contact
building management directly.

{{first}} {{last}}
General Manager
{{company}} Property Services
Management office: {{phone}} · After hours: {{local7}}
{{email}}"""),
    ("en", """\
Subject: Scope 3 supplier survey – category 1 emissions ({{ticket}})

Dear supplier,

As part of our SBTi commitment we ask all strategic suppliers to report cradle-to-gate emissions for
the products we buy from you (see SKU list, file {{md5}}.xlsx). Please return the questionnaire via
the EcoVadis portal by the end of the month; primary data is preferred over spend-based estimates.

With thanks,
{{first}} {{last}}
{{job}}, Sustainable Procurement
{{company}}
{{intl}}
{{email}}"""),
    ("en", """\
Hi {{first2}}!

Confirming you as a guest on episode 57 of our podcast, "Shipping {{product}} at scale".
Recording: {{date}}, 45 minutes, remote via Riverside; we'll send the link and a short prep doc.
Please bring headphones and, if possible, an external mic. The episode goes live about three weeks
after recording.

See you soon,
{{first}}

{{first}} {{last}} — Host & {{job}}
{{company}} | Developer Relations
{{e164}} (text is fine)"""),
    ("en", """\
Docket reminder – Office Action response due

Matter: {{ticket}} – US application, "{{product}} data synchronisation"
Non-final Office Action mailed {{date}}; three-month date approaching, extensions available with fee.
Examiner interview requested; attorney to confirm availability.

Please do not reply to this automated reminder; contact the paralegal below.

{{name}}
Senior IP Paralegal
{{company}} LLP
Tel. {{phone}} | Fax {{phone2}}
{{email}}"""),
    ("de", """\
Betreff: Lieferantenaudit nach IATF 16949 – Terminbestätigung

Sehr geehrte Damen und Herren,

hiermit bestätigen wir das Prozessaudit in Ihrem Werk am {{date}} ab 08:30 Uhr. Bitte halten Sie
die Produktionslenkungspläne, die 8D-Berichte zu Reklamation {{ticket}} sowie die
Messmittelfähigkeitsnachweise bereit. Das Audit dauert voraussichtlich zwei Tage.

Mit freundlichen Grüßen

{{first}} {{last}}
{{job}} | Lieferantenqualität
{{company}}
Tel.: {{phone}}
Mobil: {{intl}}
E-Mail: {{email}}"""),
    ("de", """\
Hallo zusammen,

für die Datenschutz-Folgenabschätzung zum neuen Bewerbermanagement ({{product}}, Version {{version}})
fehlen mir noch die Löschfristen und das Berechtigungskonzept. Können wir dazu kurz telefonieren?
Ich bin Dienstag und Donnerstag vormittags erreichbar.

Viele Grüße
{{first}} {{last}}
Datenschutzbeauftragte(r)
{{company}}
Telefon {{phone}} · Durchwahl {{local7}}
{{internal_email}}"""),
    ("fr", """\
Objet : Convocation à votre entretien annuel d'évaluation

Bonjour {{first2}},

Votre entretien annuel aura lieu le {{date}} à 14h00, salle Garonne (2e étage). Merci de compléter
au préalable votre auto-évaluation dans {{product}} (campagne {{ticket}}). L'entretien professionnel
sera mené dans la même séance.

Bien cordialement,

{{first}} {{last}}
{{job}}
Direction des Ressources Humaines – {{company}}
Tél. : {{phone}}
Portable : {{intl}}
{{email}}"""),
    ("fr", """\
Bonjour,

Suite à notre visite technique, vous trouverez ci-joint notre devis n° {{invoice}} pour le contrat de
maintenance des 6 unités de climatisation (2 visites par an, contrôle d'étanchéité F-Gas inclus),
soit 1 840,00 € HT par an. Le devis est valable 30 jours.

Restant à votre disposition,

{{first}} {{last}}
Chargé(e) d'affaires
{{company}} Génie Climatique
Standard : {{phone}} – Ligne directe : {{phone2}}
{{email}}"""),
    ("es", """\
Asunto: Convocatoria – Comité de Seguridad y Salud, reunión ordinaria

Estimados miembros del Comité:

Se convoca la reunión trimestral para el {{date}} a las 10:00 en la sala de formación de la nave 2.
Orden del día: 1) evaluación de riesgos del nuevo puesto de carretilla, 2) siniestralidad del
trimestre (parte {{ticket}}), 3) plan de formación.

Un saludo,

{{first}} {{last}}
Técnico/a de Prevención de Riesgos Laborales
{{company}}
Tel. {{phone}} | Móvil {{intl}}
{{email}}"""),
    ("it", """\
Oggetto: Documentazione subappalto – commessa {{ticket}}

Buongiorno,

per autorizzare il subappalto delle opere elettriche ci servono: DURC in corso di validità, visura
camerale, POS firmato e dichiarazione di regolarità retributiva. Partita IVA del subappaltatore:
{{vat}}. Importo stimato: € 48.500,00.

Cordiali saluti

{{first}} {{last}}
Ufficio Acquisti e Contratti
{{company}}
Tel. {{phone}} – Cell. {{intl}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
RETURN MERCHANDISE AUTHORIZATION  RMA# {{ticket}}

Ship returned unit(s) to:
{{company}} Repair Depot – Receiving
{{street2}}
{{townline2}}

Customer (return shipping label issued to):
{{name}}
{{street}}
{{unit}}
{{townline}}
{{country}}
Phone: {{phone}}

Model: {{product}} gateway   S/N: {{serial}}   Fault: no boot after firmware {{version}}
Prepaid label: {{tracking}} – pack in original carton, do not include accessories."""),
    ("en", """\
TRADE CREDIT APPLICATION – requested limit USD 75,000, terms Net 45

Legal name of applicant: {{company}}     Tax ID / VAT: {{vat}}
Billing address:
  {{street}}
  {{townline}}
  {{country}}
Principal / guarantor: {{name}}, {{job}}
Guarantor home address: {{street2}}, {{townline2}}
Bank reference: account held since 2017, IBAN {{iban}}
Trade references: 3 attached (ref. file {{ticket}})"""),
    ("en", """\
CERTIFICATE OF ORIGIN (non-preferential)

1. Exporter:            {{company}}
                        {{street}}
                        {{townline}}, {{country}}
2. Consignee:           {{company2}}, attn. {{name}}
                        {{street2}}
                        {{townline2}}
3. Commercial invoice:  {{invoice}}    Transport: sea freight, B/L {{tracking}}
4. Goods: 24 pallets industrial valves, HS code 8481.80, origin as stated
Chamber stamp and signature below."""),
    ("en", """\
recipient_name,company,address_line_1,address_line_2,city_state_zip,gift_tier,budget_usd,approved_by
"{{name}}","{{company}}","{{street}}","{{unit}}","{{townline}}",Gold,150,{{username}}
"{{name2}}","{{company2}}","{{street2}}","","{{townline2}}",Silver,75,{{username}}
# holiday client gifts – vendor needs final list by Friday; PO {{invoice}}, note: Silver = candle set"""),
    ("en", """\
{
  "campaign": "spring-launch-{{short_sha}}",
  "product_sku": "{{product}}-KIT-02",
  "shipments": [
    {
      "creator": "{{name}}",
      "handle": "@{{username}}",
      "ship_to": {"line1": "{{street}}", "line2": "{{townline}}", "country": "{{country}}"},
      "phone": "{{e164}}",
      "carrier_ref": "{{tracking}}"
    }
  ],
  "budget_ref": "{{invoice}}"
}"""),
    ("en", """\
INCOME WITHHOLDING FOR SUPPORT – employer copy
Case ID: {{ticket}}          Order date: {{date}}

Employer: {{company}}, Payroll Department
Employee/Obligor: {{name}}
Employee mailing address:
{{street}}
{{townline}}
Remit to: State Disbursement Unit, reference the case ID on every payment.
Amount to withhold: $412.00 per biweekly pay period. Questions: {{dept}}, {{internal_email}}"""),
    ("en", """\
HOME MEDICAL EQUIPMENT – DELIVERY TICKET {{ticket}}

Deliver to:  {{name_uc}}
             {{street_uc}}
             {{unit}}
             {{townline_uc}}
Contact at home: {{phone}} (caregiver: {{first2}}, {{phone2}})
Item: semi-electric hospital bed + pressure mattress, serial {{serial}}
Ordering clinician: {{company}} Home Health; authorisation {{invoice}}
Driver notes: call 30 min ahead; ramp at side entrance."""),
    ("en", """\
CERTIFIED MAIL RECEIPT – domestic mail only
Article number: {{tracking}}
Postage $4.40   Certified fee $4.85   Return receipt (electronic) $2.62   Total $11.87

Sent to: {{name}}
Street and apt. no., or PO box no.: {{street}}
City, state, ZIP+4: {{townline}}

Mailed by {{company}} Legal – matter {{ticket}}, notice of lease non-renewal"""),
    ("en", """\
Shareholder register – extract as of {{date}} (class A common)

Holder no.  Registered holder                Address                                   Shares
{{account}}   {{name}}                         {{street}}, {{townline}}       12,500
{{account2}}   {{name2}}                         {{pobox}}, {{townline2}}          4,000
Transfer agent ref.: {{ticket}}; certificate numbers withheld from this extract."""),
    ("en", """\
UNIFORM HAZARDOUS WASTE MANIFEST – manifest tracking no. {{tracking}}

Generator's name and mailing address:
{{company}}
{{street}}
{{townline}}
Generator's phone: {{phone}}     Site contact: {{name}}, {{job}}
Transporter 1: {{company2}} Environmental
Designated facility: {{company3}} Treatment, permit on file
Waste: D001 ignitable, 6 drums (55 gal), profile {{ticket}}"""),
    ("de", """\
Abholauftrag Leergut / Europaletten – Auftrag {{ticket}}

Abholadresse:
{{company}}
z. Hd. {{name}}
{{street}}
{{townline}}
{{country}}
Ansprechpartner vor Ort: {{phone}} (Rampe 3, Mo–Fr 7–15 Uhr)

Menge: 64 EUR-Paletten (Tausch), 12 Gitterboxen
Frachtführer: {{company2}} Logistik, Sendungsnummer {{tracking}}"""),
    ("de", """\
Änderungsantrag Debitorenstamm (SAP FI) – Debitor {{account}}

Alte Rechnungsanschrift: {{company}}, {{street}}, {{townline}}
Neue Rechnungsanschrift:
  {{company}}
  Abt. Kreditorenbuchhaltung, {{name}}
  {{street2}}
  {{townline2}}
USt-IdNr.: {{vat}}
Beantragt von {{username}} am {{date}}, Freigabe durch Stammdatenteam (Ticket {{ticket}})."""),
    ("fr", """\
MANDAT DE PRÉLÈVEMENT SEPA
Référence unique du mandat (RUM) : {{ticket}}

Débiteur :
Nom : {{name_uc}}
Adresse : {{street}}
Code postal et ville : {{townline}}
Pays : {{country}}
IBAN : {{iban}}
Créancier : {{company}}, ICS sur la facture {{invoice}}
Type de paiement : récurrent – fait le {{date}}"""),
    ("fr", """\
LETTRE DE VOITURE INTERNATIONALE (CMR) n° {{tracking}}

1 Expéditeur : {{company}}
  {{street}}
  {{townline}}, {{country}}
2 Destinataire : {{company2}}
  à l'attention de {{name}}
  {{street2}}
  {{townline2}}
6 Marques et numéros : 18 colis, commande {{invoice}}
13 Instructions : livraison sur rendez-vous, tél. {{phone}}"""),
    ("es", """\
HOJA DE REMISIÓN DE MUESTRAS – envío refrigerado (2–8 °C)

Laboratorio destinatario: {{company}} – Recepción de muestras
Remitente: {{name}}, {{job}}
Dirección de recogida:
{{street}}
{{townline}}
{{country}}
Teléfono de contacto: {{phone}}
Nº de muestras: 14 (lote {{serial}}), estudio {{ticket}}
Transportista: número de seguimiento {{tracking}}"""),
    ("it", """\
VERBALE DI CONSEGNA ARREDI – ordine {{invoice}}

Destinatario: {{company}}
Referente al piano: {{name}}
Indirizzo di consegna:
{{street}}
{{unit}}
{{townline}}
Tel. referente: {{phone}}
Articoli: 12 scrivanie regolabili, 12 sedute ergonomiche, 4 cassettiere (DDT {{ticket}})
Note: montaggio incluso, ritiro imballi a carico del fornitore."""),
]

DIALOGUE = [
    ("en", """\
[Teams chat – Expense audit {{ticket}}]
{{first}} {{last}} (AP Specialist) 10:14
Hi, your report from the {{product}} customer visit has a $186.40 dinner without itemised receipt.
{{first2}} {{last2}} 10:16
Sorry! The restaurant only printed the card slip. I can ask them to email an itemised copy.
{{first}} {{last}} (AP Specialist) 10:17
That works. Also the mileage: 212 miles from home – is your home address still {{street}}, {{townline}}?
{{first2}} {{last2}} 10:19
Yes, same. If anything's unclear call me on {{phone}}.
{{first}} {{last}} (AP Specialist) 10:20
Perfect, I'll put the report on hold until Friday and release it with batch {{invoice}}."""),
    ("en", """\
Retention desk – call summary (auto-transcribed), account {{account}}

Agent: Thanks for holding, this is {{first}} from the loyalty team. I see you asked to cancel?
Customer: Yes, I'm {{name}}. The price went up to $89 and I barely use the premium channels.
Agent: Understood. Can you confirm the date of birth on the account?
Customer: {{dob}}.
Agent: Thank you. I can offer the Essentials plan at $54 for twelve months, no contract.
Customer: Fine, but send it in writing to {{email}}.
Agent: Done – offer code {{ticket}}. Anything else today?"""),
    ("en", """\
Vendor bank-detail change – call-back verification log (fraud control, policy {{version}})

Request received by e-mail on {{date}} asking to change remittance to IBAN {{iban}}.
Call-back placed to the number held in the vendor master (not the one in the e-mail): {{phone}}
Spoke to: {{name}}, {{job}} at {{company}}
Q: Did your company request a change of bank details this week?
A: "No, we haven't changed banks in years. Please don't pay to that account."
Outcome: change rejected; payment run {{invoice}} unchanged; incident {{ticket}} opened with InfoSec."""),
    ("en", """\
Nurse advice line – triage transcript, encounter {{ticket}}

RN: Nurse line, this is {{first}}. Who am I speaking with?
Caller: {{name}}, I'm calling about my son.
RN: What's his name and date of birth?
Caller: {{name2}}, born {{dob}}.
RN: And his medical record number, if you have the card handy?
Caller: It says {{mrn}}.
RN: Thank you. Fever for how long, and what was the highest reading?
Caller: Two days, 102.4 this morning.
RN: Based on the protocol I'm recommending an urgent care visit today. Best call-back number?
Caller: {{phone}}."""),
    ("en", """\
SMS thread – solar install, job {{ticket}}

Installer ({{clock}}): Hi, this is {{first}} with {{company}} Solar. Crew arrives tomorrow between
8 and 9 to mount the 18 panels. Will someone be home to open the garage for the inverter?
Customer ({{clock2}}): Yes my partner {{first2}} will be there, her cell is {{phone}}
Installer ({{clock3}}): Great. Reminder the utility interconnect form needs the meter number, it's on
the bill next to your service address {{street}}.
Customer ({{clock4}}): Got it, will text a photo tonight"""),
    ("en", """\
Phone screen – {{job}} (req {{ticket}})
Interviewer: {{name2}}  |  Candidate: {{name}}  |  {{date}}

Q: Walk me through your current role.
A: "I lead a team of four at {{company}}, mainly on {{product}} migrations."
Q: Notice period and salary expectations?
A: "Four weeks. Looking at 115 to 125 base."
Q: Best way to reach you for next steps?
A: "Mobile, {{intl}}, or personal e-mail {{email}}."
Recommendation: advance to panel; schedule via coordinator."""),
    ("en", """\
OffsiteBot: Hi! Let's get you registered for the Q3 offsite (Lisbon, 3 nights). What's your full name
as on your passport?
User: {{name}}
OffsiteBot: Thanks! Any dietary requirements?
User: vegetarian, no nuts
OffsiteBot: Noted. Emergency contact name and phone?
User: {{name2}}, {{phone}}
OffsiteBot: You're in. Confirmation {{ticket}} – flights will be booked by the travel team under
cost centre {{dept}}."""),
    ("en", """\
Mentoring session notes – 1:1 (shared doc)

Mentor: {{first}} {{last}}, {{job}}
Mentee: {{first2}} {{last2}}
{{first}}: What did you want to focus on this month?
{{first2}}: Presenting to leadership. My {{product}} roll-out update went long last time.
{{first}}: Try one slide with the decision you need, then the data. Send me the draft before the
review on {{date}} – my personal number is {{phone}} if Slack is down.
{{first2}}: Will do, thanks!
Next session: same time, four weeks from now."""),
    ("en", """\
SecOps hotline – lost device report, incident {{ticket}}

Analyst: Security operations, go ahead.
Caller: Hi, it's {{name}}, I think I left my laptop on the train this morning.
Analyst: Asset tag or serial?
Caller: Serial {{serial}}, it's the 14-inch {{product}} model.
Analyst: And your username?
Caller: {{username}}.
Analyst: OK, I'm issuing a remote wipe and disabling your sessions. Any sensitive files stored locally?
Caller: Only the draft forecast in {{path}}.
Analyst: Noted. We'll ship a loaner – send the delivery address to {{internal_email}}."""),
    ("en", """\
WEBVTT

00:00:03.120 --> 00:00:07.480
<v {{first}} {{last}}>Okay, let's start the retro for sprint 42. What went well?

00:00:07.900 --> 00:00:13.050
<v {{first2}} {{last2}}>The {{product}} release went out on time, version {{version}}, zero rollbacks.

00:00:13.400 --> 00:00:19.700
<v {{first}} {{last}}>Nice. What didn't? {{first3}}, you had the pager this week.

00:00:20.100 --> 00:00:26.900
<v {{first3}} {{last3}}>Too many alerts from {{hostname}} at night; I've filed {{ticket}} to tune them."""),
    ("de", """\
Telefonnotiz – Reklamation Fensterbau, Auftrag {{invoice}}

Anrufer/in: {{name}}
Rückrufnummer: {{phone}}
Objekt: {{street}}, {{townline}}
Anliegen: Zwei der im Frühjahr eingebauten Kunststofffenster (Wohnzimmer) schließen schwer, am
Balkonfenster zieht es. Kunde bittet um Termin vor Wintereinbruch.
Rückfrage von mir: Garantie läuft noch (Einbau am {{date}}), Monteur {{first2}} wird eingeplant.
Aufgenommen von {{username}}, Vorgang {{ticket}}."""),
    ("de", """\
[Teams-Chat – Schichttausch KW 47]
{{first}}: Hi {{first2}}, kannst du am Samstag meine Frühschicht an Linie 2 übernehmen? Ich nehme dafür
deine Spätschicht am Mittwoch.
{{first2}}: Geht klar. Muss das die Schichtleitung noch freigeben?
{{first}}: Ja, ich schick's an {{name}} über das Formular (Antrag {{ticket}}).
{{first2}}: Falls was ist, ruf mich privat an: {{phone}}
{{first}}: Danke dir!"""),
    ("fr", """\
[WhatsApp – Chantier rénovation salle de bain, devis {{invoice}}]
{{clock}} - {{first}} (artisan) : Bonjour, je passe demain à 8h pour la dépose de la baignoire.
{{clock2}} - Client : Parfait. Le code du portail c'est le 4812, l'adresse exacte c'est {{street}}.
{{clock3}} - {{first}} (artisan) : Noté. Mon collègue {{name}} viendra pour le plombage, son numéro : {{phone}}
{{clock4}} - Client : Ok merci, le carrelage est livré jeudi (suivi {{tracking}})."""),
    ("fr", """\
Compte rendu d'entretien téléphonique – alternance {{job}} (offre {{ticket}})

Candidat(e) : {{name}}, né(e) le {{dob}}
École : BTS en deuxième année, rythme 2 semaines / 2 semaines
Q : Pourquoi notre entreprise ?
R : « J'ai utilisé {{product}} en stage et j'aimerais travailler sur l'intégration. »
Q : Disponibilités ?
R : « À partir de septembre. Vous pouvez me joindre au {{phone}}. »
Avis : favorable, entretien sur site avec {{first2}} {{last2}}."""),
    ("es", """\
Transcripción – reclamación de equipaje extraviado (PIR {{ticket}})

Agente: Buenas tardes, servicio de equipajes, le atiende {{first}}.
Cliente: Hola, soy {{name}}, mi maleta no llegó en el vuelo de anoche.
Agente: ¿Me confirma la etiqueta del equipaje?
Cliente: Sí, {{tracking}}.
Agente: Gracias. ¿Dirección de entrega para cuando aparezca?
Cliente: {{street}}, {{townline}}. Y mi móvil es {{phone}}.
Agente: Queda registrado. Recibirá actualizaciones por SMS."""),
    ("it", """\
Trascrizione chiamata – supporto gestionale {{product}}, ticket {{ticket}}

Operatore: Assistenza, sono {{first}}, mi dice il codice cliente?
Cliente: {{account}}, sono {{name}} dell'amministrazione di {{company}}.
Operatore: Qual è il problema?
Cliente: Dopo l'aggiornamento alla {{version}} la fatturazione elettronica dà errore di firma.
Operatore: Le mando un accesso remoto. Il suo utente sul gestionale?
Cliente: {{username}}.
Operatore: Perfetto, la richiamo al {{phone}} tra dieci minuti."""),
]

CODE = [
    ("en", """\
# jobs/billing-worker.nomad.hcl  (rev {{short_sha}})
job "billing-worker" {
  datacenters = ["eu-west-1a"]
  type        = "service"

  group "worker" {
    count = 3
    task "app" {
      driver = "docker"
      config {
        image = "registry.internal/billing-worker@{{digest}}"
      }
      env {
        DATABASE_URL   = "postgres://billing:{{password}}@{{hostname}}:5432/billing"
        STRIPE_API_KEY = "{{stripe}}"
        LOG_LEVEL      = "info"
      }
      resources {
        cpu    = 500
        memory = 512
      }
    }
  }
}"""),
    ("en", """\
$ cat ~/.npmrc
registry=https://registry.npmjs.org/
@acme-ui:registry=https://gitlab.example.com/api/v4/projects/418/packages/npm/
//gitlab.example.com/api/v4/projects/418/packages/npm/:_authToken={{gitlab}}
//npm.pkg.github.com/:_authToken={{github}}
always-auth=true
$ npm publish --dry-run
npm notice package: @acme-ui/{{product_lc}}-tokens@{{version}}
npm notice shasum: {{sha}}
npm notice total files: 42
can someone tell me why publish says 401 even though the token above is fresh?"""),
    ("en", """\
## local.properties – DO NOT COMMIT (it got committed in {{short_sha}}, see {{ticket}})
sdk.dir={{path}}
MAPS_API_KEY={{gcp}}
RELEASE_STORE_FILE=upload-keystore.jks
RELEASE_STORE_PASSWORD={{password}}
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD={{password2}}
# app/build.gradle.kts reads these in signingConfigs { create("release") { ... } }
# versionName = "{{version}}", applicationId com.example.fieldapp"""),
    ("en", """\
# config/runtime.exs
import Config

if config_env() == :prod do
  config :shop, Shop.Repo,
    url: "ecto://shop:{{password}}@{{hostname}}/shop_prod",
    pool_size: 10

  config :shop, ShopWeb.Endpoint,
    url: [host: "shop.example.com", port: 443],
    secret_key_base: "{{token}}"

  config :shop, :openai, api_key: "{{openai}}"
  # release {{version}}, build {{sha}}
end"""),
    ("en", """\
# ~/.cargo/credentials.toml
[registry]
token = "{{token}}"

// src/summarise.rs
let client = reqwest::Client::new();
let resp = client
    .post("https://api.anthropic.com/v1/messages")
    .header("x-api-key", "{{anthropic}}")
    .header("anthropic-version", "2023-06-01")
    .json(&body)
    .send()
    .await?;
// cargo build --release → target/release/summarise ({{sha256}})"""),
    ("en", """\
# /etc/logstash/conf.d/30-s3-audit.conf
input {
  s3 {
    bucket            => "audit-logs-{{short_sha}}"
    region            => "eu-central-1"
    access_key_id     => "{{aws_key}}"
    secret_access_key => "{{aws_secret}}"
    prefix            => "cloudtrail/"
  }
}
output {
  elasticsearch {
    hosts    => ["https://{{ip}}:9200"]
    user     => "logstash_writer"
    password => "{{password}}"
    index    => "audit-%{+YYYY.MM.dd}"
  }
}"""),
    ("en", """\
$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/BreakGlass --role-session-name {{username}}
{
    "Credentials": {
        "AccessKeyId": "{{aws_key}}",
        "SecretAccessKey": "{{aws_secret}}",
        "SessionToken": "{{azure}}",
        "Expiration": "{{timestamp}}"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "AROA{{short_sha}}:{{username}}",
        "Arn": "arn:aws:sts::123456789012:assumed-role/BreakGlass/{{username}}"
    }
}
why does terraform still say ExpiredToken after I export these?"""),
    ("en", """\
# traefik/dynamic.toml – ingress for the internal dashboards
[http.routers.grafana]
  rule = "Host(`{{hostname}}`)"
  service = "grafana"
  middlewares = ["ops-auth"]
  [http.routers.grafana.tls]
    certResolver = "letsencrypt"

[http.middlewares.ops-auth.basicAuth]
  users = ["ops:{{password}}"]

[http.services.grafana.loadBalancer]
  [[http.services.grafana.loadBalancer.servers]]
    url = "http://{{ip}}:3000"
# deployed by pipeline {{ticket}}, traefik {{version}}"""),
    ("en", """\
// appsettings.Development.json (checked into feature/{{ticket}} by mistake)
{
  "ConnectionStrings": {
    "Orders": "Server={{hostname}};Database=Orders;User Id=orders_app;Password={{password}};TrustServerCertificate=True"
  },
  "Stripe": { "SecretKey": "{{stripe}}", "WebhookSecret": "whsec_{{token}}" },
  "Serilog": { "MinimumLevel": "Information" },
  "FeatureFlags": { "NewCheckout": true },
  "BuildInfo": { "Commit": "{{sha}}", "Version": "{{version}}" }
}"""),
    ("en", """\
$ history | tail -n 12
  501  ssh-keygen -t ed25519 -C "deploy@{{hostname}}" -f ~/.ssh/deploy_key -N ''
  502  cat ~/.ssh/deploy_key
{{private_key}}
  503  gh repo deploy-key add ~/.ssh/deploy_key.pub --repo acme/{{product_lc}} --allow-write
  504  export GH_TOKEN={{github}}
  505  git -c core.sshCommand="ssh -i ~/.ssh/deploy_key" clone ssh://{{hostname}}/acme/{{product_lc}}.git
  506  cd {{product_lc}} && git log -1 --format=%H
{{sha}}"""),
    ("de", """\
# sap_export.py – liest offene Posten per RFC (pyrfc {{version}})
from pyrfc import Connection

# TODO: Zugangsdaten in den Secret-Store, nicht im Skript lassen!
conn = Connection(
    ashost="{{ip}}",
    sysnr="00",
    client="100",
    user="{{username}}",
    passwd="{{password}}",
    lang="DE",
)
result = conn.call("BAPI_AR_ACC_GETOPENITEMS", COMPANYCODE="1000", CUSTOMER="{{account}}")
print(len(result["LINEITEMS"]), "offene Posten")"""),
    ("de", """\
@echo off
REM Netzlaufwerke für die Buchhaltung verbinden (Ticket {{ticket}})
REM Bitte NICHT weitergeben - enthält das Dienstkonto-Passwort
net use F: \\\\{{hostname}}\\finanzen /user:CORP\\svc_fibu {{password}} /persistent:yes
net use G: \\\\{{hostname2}}\\belege /user:CORP\\svc_fibu {{password}} /persistent:yes
if errorlevel 1 echo Verbindung fehlgeschlagen, bitte {{internal_email}} informieren
start "" "{{path}}"
"""),
    ("fr", """\
<?php
// htdocs/conf/conf.php – Dolibarr {{version}} (serveur de recette)
$dolibarr_main_url_root='https://{{hostname}}';
$dolibarr_main_document_root='/var/www/dolibarr/htdocs';
$dolibarr_main_data_root='/var/lib/dolibarr/documents';
$dolibarr_main_db_host='{{ip}}';
$dolibarr_main_db_port='3306';
$dolibarr_main_db_name='dolibarr';
$dolibarr_main_db_user='doli_admin';
$dolibarr_main_db_pass='{{password}}';
$dolibarr_main_instance_unique_id='{{md5}}';
// clé de l'API bancaire, à déplacer hors du fichier (cf. ticket {{ticket}})
$dolibarr_bank_api_key='{{token}}';"""),
    ("fr", """\
// ecosystem.config.js – PM2, serveur de préproduction
module.exports = {
  apps: [{
    name: "api-facturation",
    script: "dist/server.js",
    instances: 2,
    env_production: {
      NODE_ENV: "production",
      // identifiants de la base, à ne pas committer (voir {{ticket}})
      PG_URL: "postgresql://facturation:{{password}}@{{hostname}}:5432/facturation",
      JWT_SECRET: "{{token}}",
      SENDGRID_KEY: "{{token2}}",
      SLACK_TOKEN: "{{slack}}"
    }
  }],
  // déployé depuis le commit {{sha}}
};"""),
    ("es", """\
// Código.gs – Apps Script vinculado a la hoja "Pedidos {{invoice}}"
const API_KEY = '{{gcp}}';  // clave del proyecto, no compartir
const HOOK = '{{slack_hook}}';

function avisarPedidosRetrasados() {
  const hoja = SpreadsheetApp.getActive().getSheetByName('Pedidos');
  const filas = hoja.getDataRange().getValues();
  const retrasados = filas.filter(f => f[5] === 'RETRASADO');
  UrlFetchApp.fetch(HOOK, {method: 'post', contentType: 'application/json',
    payload: JSON.stringify({text: retrasados.length + ' pedidos retrasados'})});
  // responsable: {{internal_email}}, versión {{version}}
}"""),
    ("it", """\
; /etc/asterisk/pjsip.conf – centralino sede (modifica {{ticket}})
[trunk-voip]
type=registration
server_uri=sip:{{hostname}}
client_uri=sip:{{account}}@{{hostname}}
outbound_auth=trunk-auth

[trunk-auth]
type=auth
auth_type=userpass
username={{account}}
password={{password}}

[interno-201]
type=endpoint
; postazione reception, telefono S/N {{serial}}
allow=ulaw,alaw
match={{ip}}"""),
]

PROSE = [
    ("en", """\
Blood drive – donor registration (corporate campus drive, {{date}})

Donor: {{name}}
Birthdate: {{dob}}
Donor no.: {{mrn}}
Employee badge scanned at check-in; eligible for whole blood (last donation more than 56 days ago).
Haemoglobin 13.8 g/dL, BP 118/76. Bag lot {{serial}}, kit {{product}} {{version}}.
Thank-you voucher sent to {{email}}; next eligible date will appear in the donor app."""),
    ("en", """\
Status match request – corporate travel programme

Traveller: {{name}} ({{job}}, {{company}})
Frequent-flyer membership no.: {{account}}
DOB (as on passport): {{dob_iso}}
Current status with competitor: Gold, valid until March; proof uploaded as {{md5}}.pdf
Corporate deal code: {{ticket}}. Please match to our Gold tier for the 90-day challenge and reply to
the travel desk ({{internal_email}}), not to the traveller."""),
    ("en", """\
401(k) hardship withdrawal – request review

Plan: {{company}} Retirement Savings Plan (plan no. 003)
Participant: {{name}}, participant ID {{account}}
Date of birth: {{dob}} (age verified for the 10% additional tax exception: no)
Reason: medical expenses, $7,420 documented (invoices {{invoice}})
Vested balance: $48,310.22. Recordkeeper case {{ticket}}; reviewed by {{username}} on {{date}}."""),
    ("en", """\
License verification – new hire onboarding ({{job}}, start date {{date}})

Licensee: {{name}}
Licensee born {{dob_words}}
License type: Registered Nurse, multistate (compact)
Primary source verification completed via Nursys; no discipline on record.
Internal employee record: {{account}}; credentialing file {{ticket}}, verified by {{first2}} {{last2}}."""),
    ("en", """\
RADIOLOGY REFERRAL

Patient: {{name_uc}}     D.O.B.: {{dob}}     Hospital no.: {{mrn}}
Examination requested: MRI lumbar spine without contrast
Clinical question: L5 radiculopathy, 6 weeks of conservative treatment failed.
Referring clinician: {{name2}}, {{company}} Orthopaedics, bleep {{local7}}
Insurance authorisation: {{invoice}}; please send the report to {{email}}"""),
    ("en", """\
Learning platform – enrolment exception (course "{{product}} for administrators", cohort {{ticket}})

Learner login: {{username}}
Employee #: {{account}}
Manager: {{name}}
The learner missed the prerequisite quiz because their account was locked on {{date}}. Please enrol
them manually and mark the prerequisite as waived. Seat cost $240 is charged to {{dept}}."""),
    ("en", """\
Credit union membership application – summary for underwriting

Applicant: {{name}}
Born on {{dob}}
Member number assigned: {{account}}
Share savings deposit: $5.00; eligibility via employer group {{company}}
Online banking user ID chosen: {{username}}
Joint owner: none. Application {{ticket}}, ID verified (driver's licence, front and back)."""),
    ("en", """\
Prior authorization request – specialty pharmacy

Member name: {{name}}
Member ID: {{account}}
Patient DOB: {{dob}}
Chart #: {{mrn}}
Drug: adalimumab biosimilar, 40 mg every other week; NDC on file
Diagnosis: moderate-to-severe plaque psoriasis, failed two topicals and methotrexate.
Prescriber: {{name2}}, fax {{phone}}. Case {{ticket}}, urgent review not requested."""),
    ("en", """\
Utility bill assistance – hardship programme application

Customer name: {{name}}
Service account #: {{account}}
Birth date: {{dob_words}}
Household size: 4; monthly income $3,180 (two pay stubs attached)
Past-due balance: $612.48; disconnection notice {{invoice}} paused while the application is reviewed.
Caseworker: {{username}}; customer prefers text messages to {{phone}}."""),
    ("en", """\
Quarterly privileged access review – {{product}} production (campaign {{ticket}})

Line 14: account {{username}} (domain admin), owner {{name}}, personnel no. {{account}}
  Last interactive logon {{date}}; decision: revoke – role moved to {{dept}}.
Line 15: account svc_backup (service), owner: platform team, no personal owner
  Decision: keep; password rotated per policy {{version}}.
Line 16: account {{username2}} (break-glass), owner {{name2}}, personnel no. {{account2}}
  Decision: keep; vaulted, last checked out for change {{ticket2}}."""),
    ("de", """\
Anmeldung Entgeltumwandlung (betriebliche Altersversorgung)

Mitarbeiter/in: {{name}}
Personalnummer: {{account}}
Geburtsdatum: {{dob}}
Umwandlungsbetrag: 150,00 € monatlich ab dem nächsten Abrechnungsmonat
Versorgungsträger: {{company}} Pensionskasse, Vertragsnummer {{ticket}}
Bearbeitet im Personalbüro von {{username}} am {{date}}."""),
    ("de", """\
Patientenaufnahme – Rehabilitationsklinik, Anschlussheilbehandlung

Patient/in: {{name}}, geb. {{dob}}
Fallnummer: {{mrn}}
Kostenträger: Deutsche Rentenversicherung, Aktenzeichen {{ticket}}
Aufnahme am {{date}}, Indikation: Zustand nach Knie-TEP rechts
Zimmer 214, Diätform: Vollkost. Angehörige/r erreichbar unter {{phone}}.
Aufgenommen durch {{first2}} {{last2}}, Pflegeleitung."""),
    ("fr", """\
Demande d'adhésion aux activités sociales et culturelles du CSE

Salarié(e) : {{name}}
Matricule : {{account}}
Date de naissance : {{dob}}
Service : {{dept}} – site de production
Ayants droit : 1 enfant. Quotient familial : tranche B (justificatif {{invoice}})
Identifiant sur la plateforme du CSE : {{username}}
Dossier enregistré le {{date}}."""),
    ("fr", """\
FICHE DE LIAISON – PHARMACIE HOSPITALIÈRE

Patient : {{name_uc}}
Né(e) le {{dob_words}}
N° IPP : {{mrn}}
Service demandeur : cardiologie, lit 12
Traitement : anticoagulant injectable, relais prévu le {{date}}
Lot délivré : {{serial}} ; préparateur {{username}}, validation pharmacien {{first2}} {{last2}}."""),
    ("es", """\
Solicitud de abono de transporte para empleados (retribución flexible)

Empleado/a: {{name}}
Nº de empleado: {{account}}
Fecha de nacimiento: {{dob}}
Usuario del portal del empleado: {{username}}
Importe mensual: 54,60 €, descontado en nómina desde el {{date}}
Centro de coste: {{dept}}; solicitud {{ticket}}."""),
    ("it", """\
Iscrizione al CRAL aziendale – anno sociale in corso

Socio: {{name}}
Matricola: {{account}}
Nato/a il {{dob}}
Familiari iscritti: coniuge e un figlio (quota € 35,00)
Utente sul portale convenzioni: {{username}}
Pratica {{ticket}}, registrata da {{first2}} {{last2}} il {{date}}."""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
