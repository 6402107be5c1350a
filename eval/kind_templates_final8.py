"""FINAL8 templates of the generalisation corpus kinds (eval.kinds), for the `final8` split.

Written by a helper session after the final7 split had been scored once, without ever running the
detection engine on them or reading its code, any results or any split's misses: only the labelled
texts themselves were generated and checked by the tests. Never to be tuned on: the lead scores them
once (`python -m eval --split final8`). They imitate what employees of US and EU enterprises paste into
an LLM at work: Scope 3 supplier data requests, patent docketing reminders, deal registrations,
remote-hands tickets, export-control classifications, cyber-insurance renewals, earnings-call
invitations, campus-recruiting follow-ups, e-signature completions, packaging proof approvals, supply
chain due-diligence questionnaires, lift inspections, annual review invitations, supplier bank-detail
changes, training-room bookings and solar maintenance quotes; trade-in kits, gifting lists,
certificates of origin, W-9 forms, home-office shipments, SWIFT letters of credit, ZPL labels, EDI 856
notices, patent application data sheets, car-service bookings, spare-part deliveries, CRM duplicate
merges, water-damage claims, registered letters, ERP customer records and CMR consignment notes;
earnings-call Q&A, phishing-report channels, webinar Q&A, advisory-board notes, recruiter screens,
roadside assistance, venue site visits, implementation kickoffs, telehealth triage, collections calls,
site meetings, field-service group chats, patient-transport messaging, internship calls, card-terminal
support and parcel-storage chats; cargo credentials, .NET appsettings, .npmrc, fastlane, kubectl
shell history, Elixir runtime config, Puppet Hiera, Logstash outputs, MinIO client sessions, .Renviron
and R, Quarkus application.yml, Windows logon batch files, Twilio scripts, Maven settings.xml, n8n
docker runs and PEC invoice readers; ESPP exceptions, prior authorizations, LMS overdue reports,
401(k) hardship withdrawals, vision claims, dependent-care FSA claims, drug-test custody forms,
utility hardship applications, dormant-account reactivations, age-verification appeals, short-time
work lists, driving-licence checks, staff canteen sign-ups, employer housing files, childcare
vouchers and meal-voucher cards. Ordinary text surrounds the values (amounts, order, ticket and
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
Subject: RE: Scope 3 supplier data request – FY emissions template v{{version}}

Hi {{first2}},

Thanks for the reminder. Our Category 1 figures (purchased goods) are in tab "S3-C1" of the
attached workbook; the electricity split by site is still with our energy broker and will follow by
the 15th. We used the GHG Protocol market-based method for 2025, so the numbers are not directly
comparable with last year's submission (reference {{ticket}}).

If your CDP team needs the assurance statement, it is issued by our auditors under ISAE 3410.

Kind regards

{{first}} {{last}}
{{job}}, Sustainability Reporting
{{company}}
T {{phone}}  |  M {{intl}}
{{email}}"""),
    ("en", """\
From: Docketing <{{internal_email}}>
Subject: REMINDER – Office Action response due in 21 days (Matter {{invoice}})

Attorney: {{name2}}
Client/Matter: {{company}} / {{invoice}}
Action: Non-final Office Action, claims 1-18 rejected under 35 U.S.C. § 103
Statutory deadline: six months; extendable deadline falls on the date in the docket entry {{ticket}}

Please confirm whether the response will be prepared in-house or sent to foreign associates.

--
{{first}} {{last}}
Senior Paralegal – Patent Prosecution
Direct {{ext}}  ·  Fax {{phone}}
{{email}}"""),
    ("en", """\
Deal registration {{ticket}} – APPROVED

Partner: {{company}} (Gold tier)
End customer: {{company2}}
Products: {{product}} Enterprise, 250 seats, 3-year term
Registered value: USD 187,400.00   Protection until: 90 days from approval
Partner rep on record: {{name}}, {{email}}

Your channel account manager will contact you within two business days to align on pricing
approval. Questions? Reach me directly:

{{first2}} {{last2}} | {{job}} | Partner Programs EMEA
mobile {{e164}} | desk {{local7}}"""),
    ("en", """\
Remote Hands ticket {{ticket}} – status: completed

Work performed: reseated PSU B in cabinet 0412-C, U38 (serial {{serial}}), cleared amber alarm,
replaced patch lead on port 24 of the top-of-rack switch. Photos attached. Time on task 35 min,
billed against your prepaid block (invoice {{invoice}}).

Customer contact who approved the work by phone: {{name}}, {{intl}}

--
{{first2}} {{last2}}
NOC Engineer, Night Shift – {{company}}
24/7 NOC: {{e164}}
{{internal_email}}"""),
    ("en", """\
Hi team,

Trade Compliance has finished the classification review for the {{product}} appliance line.
Hardware: ECCN 5A002.a (mass-market exemption not applicable, encryption over 56-bit symmetric);
software image v{{version}}: 5D002, License Exception ENC under 740.17(b)(1). The CCATS request is
tracked under {{ticket}}. Please do not ship evaluation units to embargoed or restricted parties
until the screening report (hash {{sha256}}) is signed off.

Regards,
{{first}} {{last}} | {{job}}
Global Trade Compliance, {{company}}
Tel. {{phone}} · Mob. {{intl}} · {{email}}"""),
    ("en", """\
Subject: Cyber insurance renewal – supplemental application outstanding

Dear {{first2}},

Underwriters at {{company2}} have come back with three follow-up questions before binding the
renewal (expiring policy {{invoice}}, limit USD 10m, retention USD 250k):
  1. Is MFA enforced for all remote access, including vendor VPN accounts?
  2. Are immutable backups tested at least quarterly?
  3. How many PII records are held (approx.)?

I need the signed application by Thursday to hold the quoted premium.

Best regards,
{{first}} {{last}}, {{job}}
Cyber & Technology Practice | {{company}}
Office: {{phone}} | Cell: {{e164}}
{{email}}"""),
    ("en", """\
{{company}} – Q3 Earnings Conference Call

Date: {{date_words}}, 08:30 a.m. ET
Webcast: investor relations website (replay available for 90 days)
Dial-in for analysts: conference ID {{serial}}

Please register in advance; the pre-recorded prepared remarks will be posted 15 minutes before the
call together with the financial supplement (PDF, {{md5}}).

Investor Relations contact
{{name}}
{{job}}, Investor Relations
{{phone}} ext. 4410
{{email}}"""),
    ("en", """\
Hey {{first2}} – great meeting you at the career fair booth yesterday!

As promised, here is the link to the Summer Analyst application (requisition {{ticket}}). The
online assessment takes about 40 minutes; please complete it within five days of the invite. Feel
free to text me if anything gets stuck in the portal.

Cheers,
{{first}} {{last}}
Campus Recruiter, {{dept}}
{{company}}
Text/Call: {{local7}}  |  Office: {{ext}}
{{internal_email}}"""),
    ("en", """\
Your envelope has been completed

All parties have signed "Franchise Disclosure Acknowledgement – Unit 0837".
Envelope ID: {{uuid}}
Certificate of completion checksum: {{sha}}

Sender
{{first}} {{last}}
{{job}}, Franchise Development
{{company}}
{{email}}
Phone: {{phone}}

Signer 2 of 2: {{name2}} ({{email2}})

Do not share this email: it contains a secure link to the completed documents."""),
    ("en", """\
Proof approval needed – carton artwork SKU 44-1180, rev C

Hi {{first2}},

Attached is the final PDF/X-4 proof for the folding carton (dieline {{serial}}). Changes since rev B:
barcode moved 3 mm left, Pantone 286 C swapped for process blue on the side panel, recycling logo
updated. Press slot is Wednesday; if we do not have your sign-off by 17:00 the job moves to next week.

Thank you,
{{first}} {{last}}
Prepress Coordinator
{{company}}
p: {{phone}}  m: {{e164}}
e: {{email}}
PO on file: {{invoice}}"""),
    ("de", """\
Betreff: Fragebogen zum Lieferkettensorgfaltspflichtengesetz (LkSG) – Rückfrage zu Abschnitt 4

Sehr geehrte Damen und Herren,

vielen Dank für den ausgefüllten Fragebogen. Zu Abschnitt 4 (Beschwerdeverfahren) fehlt uns noch
der Nachweis, wie Hinweise Ihrer Unterlieferanten erfasst werden. Bitte laden Sie die Verfahrens-
beschreibung bis Monatsende im Lieferantenportal unter Vorgang {{ticket}} hoch.

Mit freundlichen Grüßen

{{first}} {{last}}
{{job}} | {{dept}}
{{company}}
Telefon: {{phone}}
Mobil: {{intl}}
E-Mail: {{email}}

Geschäftsführung: {{name2}} · USt-IdNr. {{vat}}"""),
    ("de", """\
Hallo {{first2}},

die wiederkehrende Prüfung der Aufzugsanlage (Fabrik-Nr. {{serial}}) durch die ZÜS ist für den
{{date_words}} ab 7:30 Uhr eingeplant. Die Anlage ist während der Prüfung ca. 3 Stunden außer
Betrieb; bitte informieren Sie die Mieter im Haus. Der Prüfbericht vom letzten Jahr hatte einen
geringfügigen Mangel (Notruf-Sprechverbindung), der mit Auftrag {{invoice}} behoben wurde.

Viele Grüße
{{first}} {{last}}
Servicetechniker Aufzüge – {{company}}
Tel.: {{phone}} | Mobil: {{e164}}
{{email}}"""),
    ("fr", """\
Objet : Convocation à votre entretien annuel d'évaluation

Bonjour {{first2}},

Votre entretien annuel aura lieu le {{date_words}} à 14 h, salle Jupiter (2e étage) ou en visio si
vous êtes en télétravail ce jour-là. Merci de compléter votre auto-évaluation dans {{product}} avant
la veille au soir ; le support d'entretien (version {{version}}) est joint à ce message.

Bien cordialement,

{{first}} {{last}}
{{job}} – {{dept}}
{{company}}
Tél. : {{phone}} – Port. : {{intl}}
{{email}}"""),
    ("fr", """\
Bonjour,

Suite à notre changement de banque, nous vous prions de bien vouloir mettre à jour notre fiche
fournisseur (code fournisseur {{account}}) avec les nouvelles coordonnées bancaires ci-dessous, à
compter des règlements de la facture {{invoice}} :

Titulaire : {{company}}
IBAN : {{iban}}

Un RIB signé est joint. Pour toute vérification, merci de rappeler uniquement au numéro ci-dessous.

Cordialement,
{{first}} {{last}}
Responsable administratif et financier
Ligne directe : {{phone}}
{{email}}"""),
    ("es", """\
Asunto: Reserva de aula para la formación de prevención de riesgos laborales

Hola {{first2}}:

Te confirmo la reserva del aula 3 para el curso de PRL (20 plazas) los días indicados en la
solicitud {{ticket}}. El proyector y los portátiles los deja preparados el equipo de
{{dept}}; la factura de la empresa formadora ({{invoice}}) la tramitamos nosotros.

Un saludo,

{{first}} {{last}}
{{job}}
{{company}}
Tel. {{phone}} · Móvil {{intl}}
{{email}}"""),
    ("it", """\
Oggetto: Preventivo manutenzione annuale impianto fotovoltaico 98 kWp

Gentile {{first2}},

in allegato il preventivo {{invoice}} per la manutenzione ordinaria dell'impianto (pulizia moduli,
verifica serraggi, termografia, controllo inverter matricola {{serial}}). Il canone annuo è di
€ 1.480,00 + IVA; l'intervento straordinario è fatturato a consuntivo.

Cordiali saluti,

{{first}} {{last}}
{{job}}
{{company}} – P.IVA {{vat}}
Tel. {{phone}} – Cell. {{intl}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
Trade-in kit dispatched – order {{invoice}}

We have sent a prepaid trade-in kit for your old {{product}} device (serial {{serial}}) to:

{{name}}
{{street}}
{{townline}}
{{country}}

Carrier tracking: {{tracking}}
Please pack the device within 14 days and drop it at any carrier location. Estimated credit:
USD 212.00, applied to the card used for order {{invoice}} after inspection."""),
    ("en", """\
recipient_first,recipient_last,company,address_1,address_2,city_line,country,gift_tier,notes
{{first}},{{last}},{{company}},{{street}},{{unit}},{{townline}},{{country}},B,"no alcohol, send tea box"
{{first2}},{{last2}},{{company2}},{{street2}},,{{townline2}},{{country2}},A,"exec sponsor, card signed by CRO"
# holiday gifting campaign, budget code {{ticket}}, vendor quote {{invoice}}"""),
    ("en", """\
CERTIFICATE OF ORIGIN                                             No. {{invoice}}
1. Exporter (name, full address, country)
   {{company}}
   {{street}}
   {{townline}}
   {{country}}
2. Consignee (name, full address, country)
   {{name}}, for account of {{company2}}
   {{street2}}
   {{townline2}}
   {{country2}}
3. Means of transport: sea freight, container MSKU 7731205, seal {{serial}}
4. Goods: industrial valves, HS 8481.80, 14 cartons, gross 612 kg"""),
    ("en", """\
Form W-9 (Rev. March 2024) – vendor setup {{ticket}}

Line 1 Name (as shown on your income tax return): {{name}}
Line 2 Business name/disregarded entity name: {{company}}
Line 3a Federal tax classification: Individual/sole proprietor
Line 5 Address (number, street, and apt. or suite no.): {{street}}
Line 6 City, state, and ZIP code: {{townline}}
Part I TIN: on file with AP only (not copied here)

Requester: {{dept}}, remit-to confirmed by phone callback; PO {{invoice}}."""),
    ("en", """\
IT – home office equipment shipment

Employee: {{name}} ({{job}}), start date {{date}}
Ship to (home address confirmed by HR in {{ticket}}):
  {{street}}
  {{unit}}
  {{townline}}
  {{country}}

Items: 27" monitor (asset {{serial}}), docking station, ergonomic chair (drop-ship from vendor,
order {{invoice}}). Laptop is collected on day one at the office, not shipped."""),
    ("en", """\
{1:F01BANKDEFFAXXX0000000000}{2:I700BANKGB2LXXXXN}{4:
:27:1/1
:40A:IRREVOCABLE
:20:{{invoice}}
:31D:{{date}} COUNTERS OF ADVISING BANK
:50:{{company}}
{{street}}
{{townline}}
:59:{{company2}}
{{street2}}
{{townline2}}
{{country2}}
:32B:USD 418250,00
:45A:2,400 UNITS SOLAR INVERTERS MODEL {{serial}} AS PER PROFORMA {{ticket}}
-}"""),
    ("en", """\
^XA
^CF0,28
^FO40,30^FDSHIP FROM:^FS
^FO40,62^FD{{company}}^FS
^FO40,94^FD{{street}}^FS
^FO40,126^FD{{townline}}^FS
^CF0,40
^FO40,200^FDSHIP TO:^FS
^FO40,245^FD{{name_uc}}^FS
^FO40,290^FD{{street2_uc}}^FS
^FO40,335^FD{{townline2_uc}}^FS
^FO40,380^FD{{country2_uc}}^FS
^BY3^FO40,450^BCN,120,Y,N,N^FD{{tracking}}^FS
^XZ"""),
    ("en", """\
ISA*00*          *00*          *ZZ*SUPPLIER01     *ZZ*RETAILHQ       *260114*0932*U*00401*000004417*0*P*>~
GS*SH*SUPPLIER01*RETAILHQ*20260114*0932*4417*X*004010~
ST*856*0001~
BSN*00*{{invoice}}*20260114*0931~
HL*1**S~
TD5**2*UPSN*M*UPS GROUND~
REF*BM*{{tracking}}~
N1*SF*{{company}}~
N3*{{street}}~
N4*{{townline}}~
N1*ST*{{name}}~
N3*{{street2}}~
N4*{{townline2}}~
SE*12*0001~"""),
    ("en", """\
Application Data Sheet 37 CFR 1.76 – attorney docket {{ticket}}

Inventor 1
  Legal name: {{name}}
  Residence: {{city}}, {{country}}
  Mailing address: {{street}}, {{townline}}, {{country}}
Inventor 2
  Legal name: {{name2}}
  Mailing address: {{street2}}
                   {{townline2}}
                   {{country2}}
Applicant: {{company}} (assignee)
Title: System and method for adaptive batching of inference requests"""),
    ("en", """\
Car service booking confirmed – reservation {{ticket}}

Passenger: {{name}} (VIP, {{job}})
Pickup: {{date_words}} at {{clock}}
  {{street}}
  {{townline}}
Drop-off: {{company}}, {{street2}}, {{townline2}}
Vehicle: executive sedan, meet & greet not required
Billing: corporate account, cost centre {{invoice}}; driver will text on arrival."""),
    ("de", """\
Ersatzteilbestellung Kundendienst – Auftrag {{invoice}}

Techniker: {{name}} (Kundendienst Süd)
Teil: Umwälzpumpe, Artikel 7734-22, Gerät Seriennr. {{serial}}
Lieferung direkt an die Baustelle:
  {{company}}
  z. Hd. {{name2}}
  {{street}}
  {{unit}}
  {{townline}}
Anlieferung bitte zwischen 7 und 12 Uhr, Kran nicht vorhanden. Sendungsnummer {{tracking}}."""),
    ("de", """\
CRM-Dublettenbereinigung – Vorschlag zum Zusammenführen (Vorgang {{ticket}})

Datensatz A (Kundennr. {{account}}):
{{name}}
{{street}}
{{townline}}

Datensatz B (Kundennr. {{account2}}):
{{name_uc}}
{{street_uc}}
{{townline_uc}}
{{country}}

Übereinstimmung 87 %, Regel "Name+Straße". Bitte prüfen, ob B die aktuelle Anschrift ist."""),
    ("fr", """\
Déclaration de sinistre dégât des eaux – contrat {{account}}

Assuré : {{name}}
Adresse du bien sinistré :
{{street}}
{{unit}}
{{townline}}

Tiers concerné (voisin du dessous) : {{name2}}
{{street2}}
{{townline2}}

Date de constatation : {{date}} ; origine : fuite sur colonne d'eau, recherche de fuite par
l'entreprise {{company}} (devis {{invoice}})."""),
    ("fr", """\
LETTRE RECOMMANDÉE AVEC AVIS DE RÉCEPTION  n° {{tracking}}

Expéditeur :
{{company}}
{{dept}}
{{pobox}}
{{townline}}

Destinataire :
{{name_uc}}
{{street_uc}}
{{townline2_uc}}
{{country_uc}}

Objet : mise en demeure – facture {{invoice}} restée impayée"""),
    ("es", """\
Alta de cliente en ERP – solicitud {{ticket}}

Razón social: {{company}}   NIF/VAT: {{vat}}
Dirección fiscal:
  {{street}}
  {{townline}}
  {{country}}
Dirección de entrega (almacén):
  {{street2}}
  {{unit}}
  {{townline2}}
Persona de contacto: {{name}}
Forma de pago: transferencia a 60 días; IBAN de domiciliación {{iban}}"""),
    ("it", """\
LETTERA DI VETTURA INTERNAZIONALE CMR                    N. {{invoice}}
1 Mittente: {{company}}
  {{street}}
  {{townline}}
  {{country}}
2 Destinatario: {{company2}}, c.a. {{name}}
  {{street2}}
  {{townline2}}
  {{country2}}
3 Luogo previsto per la consegna: {{city2}}, {{country2}}
4 Luogo e data di presa in carico: magazzino di partenza, {{date}}
6 Marche e numeri: pallet 1-18, targa semirimorchio indicata in {{ticket}}"""),
]

DIALOGUE = [
    ("en", """\
Q3 earnings call – Q&A segment (transcript draft, do not distribute)

Operator: Our next question comes from {{name}} with {{company2}}. Your line is open.
{{first}} {{last}}: Thanks for taking my question. On gross margin, how much of the 140 basis points
came from the {{product}} price increase versus mix?
{{name2}} ({{job}}): Roughly two thirds price, one third mix. We guided conservatively for Q4.
Operator: Thank you. Our next question comes from {{name3}} with {{company3}}.
{{first4}}: Hi, it's actually {{first4}} {{last4}} dialling in for her. Can you size the backlog?
{{name2}} ({{job}}): Backlog ended at USD 1.9 billion, up 11% year over year."""),
    ("en", """\
#phish-reports
[{{clock}}] {{first}} {{last}}: got a weird "payroll update" mail asking me to log in, sender
looked like HR but the link goes to a lookalike domain. Forwarded it as attachment.
[{{clock2}}] SOC bot: Report {{ticket}} created. Verdict pending. URL hash {{sha256}}
[{{clock3}}] {{name2}} (SOC analyst): thanks {{first}}! It's part of a campaign we saw this morning,
12 recipients so far. Did you enter anything?
[{{clock4}}] {{first}} {{last}}: no, only opened it. My desk phone is {{phone}} if you need me
[{{clock5}}] {{name2}} (SOC analyst): all good, we've purged it from the other mailboxes."""),
    ("en", """\
Webinar: "Migrating to {{product}} without downtime" – moderated Q&A (exported from the platform)

{{name}} ({{company}}): Does the migration tool support incremental sync, or only a full cutover?
Answered live by {{name2}}, {{job}}.
{{name3}}: Is the recording going to be shared? Please send it to {{email}}
Answered in writing: yes, all registrants receive it within 24h.
{{first4}} {{last4}} ({{company2}}): We're on version {{version}}. Do we need to upgrade first?
Moderator note: follow up offline, caller left number {{intl}}."""),
    ("en", """\
Customer Advisory Board – session 2 notes (Chatham House rule, names for internal follow-up only)

Facilitator ({{name}}): Let's go around the table on the roadmap themes.
{{first2}} {{last2}} ({{job}}, {{company2}}): Audit logs are our number one ask. Our regulator wants
12 months of retention.
{{first3}} {{last3}} ({{company3}}): Agree. Also SCIM provisioning for {{product}}.
{{first2}}: And please don't price SSO as an add-on.
Facilitator: Noted. Action items go to {{internal_email}}, tracked in {{ticket}}."""),
    ("en", """\
Recruiter phone screen – auto-transcript (candidate consented to recording)

Recruiter: Hi, is this {{first}}? This is {{first2}} from {{company}}, calling about the {{job}} role.
Candidate: Yes, hi! Thanks for calling back.
Recruiter: Before we start, can I confirm the best number to reach you?
Candidate: Sure, it's {{spelled}}. My old number on the CV is no longer active.
Recruiter: Got it. And your current notice period?
Candidate: One month. I'm currently at {{company2}}, in their {{dept}} team.
Recruiter: Great. Next step is a panel with {{name3}}, I'll send the invite to {{email}}."""),
    ("en", """\
Roadside assistance – call log {{ticket}} (policy {{account}})

Agent: Roadside assistance, this is {{first2}}. Are you in a safe place?
Caller: Yes, I'm on the hard shoulder with hazards on. It's {{name}}, the car just lost power.
Agent: I'm sorry to hear that. What's the registration and roughly where are you?
Caller: Company car, fleet number {{serial}}. Just past the services, northbound.
Agent: A patrol is on the way, ETA 45 minutes. They'll call you on {{phone}}, is that right?
Caller: Better use my mobile, {{e164}}.
Agent: Updated. Reference for your fleet manager: {{ticket}}."""),
    ("en", """\
Voice memo transcript – venue site visit for the sales kickoff

OK, walking the ballroom now with {{first}} from the venue's events team, {{first}} {{last}}. Capacity
theatre style is 640, we need 580. Stage riser 12 by 6 metres, rigging points every 4 metres. Catering
contact is {{name2}}, mobile {{intl}}, she handles dietary lists. AV is in-house ({{company}}), quote
{{invoice}} is still missing the LED wall. Breakout rooms on level 2, wifi SSID and pass are printed
on the room card, I'll photograph them. Note for {{first3}}: loading dock closes at {{clock}}."""),
    ("en", """\
Implementation kickoff – {{company}} x {{company2}} (meeting transcript, auto-generated)

{{name}} (Implementation Consultant): Welcome everyone. Today: scope, timeline, and admins.
{{first2}} {{last2}}: I'll be the primary admin on our side, and {{first3}} {{last3}} is backup.
{{name}} (Implementation Consultant): Perfect. I'll create both accounts in the sandbox; usernames
will be {{username}} and {{username2}}, temporary passwords by separate email.
{{first3}} {{last3}}: Can we connect our {{product}} instance during the sandbox phase?
{{name}} (Implementation Consultant): Yes, after security review {{ticket}} closes."""),
    ("en", """\
Telehealth nurse line – triage summary (copied from the call documentation)

Caller: {{name}}, calling for her son; DOB of patient given as {{dob}}.
Nurse ({{first2}}): What symptoms is he showing, and since when?
Caller: Fever since last night, 39.2, and he's not drinking much.
Nurse ({{first2}}): Any rash, stiff neck or trouble breathing?
Caller: No, none of those.
Disposition: home care advice, call back if worse; callback number {{phone}}; case {{ticket}}."""),
    ("en", """\
Collections call notes – account {{account}} (balance USD 2,340.18, 64 days past due)

Agent ({{first2}}): Am I speaking with {{name}}?
Customer: Yes, speaking.
Agent ({{first2}}): This call is from {{company}} about invoice {{invoice}}. Are you able to arrange a
payment today?
Customer: I can do half now and half on the 30th. Please email the plan to {{email}}.
Agent ({{first2}}): I'll set that up. Best number for a reminder text?
Customer: {{local7}}, that's my work line though."""),
    ("de", """\
Protokoll Jour fixe Bauleitung – KW 14 (Bauvorhaben Erweiterung Halle 3)

Teilnehmer: {{name}} (Bauleitung, {{company}}), {{name2}} (TGA-Planung), {{first3}} {{last3}} (Polier)
{{first}}: Die Bodenplatte Achse C–F ist betoniert, Abnahme Bewehrung erfolgte durch den Prüfstatiker.
{{first3}}: Der Kran fällt nächste Woche zwei Tage aus (Wartung, Gerät {{serial}}).
{{first2}}: Die Leitungsführung Lüftung ist geändert, Plan-Index {{version}} liegt im Portal.
Offene Punkte: Nachtrag {{invoice}} (Mehrmengen Erdarbeiten), Rückruf an den Statiker unter {{phone}}."""),
    ("de", """\
WhatsApp-Gruppe "Außendienst Tour Nord" (Export)

[{{clock}}] {{first}} {{last}}: Moin, ich übernehme heute die Tour von {{first2}}, der ist krank.
[{{clock2}}] {{first3}} {{last3}}: Denk an den Kunden mit der Wartung, Auftrag {{invoice}}, der will
vorher angerufen werden: {{phone}}
[{{clock3}}] {{first}} {{last}}: ok, mach ich. Ersatzfilter hab ich im Wagen.
[{{clock4}}] Disposition: Neue Adresse für den letzten Termin: {{street}}, {{townline}}
[{{clock5}}] {{first}} {{last}}: 👍"""),
    ("fr", """\
Messagerie interne – régulation des transports sanitaires

[{{clock}}] Cadre de santé ({{first}} {{last}}) : besoin d'un transport assis pour une sortie ce
soir, patient {{name2}}, dossier {{mrn}}, retour à domicile.
[{{clock2}}] Régulation ({{first3}}) : ambulance ou VSL ?
[{{clock3}}] {{first}} {{last}} : VSL suffit, il marche avec une canne. Adresse : {{street}}, {{townline}}.
[{{clock4}}] {{first3}} : ok, société {{company}}, prise en charge vers 18 h. Le chauffeur appellera la
famille au {{phone}}.
[{{clock5}}] {{first}} {{last}} : merci, bon de transport signé et scanné ({{ticket}})."""),
    ("fr", """\
Compte rendu d'appel – candidature stage de fin d'études

Appelant : {{name}}, étudiante en master, candidature {{ticket}}
Chargée de recrutement ({{first2}}) : Bonjour, vous appelez pour le stage en {{dept}} ?
{{first}} : Oui, je voulais savoir si mon dossier avait bien été reçu, je n'ai pas eu d'accusé.
{{first2}} : Je le vois, il est complet. Les entretiens ont lieu la semaine prochaine avec {{name3}}.
{{first}} : Parfait. Vous pouvez me joindre au {{spelled}}, mon adresse est {{email}}.
{{first2}} : C'est noté, vous recevrez l'invitation par mail."""),
    ("es", """\
Transcripción – soporte TPV comercios (incidencia {{ticket}})

Agente: Soporte de terminales, le atiende {{first2}}. ¿En qué puedo ayudarle?
Cliente: Hola, soy {{name}}, de la tienda {{company}}. El datáfono da error de comunicación desde
esta mañana.
Agente: ¿Me indica el número de serie que aparece detrás? 
Cliente: Sí: {{serial}}.
Agente: Lo veo. Vamos a reiniciar la configuración remota, versión {{version}}. Si vuelve a fallar,
le llama un técnico al {{phone}}, ¿es correcto?
Cliente: Mejor al móvil, {{intl}}."""),
    ("it", """\
Chat assistenza corriere – spedizione in giacenza {{tracking}}

Operatore ({{first2}}): Buongiorno, come posso aiutarla?
Cliente: Buongiorno, sono {{name}}. Il pacco risulta in giacenza per indirizzo incompleto.
Operatore ({{first2}}): Mi conferma l'indirizzo corretto con il numero civico?
Cliente: {{street}}, {{townline}}. Manca l'interno: {{unit}}.
Operatore ({{first2}}): Aggiornato. Riconsegna domani; il corriere la chiamerà al {{phone}}.
Cliente: Grazie, il riferimento dell'ordine è {{invoice}}."""),
]

CODE = [
    ("en", """\
$ cat ~/.cargo/credentials.toml
[registry]
token = "{{token}}"

[registries.internal]
token = "Bearer {{jwt}}"

$ cargo publish --registry internal -p telemetry-agent
    Updating `internal` index
   Packaging telemetry-agent v{{version}} (/home/{{username}}/src/telemetry-agent)
   Verifying telemetry-agent v{{version}}
   Uploading telemetry-agent v{{version}}
error: failed to publish to registry at https://{{hostname}}/api/v1/crates
Caused by: the remote server responded with an error (status 403 Forbidden): token expired
# can someone rotate the internal token? checksum of the crate: {{sha256}}"""),
    ("en", """\
// appsettings.Production.json – why does EF Core fail to connect after the password rotation?
{
  "Logging": { "LogLevel": { "Default": "Warning", "Microsoft.EntityFrameworkCore": "Information" } },
  "ConnectionStrings": {
    "OrdersDb": "Server=tcp:{{hostname}},1433;Database=orders;User ID=svc_orders;Password={{password}};Encrypt=True;",
    "Redis": "{{hostname2}}:6380,password={{token}},ssl=True,abortConnect=False"
  },
  "SendGrid": { "ApiKey": "SG.{{token2}}", "FromAddress": "{{internal_email}}" },
  "AzureAd": { "TenantId": "{{uuid}}", "ClientId": "{{uuid2}}", "ClientSecret": "{{azure}}" },
  "BuildInfo": { "Commit": "{{sha}}", "Version": "{{version}}" }
}"""),
    ("en", """\
# .npmrc in the repo root (committed by mistake in {{short_sha}}, see {{ticket}})
registry=https://registry.npmjs.org/
@acme-ui:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken={{github}}
//registry.npmjs.org/:_authToken=npm_{{token}}
always-auth=true
engine-strict=true
# lockfile integrity of the offending package: sha512-{{b64data}}"""),
    ("en", """\
# fastlane/Fastfile
default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "{{serial}}",
      issuer_id: "{{uuid}}",
      key_content: <<~P8
{{private_key}}
      P8
    )
    increment_build_number(build_number: ENV["CI_PIPELINE_IID"])
    build_app(scheme: "FieldService", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
    slack(message: "Build {{version}} uploaded", slack_url: "{{slack_hook}}")
  end
end"""),
    ("en", """\
history | tail -n 8   (from the bastion, user {{username}})
  501  kubectl config use-context prod-eu
  502  kubectl -n payments get pods -o wide
  503  kubectl -n payments create secret generic psp-credentials \\
         --from-literal=STRIPE_SECRET_KEY={{stripe}} \\
         --from-literal=WEBHOOK_SIGNING_SECRET=whsec_{{token}}
  504  kubectl -n payments rollout restart deploy/checkout-api
  505  kubectl -n payments rollout status deploy/checkout-api
  506  kubectl -n payments logs deploy/checkout-api --since=5m | grep -i 'psp'
  507  ssh {{hostname}}
  508  history | tail -n 8"""),
    ("en", """\
# config/runtime.exs
import Config

if config_env() == :prod do
  config :shop, Shop.Repo,
    url: "ecto://shop:{{password}}@{{hostname}}/shop_prod",
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  config :stripity_stripe, api_key: "{{stripe}}"

  config :shop, ShopWeb.Endpoint,
    secret_key_base: "{{token}}",
    url: [host: "shop.example.com", port: 443]

  config :sentry, dsn: System.get_env("SENTRY_DSN"), release: "{{short_sha}}"
end"""),
    ("en", """\
# hieradata/common.yaml (Puppet) – plain-text values still here until eyaml migration {{ticket}}
---
profile::base::ntp_servers:
  - '{{ip}}'
  - '{{ip2}}'
profile::ldap::bind_dn: 'cn=puppet,ou=svc,dc=corp,dc=local'
profile::ldap::bind_password: '{{password}}'
profile::monitoring::datadog_api_key: '{{token}}'
profile::backup::s3_access_key: '{{aws_key}}'
profile::backup::s3_secret_key: '{{aws_secret}}'
profile::app::release_checksum: '{{sha256}}'
profile::app::package_version: '{{version}}'"""),
    ("en", """\
# /etc/logstash/conf.d/30-output.conf
output {
  elasticsearch {
    hosts    => ["https://{{hostname}}:9200"]
    user     => "logstash_writer"
    password => "{{password}}"
    index    => "web-%{+YYYY.MM.dd}"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }
}
# sample event that failed the mapping (copied from the DLQ):
# {{ip}} - {{username}} [{{timestamp}}] "POST /api/v2/orders HTTP/1.1" 502 184 "-" "okhttp/4.12.0" req_id={{uuid}}"""),
    ("en", """\
PS C:\\ops> .\\mc.exe alias set backup https://{{hostname}}:9000 {{aws_key}} {{aws_secret}}
Added `backup` successfully.
PS C:\\ops> .\\mc.exe ls backup/veeam-repo
[{{timestamp}}]     0B Backup/
[{{timestamp2}}] 1.2GiB cfg-{{short_sha}}.bco
PS C:\\ops> .\\mc.exe admin info backup
●  {{hostname}}:9000
   Uptime: 41 days
   Version: {{version}}
   Drives: 8/8 OK
   Pool: 1st, Erasure sets: 1, Disks per erasure set: 8"""),
    ("en", """\
# ~/.Renviron  (R session on the analytics server; shared in the data-science channel by accident)
OPENAI_API_KEY={{openai}}
CENSUS_API_KEY={{token2}}
DB_PASSWORD={{password}}

# analysis.R
library(httr2)
resp <- request("https://{{hostname}}/api/v1/cohorts") |>
  req_auth_bearer_token(Sys.getenv("API_TOKEN", "{{jwt}}")) |>
  req_url_query(snapshot = "{{sha}}") |>
  req_perform()
con <- DBI::dbConnect(RPostgres::Postgres(), host = "{{hostname2}}", user = "{{username}}",
                      password = Sys.getenv("DB_PASSWORD"))"""),
    ("de", """\
# src/main/resources/application.yml (Quarkus) – Zugangsdaten kommen später aus dem Secret-Store
quarkus:
  datasource:
    db-kind: postgresql
    username: lager_app
    password: {{password}}          # TODO entfernen, siehe {{ticket}}
    jdbc:
      url: jdbc:postgresql://{{hostname}}:5432/lager
  oidc:
    auth-server-url: https://{{hostname2}}/realms/logistik
    client-id: lager-backend
    credentials:
      secret: {{token}}
  rest-client:
    spedition-api:
      url: https://api.example.net/v2
      # API-Schlüssel der Spedition (Vertrag {{invoice}})
      api-key: {{gcp}}
app:
  build: {{short_sha}}
  version: {{version}}"""),
    ("de", """\
@echo off
REM Netzlaufwerke für die Buchhaltung verbinden (Anmeldeskript, Version {{version}})
REM Ansprechpartner: {{name}}, Durchwahl {{ext}}
net use F: \\\\{{hostname}}\\Buchhaltung /user:CORP\\{{username}} {{password}} /persistent:no
net use G: \\\\{{hostname2}}\\Scans /user:CORP\\svc_scanner {{password2}} /persistent:no
if errorlevel 1 (
  echo Fehler beim Verbinden von G: >> "%TEMP%\\netuse.log"
)
REM Prüfsumme des Installationspakets: {{md5}}
start "" "\\\\{{hostname}}\\Software\\DATEV\\setup.exe" /quiet"""),
    ("fr", """\
// scripts/envoi-sms.js – rappels de rendez-vous (ne pas committer les identifiants !)
const twilio = require("twilio");

const accountSid = "AC{{md5}}";
const authToken = "{{token}}";
const client = twilio(accountSid, authToken);

async function rappel(numero, heure) {
  // numero au format E.164, ex. celui du client de test {{e164}}
  return client.messages.create({
    body: `Rappel : votre rendez-vous est confirmé à ${heure}. Réf. {{ticket}}`,
    from: "{{intl}}",
    to: numero,
  });
}
module.exports = { rappel }; // version {{version}}"""),
    ("fr", """\
<!-- ~/.m2/settings.xml – dépôt Nexus interne (copie envoyée par le support) -->
<settings>
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>{{username}}</username>
      <password>{{password}}</password>
    </server>
    <server>
      <id>github</id>
      <username>ci-bot</username>
      <password>{{github}}</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>central-proxy</id><url>https://{{hostname}}/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
  <!-- dernier build OK : commit {{sha}} -->
</settings>"""),
    ("es", """\
# Despliegue de n8n en el servidor de automatizaciones (copiado del wiki interno, página {{ticket}})
docker run -d --name n8n --restart unless-stopped \\
  -p 5678:5678 \\
  -e N8N_BASIC_AUTH_ACTIVE=true \\
  -e N8N_BASIC_AUTH_USER={{username}} \\
  -e N8N_BASIC_AUTH_PASSWORD={{password}} \\
  -e N8N_ENCRYPTION_KEY={{token}} \\
  -e DB_POSTGRESDB_HOST={{hostname}} \\
  -e DB_POSTGRESDB_PASSWORD={{password2}} \\
  -e WEBHOOK_URL=https://automatizaciones.example.com/ \\
  docker.n8n.io/n8nio/n8n@{{digest}}
# La credencial de HubSpot se guarda dentro de n8n, no aquí. Versión probada: {{version}}"""),
    ("it", """\
# lettura_fatture_pec.py – scarica le fatture elettroniche (SDI) dalla casella PEC
import imaplib
import email

PEC_SERVER = "{{hostname}}"
PEC_UTENTE = "{{email}}"
PEC_PASSWORD = "{{password}}"  # da spostare nel vault, vedi ticket {{ticket}}

def scarica(cartella="INBOX"):
    conn = imaplib.IMAP4_SSL(PEC_SERVER, 993)
    conn.login(PEC_UTENTE, PEC_PASSWORD)
    conn.select(cartella)
    _, ids = conn.search(None, '(SUBJECT "Invio File")')
    # ultimo file elaborato: {{vat}}_{{short_sha}}.xml.p7m, hash {{sha256}}
    return ids"""),
]

PROSE = [
    ("en", """\
ESPP enrolment exception – offering period starting {{date_words}}

Participant: {{name}}
Plan participant ID: {{account}}
Birthdate on brokerage file: {{dob}} (HRIS shows a different year, please reconcile)
Broker login: {{username}}
Contribution elected: 8% of eligible pay, payroll group {{dept}}
Issue: enrolment submitted 2 days after the window closed because the portal was down ({{ticket}}).
Decision needed from the Equity Plan Committee; plan document version {{version}}."""),
    ("en", """\
Prior authorization request – specialty pharmacy

Member ID: {{account}}          Group: {{invoice}}
Patient name: {{name}}          Patient DOB: {{dob}}
Chart number at the prescribing clinic: {{mrn}}
Drug: adalimumab biosimilar 40 mg/0.4 mL pen, qty 2 per 28 days
Diagnosis: moderate to severe plaque psoriasis, failed methotrexate (12 weeks) and phototherapy
Prescriber: {{name2}}, NPI on file, fax {{phone}}
Submitted via {{product}} on {{date}}, reference {{ticket}}."""),
    ("en", """\
Mandatory training – overdue completions (export from the LMS, {{date}})

Learner login: {{username}} | Employee no.: {{account}} | Course: Anti-Bribery 2026 | Due: {{date2}}
Learner login: {{username2}} | Employee no.: {{account2}} | Course: Data Protection Basics | Due: {{date3}}
Learner login: {{username3}} | Employee no.: {{account3}} | Course: Export Controls | Due: {{date4}}

Managers were reminded twice. Escalation to {{dept}} under {{ticket}} if not completed in 10 days."""),
    ("en", """\
401(k) hardship withdrawal – documentation review

Participant: {{name}}    Plan participant number: {{account}}
Date of birth (MM/DD/YYYY): {{dob}}
Reason code: 3 – costs related to the purchase of a principal residence
Amount requested: USD 18,500.00 (gross), federal withholding 10%
Record-keeper web ID: {{username}}
Supporting documents: purchase contract and closing disclosure received {{date}}; file {{invoice}}.
Reviewer note: certification form signed, no plan loans outstanding."""),
    ("en", """\
Vision plan claim – out-of-network reimbursement

Subscriber: {{name}}, Subscriber ID {{account}}
Patient: dependent child, birth date {{dob_words}}
Provider: {{company}} (optometry), invoice {{invoice}}
Services: comprehensive eye exam USD 145, single-vision lenses USD 120, frames USD 189
Claim submitted through the member portal by user {{username}} on {{date}}; claim number {{ticket}}."""),
    ("en", """\
Dependent care FSA – claim {{ticket}}

Employee: {{name}} | Benefits ID: {{account}}
Dependent: {{first2}} {{last}}, born {{dob_iso}}
Care provider: {{company}} (licensed day-care), provider tax ID on file
Period of care: {{date}} – {{date2}}, amount USD 1,650.00
Signed by the employee in the portal ({{username}}); reimbursement to IBAN {{iban}}."""),
    ("en", """\
Workplace drug test – custody and control form summary

Specimen ID: {{serial}}
Donor: {{name}}     Donor ID (employee no.): {{account}}
DOB: {{dob}}
Reason for test: post-accident (forklift incident, report {{ticket}})
Collection site: {{company}}, collector {{name2}}
Result: negative, MRO verified {{date}}; lab accession no. {{invoice}}."""),
    ("en", """\
Hardship program application – utility bill assistance

Applicant: {{name}}
Utility account number: {{account}}
Applicant's date of birth: {{dob_words}}
Household size: 4; monthly income verified by pay stubs
Service address: {{street}}, {{townline}}
Online account username: {{username}}
Requested: 12-month arrears management plan, balance USD 1,212.40; case {{ticket}}."""),
    ("en", """\
Dormant account reactivation – branch operations

Customer: {{name}}
Account no.: {{account}}   (dormant since {{date}})
Date of birth verified against ID: {{dob}}
Online banking user ID: {{username}}
Customer called from {{phone}} (matches record). Reactivation approved by {{name2}}, {{job}}.
Unclaimed-property report {{invoice}} withdrawn; audit reference {{ticket}}."""),
    ("en", """\
Age verification appeal – player support

Player ID: {{account}}
Username: {{username}}
Birth date entered at sign-up: {{dob}}
Birth date on the uploaded document: {{dob2}}
Account was locked by the age gate after the chat filter flagged a message (ticket {{ticket}}).
Game build {{version}}, platform: console. Recommendation: unlock, document matches, adult account."""),
    ("de", """\
Kurzarbeit – Abrechnungsliste Monat November (Auszug für die Agentur für Arbeit)

Personalnummer | Name | Geburtsdatum | Ausfallstunden | Kostenstelle
{{account}} | {{name}} | {{dob}} | 46 | 4410
{{account2}} | {{name2}} | {{dob2}} | 38 | 4410
{{account3}} | {{name3}} | {{dob3}} | 52 | 4420

Erstellt von {{username}} am {{date}}, Betriebsnummer siehe Antrag {{ticket}}.
Abgleich mit der Lohnabrechnung (Version {{version}}) ohne Abweichungen."""),
    ("de", """\
Führerscheinkontrolle Dienstwagen – Halbjahr 2

Fahrer/in: {{name}}
Personalnummer: {{account}}
Geburtsdatum laut Führerschein: {{dob}}
Führerscheinklassen: B, BE – gültig, keine Auflagen
Kontrolle durchgeführt per App ({{product}}), Benutzerkennung des Fahrers: {{username}}
Fahrzeug: Kennzeichen im Fuhrparksystem, Leasingvertrag {{invoice}}
Nächste Kontrolle fällig: {{date}}"""),
    ("fr", """\
Inscription au restaurant d'entreprise – formulaire RH

Nom et prénom : {{name}}
Matricule : {{account}}
Date de naissance : {{dob}}
Numéro de badge : {{serial}}
Identifiant intranet : {{username}}
Service : {{dept}}, site principal
Régime : sans porc ; subvention employeur appliquée à partir du {{date}}.
Demande {{ticket}} validée par le gestionnaire de paie."""),
    ("fr", """\
Dossier Action Logement – demande de logement social (collaborateur)

Demandeur : {{name}}
Date de naissance : {{dob_words}}
Numéro d'allocataire CAF : {{account}}
Numéro unique de demande : {{invoice}}
Matricule interne : {{account2}}
Composition du foyer : 2 adultes, 1 enfant ; revenu fiscal de référence joint
Dossier saisi par {{username}} le {{date}} (référence interne {{ticket}})."""),
    ("es", """\
Alta en el plan de retribución flexible – cheque guardería

Empleado/a: {{name}}
Nº de empleado: {{account}}
Usuario del portal del empleado: {{username}}
Hijo/a: {{first2}} {{last}}, fecha de nacimiento {{dob}}
Guardería: {{company}}, importe mensual 280,00 €
Fecha de efecto: {{date}}; solicitud {{ticket}} aprobada por {{dept}}."""),
    ("it", """\
Richiesta tessera buoni pasto elettronici

Dipendente: {{name}}
Matricola: {{account}}
Data di nascita: {{dob}}
Nome utente portale HR: {{username}}
Sede: stabilimento principale, turno giornaliero
Valore nominale: 8,00 € per giorno lavorato
Tessera n. {{serial}} da consegnare tramite {{dept}}; pratica {{ticket}} del {{date}}."""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
