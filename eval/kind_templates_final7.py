"""FINAL7 templates of the generalisation corpus kinds (eval.kinds), for the `final7` split.

Written by a helper session after the final6 split had been scored once, without ever running the
detection engine on them or reading its code, any results or any split's misses: only the labelled
texts themselves were generated and checked by the tests. Never to be tuned on: the lead scores them
once (`python -m eval --split final7`). They imitate what employees of US and EU enterprises paste into
an LLM at work: vendor security questionnaires, board invitations, exhibitor logistics, grant office
mails, bug-bounty triage, SaaS renewals, translation quotes, audit evidence requests, site RFIs, product
recalls, tax-adviser and accountant queries, benefit and training-provider mails; rooming lists,
registered-agent filings, insurance certificates, lease abstracts, supplier-portal records, pharmacy
route sheets, address-correction reports, utility move-ins, lockbox scans, catering orders, business
registrations, shredding pick-ups, fibre installations, travel orders, tax-domicile changes and gas
connections; vendor reference calls, password-reset calls, interview-panel chats, dock appointments,
concierge chats, repair texts, sales discovery calls, meter disputes, AI meeting notes, student
housing chats, energy and health-insurer calls, loan appointments, number porting, MOT bookings and
tax-return calls; Bitbucket Pipelines, Azure CLI output, Docker config.json, gradle.properties, Vault
reads, Superset configs, Nextcloud config.php, Rails credentials, Argo CD repository secrets, Go
webhooks, SMTP and restic scripts, Symfony .env.local, PowerShell account scripts, Moodle compose
files and MySQL backup crons; tuition reimbursement, relocation files, adverse-event reports,
chargebacks, lost property, student record changes, jury leave, loyalty merges, SIM swaps,
beneficial-owner records, educational leave, company cars, telework riders, salary advances, training
grants and supplementary health refunds. Ordinary text surrounds the values (amounts, order, ticket
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
Re: Vendor security questionnaire (SIG Lite 2025) – {{product}}

Hi {{first2}},

Please find our completed SIG Lite attached, together with the SOC 2 Type II bridge letter (period
ending Q3) and the pen-test executive summary. Answers to sections D (Asset Management) and H (Access
Control) reference our policy set at version {{version}}; control evidence is in the shared data room
under folder {{ticket}}.

Two items are marked "N/A": we do not process cardholder data, and no subprocessor outside the EEA
has access to production.

Best,
{{first}} {{last}}
{{job}} – Governance, Risk & Compliance
{{company}}
o. {{phone}} | m. {{intl}}
{{email}}"""),
    ("en", """\
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
SUMMARY:Q4 Board of Directors – Audit Committee pre-read
UID:{{uuid}}
DTSTART;TZID=Eastern Standard Time:20261208T090000
LOCATION:Boardroom 12B / Teams
DESCRIPTION:Dear Directors,\\n\\nThe pre-read pack (v{{version}}) is in Diligent. Please confirm
 attendance with me by Friday.\\n\\nKind regards,\\n{{first}} {{last}}\\nExecutive Assistant to
 the CEO\\n{{company}}\\nDirect {{phone}}\\nCell {{e164}}\\n{{email}}
ORGANIZER;CN={{first}} {{last}}:mailto:{{internal_email}}
END:VEVENT
END:VCALENDAR"""),
    ("en", """\
Subject: Booth 2214 – freight target dates and badge list

Hello {{first2}},

Exhibitor Services has released booth 2214 (20x20 island). Advance-warehouse freight must arrive
between 3 and 7 November; direct-to-show on the 10th only, 08:00–12:00, marshalling yard gate C.
Please send the badge list (max. 12) and the hanging-sign rigging form by the 28th. Your order
confirmation is {{invoice}}; electrical order {{ticket}}.

Thanks so much,

{{first}} {{last}} | {{job}}
Event Operations, {{company}}
Desk: {{ext}}
On site (show days only): {{phone}}
{{email}}"""),
    ("en", """\
Dear Dr. {{last2}},

The Office of Sponsored Programs has reviewed proposal {{ticket}} ("Low-power sensing for
cold-chain logistics"). Before we can route it for the Dean's signature we need the updated budget
justification (indirect costs at the negotiated 52% MTDC rate) and the letter of collaboration from
{{company2}}.

The sponsor deadline is 5:00 p.m. local time on the 14th; internal deadline is five business days
earlier.

Sincerely,

{{name}}
Grants and Contracts Officer
Office of Sponsored Programs, {{company}}
Phone: {{phone}} · Fax: {{local7}}
{{email}}"""),
    ("en", """\
Report #{{ticket}} – Stored XSS in the invoice notes field

Hi there,

Thanks for the detailed write-up. We were able to reproduce this on {{product}} {{version}} and
have triaged it as Medium (CVSS 5.4). A fix is scheduled for the next release train (build
{{short_sha}}); the bounty will be awarded once the fix is verified.

Please keep the report private until we mark it disclosed.

—
{{first}} {{last}}
{{job}}, Product Security Incident Response Team
{{company}}
PGP fingerprint: {{sha}}
Security line: {{phone}} | {{email}}"""),
    ("en", """\
Subject: Your {{product}} renewal – quote {{invoice}} (expires in 30 days)

Hi {{first2}},

Your current subscription (250 Enterprise seats, contract {{ticket}}) renews on the 1st of next
month. Attached is the renewal quote: list price is up 7%, but as discussed I've held your rate
flat in exchange for a 24-month term. Adding the Sandbox add-on would be another $4,800/yr.

Happy to walk your procurement team through it this week.

Cheers,
{{first}}
--
{{first}} {{last}}
Senior Account Executive | {{company}}
{{phone}} (office) · {{intl}} (mobile)
{{email}}
VAT {{vat}}"""),
    ("en", """\
Hello {{first2}},

Thank you for sending the source files. Our quote for project {{ticket}} (EN > DE, FR, IT; 18,430
new words, 3,912 fuzzy matches, DTP for the 46-page InDesign manual) is attached as {{invoice}}.
Delivery would be ten working days from approval; the termbase export from your last project is
already loaded into memoQ.

With best regards

{{name}}
{{job}}
{{company}} – Language Services
T {{phone}}
E {{email}}
ISO 17100 certified"""),
    ("en", """\
RE: PBC request list FY2026 – control ITGC-07 (user access review)

Hi {{first2}},

For our interim testing we still need: (1) the Q2 and Q3 access review sign-offs for the ERP
production client, (2) the population of terminated users with HR termination dates, and (3)
evidence of the change ticket {{ticket}} approval. Sample selections are in tab 3 of the tracker
(rev {{version}}).

Thanks in advance,

{{first}} {{last}}, CPA, CISA
{{job}} | Risk Assurance
{{company}}
Office: {{phone}} | Mobile: {{e164}}
{{email}}"""),
    ("en", """\
RFI No. 087 – Level 3 slab penetrations at grid C/7

Response: Coordinate with the MEP sleeve drawing rev. F. Penetrations up to 150 mm may be cored
without additional reinforcement provided they stay 300 mm clear of the column face. Anything larger
requires a trimmer detail from the structural engineer (see SK-214).

Answered by:
{{first}} {{last}}, P.E.
Project Engineer
{{company}}
Site trailer: {{local7}}
Cell: {{phone}}
{{email}}

cc: {{name2}} (Superintendent), document control"""),
    ("en", """\
URGENT: Voluntary recall – {{product}} infusion set, lot numbers listed below

Dear Customer,

{{company}} is voluntarily recalling the lots below because of a possible occlusion in the
Y-connector. Please quarantine affected stock, complete the attached response form (even if you
hold no stock) and return it within 10 days. Lots: {{serial}}, {{serial2}}. Field action reference:
{{ticket}}.

For questions, contact:
{{first}} {{last}}
{{job}}, Quality Assurance & Regulatory Affairs
{{company}}
Tel. {{phone}} (8am–6pm) | 24h: {{intl}}
{{email}}"""),
    ("de", """\
Betreff: Umsatzsteuer-Voranmeldung 10/2026 – fehlende Belege

Sehr geehrte Frau {{last2}},

für die Voranmeldung Oktober fehlen uns noch die Eingangsrechnungen von {{company2}}
(Rechnungsnr. {{invoice}}) sowie der Kontoauszug mit der Erstattung aus dem Vormonat. Bitte laden
Sie die Belege bis zum 8. in DATEV Unternehmen online hoch, damit wir die Frist am 10. halten.

Mit freundlichen Grüßen

{{first}} {{last}}
Steuerfachangestellte
{{company}} Steuerberatungsgesellschaft mbH
Telefon {{phone}}
Telefax {{local7}}
{{email}}
USt-IdNr. {{vat}}"""),
    ("de", """\
Hallo zusammen,

anbei die Teilnehmerliste für die Hausmesse am Standort Nord (Halle 4, Einlass ab 9 Uhr). Die
Vorführung der neuen Baureihe {{product}} beginnt um 10:30; Parkplätze sind über Tor 2 erreichbar.
Bitte meldet Gäste bis Mittwoch nach, Bestellnummer für das Catering ist {{invoice}}.

Viele Grüße
{{first}}

{{first}} {{last}} | {{job}}
{{dept}}
{{company}}
Mobil: {{intl}} | Zentrale: {{phone}}
{{email}}
Sitz der Gesellschaft: {{city}}, Amtsgericht {{city2}}"""),
    ("fr", """\
Objet : Affiliation à la mutuelle d'entreprise – dossier {{ticket}}

Bonjour {{first2}},

Suite à votre embauche, votre affiliation au contrat collectif frais de santé (formule Confort) est
effective depuis le 1er du mois. Votre carte de tiers payant sera envoyée sous 10 jours ; en cas de
dispense, merci de nous retourner le formulaire signé avant le {{date}}.

Bien cordialement,

{{first}} {{last}}
{{job}}
Service Ressources Humaines – {{company}}
Tél. : {{phone}}
{{email}}"""),
    ("fr", """\
Madame, Monsieur,

Nous avons le plaisir de vous confirmer l'inscription de {{name2}} à la session « Habilitation
électrique B1V-BR » du 17 au 19 novembre (21 heures, salle Faraday). La convocation et le
programme sont joints ; la convention de formation {{invoice}} est à nous retourner signée.

Restant à votre disposition,

{{first}} {{last}}
Chargée de formation
{{company}} – Organisme de formation n° {{serial}}
Ligne directe : {{phone}} · Portable : {{intl}}
{{email}}"""),
    ("es", """\
Hola {{first2}}:

Para tramitar tu alta como autónomo necesitamos copia del DNI, el certificado de cuenta bancaria
y el epígrafe del IAE que vas a utilizar. La cuota del primer año será la tarifa plana de 80 €/mes.
Tu expediente en la gestoría es el {{ticket}}.

Un saludo,

{{first}} {{last}}
{{job}}
{{company}} Asesores
Tel. {{phone}} · Móvil {{intl}}
{{email}}"""),
    ("it", """\
Gentile {{first2}},

le ricordiamo che il modello F24 relativo al saldo IMU e all'acconto IRPEF è in scadenza il 16 del
mese. Trova la delega precompilata nell'area riservata (pratica {{ticket}}); l'importo totale è di
€ 2.318,40.

Cordiali saluti,

Dott. {{first}} {{last}}
{{job}}
Studio {{company}} – Commercialisti associati
Tel. {{phone}} | Cell. {{intl}}
PEC/E-mail: {{email}}
P.IVA {{vat}}"""),
]

ADDRESS = [
    ("en", """\
Rooming list – Annual Sales Kickoff (group code {{ticket}})

Arrival,Departure,Guest,Room type,Billing,Home address
11/16,11/19,{{name}},King,Master,"{{street}}, {{townline}}, {{country}}"
11/16,11/19,{{name2}},Double Queen,Master,"{{street2}}, {{townline2}}, {{country}}"
11/17,11/19,{{name3}},King ADA,Individual,"{{street3}}, {{townline3}}, {{country}}"

Block: 140 room nights, cut-off 30 days prior. Master account {{invoice}}; F&B minimum $38,000."""),
    ("en", """\
STATEMENT OF CHANGE OF REGISTERED AGENT AND/OR REGISTERED OFFICE

1. Entity name: {{company}}          File number: {{serial}}
2. Current registered agent: {{company2}} Corporate Services
3. New registered agent: {{name}}
4. New registered office (street address, no P.O. boxes):
   {{street}}
   {{townline}}
5. Mailing address of the entity:
   {{pobox}}
   {{townline2}}

Filed electronically on {{date}}; filing fee $25.00, confirmation {{tracking}}."""),
    ("en", """\
CERTIFICATE OF LIABILITY INSURANCE                        DATE (MM/DD/YYYY): {{date}}

PRODUCER: {{company}} Insurance Brokers, {{street}}, {{townline}}
INSURED:  {{company2}} LLC
          {{street2}}
          {{townline2}}
COVERAGES: Commercial General Liability, occurrence – each occurrence $1,000,000; general aggregate
$2,000,000. Policy number {{serial}}, effective 01/01 to 01/01.

CERTIFICATE HOLDER:
{{name}}
{{company3}}
{{street3}}
{{unit}}
{{townline3}}"""),
    ("en", """\
LEASE ABSTRACT – Suite 400 (lease id {{ticket}})

Landlord: {{company}} Realty Trust
Tenant: {{company2}}, Inc.
Premises: 12,450 RSF, 4th floor
Term: 84 months; base rent $38.50/RSF escalating 3% annually; 5 months free rent.

Notices to Landlord:
  c/o {{name}}, Asset Manager
  {{street}}
  {{townline}}
Notices to Tenant:
  Attn: General Counsel
  {{street2}}
  {{townline2}}
  with a copy to {{name2}}, {{email}}"""),
    ("en", """\
Supplier record – Coupa (pending approval, request {{ticket}})

Supplier name ........ {{company}}
Tax id (W-9) ......... on file
Primary contact ...... {{name}} ({{email}})
Remit-to address ..... {{street}}
                       {{townline}}
                       {{country}}
Ordering address ..... {{pobox}}, {{townline2}}
Payment terms ........ Net 45, ACH
Bank account ......... {{iban}}
Commodity ............ Lab consumables (UNSPSC 41116000)"""),
    ("en", """\
ROUTE SHEET – Pharmacy home delivery, van 7, {{date}}

Stop 1  {{name}}
        {{street}}, {{townline}}
        Rx bag x2, cold chain, signature required – tel {{phone}}
Stop 2  {{name2}}
        {{street2}}
        {{unit}}
        {{townline2}}
        Leave with concierge; tote {{tracking}}
Stop 3  {{name3}}, {{street3}}, {{townline3}}
        Controlled drug – ID check

Driver sign-off: __________  Temp log: 2.8–6.1 °C"""),
    ("en", """\
NCOA / address correction report – batch {{ticket}} (run {{timestamp}})

customer_id,old_address,new_address,move_type,move_date
{{account}},"{{street}}, {{townline}}","{{street2}}, {{townline2}}",Individual,{{date}}
{{account2}},"{{street3}}, {{townline3}}","{{pobox}}, {{townline4}}",Family,{{date2}}

Summary: 18,204 records processed; 312 moves found; 41 undeliverable (DPV N)."""),
    ("en", """\
Service start confirmation – order {{invoice}}

Account holder: {{name}}
Service address:
  {{street}}
  {{unit}}
  {{townline}}
Start date: {{date}}   Meter number: {{serial}}
Billing address (if different):
  {{street2}}, {{townline2}}
Deposit waived (letter of credit from previous utility on file). Paperless billing to {{email}}."""),
    ("en", """\
Lockbox image 0042 – OCR extract (deposit {{ticket}})

Remitter: {{name}}
          {{street}}
          {{townline}}
Check no. 3318   Amount: $1,742.16   Invoice(s) paid: {{invoice}}, {{invoice2}}
Memo: "final payment, see letter"
Payee: {{company}}, Accounts Receivable, {{pobox}}, {{townline2}}
MICR line: {{serial}}
Exception: short-pay of $12.40 against {{invoice2}} – route to collector."""),
    ("en", """\
CATERING ORDER {{invoice}}

Event: Leadership offsite – day 2 lunch (42 guests, 6 vegetarian, 2 gluten-free)
Deliver to: {{company}}
            {{street}}
            {{unit}}
            {{townline}}
Delivery window: 11:15–11:30, loading dock on the north side
On-site contact: {{name}}, {{phone}}
Bill to: {{company}} Accounts Payable, {{street2}}, {{townline2}}
PO {{ticket}}; 18% service charge included."""),
    ("de", """\
Gewerbeanmeldung – Anlage Betriebsstätte (Vorgang {{ticket}})

Name der Firma: {{company}} GmbH
Vertretungsberechtigte Person: {{name}}
Anschrift der Betriebsstätte:
{{street}}
{{townline}}
Anschrift der Hauptniederlassung:
{{street2}}
{{townline2}}
{{country}}
Angemeldete Tätigkeit: Großhandel mit Druckerzubehör, Beginn am {{date}}
Gebühr 26,00 € – Kassenzeichen {{serial}}"""),
    ("de", """\
Abholauftrag Aktenvernichtung (Auftragsnr. {{invoice}})

Auftraggeber: {{company}}
Abholadresse:
{{street}}
{{unit}}
{{townline}}
Ansprechpartner vor Ort: {{name}}, Tel. {{phone}}
Menge: 14 Sicherheitsbehälter 240 l, Schutzklasse 2, Sicherheitsstufe P-4
Vernichtungsnachweis an: {{email}}
Rechnungsanschrift: {{street2}}, {{townline2}}"""),
    ("fr", """\
BON D'INTERVENTION – Raccordement fibre (commande {{ticket}})

Client : {{name}}
Adresse d'installation :
{{street}}
{{unit}}
{{townline}}
Créneau : {{date}}, 8 h – 12 h
Référence PTO : {{serial}}
Contact : {{phone}}
Observations : boîtier d'étage au 3e, code d'accès au gardien. Facturation à l'adresse :
{{street2}}, {{townline2}}"""),
    ("fr", """\
ORDRE DE MISSION n° {{ticket}}

Salarié : {{name}}, {{job}}
Résidence administrative : {{company}}, {{street}}, {{townline}}
Lieu de la mission : {{company2}}
                     {{street2}}
                     {{townline2}}
                     {{country}}
Dates : du {{date}} au {{date2}}
Transport : train 2nde classe, hôtel plafonné à 120 € / nuit
Imputation analytique : {{invoice}}"""),
    ("es", """\
Solicitud de cambio de domicilio fiscal (expediente {{ticket}})

Razón social: {{company}} S.L.
Representante: {{name}}
Domicilio fiscal anterior:
{{street}}
{{townline}}
Nuevo domicilio fiscal:
{{street2}}
{{unit}}
{{townline2}}
Fecha de efectos: {{date}}
Notificaciones electrónicas a: {{email}}"""),
    ("it", """\
Richiesta di allacciamento alla rete gas – pratica {{ticket}}

Richiedente: {{name}}
Indirizzo di fornitura:
{{street}}
{{unit}}
{{townline}}
Codice PDR: {{serial}}
Uso: riscaldamento individuale + cottura, potenza 24 kW
Indirizzo per la corrispondenza:
{{street2}}, {{townline2}}
Recapito: {{phone}} – {{email}}"""),
]

DIALOGUE = [
    ("en", """\
Vendor reference call – {{product}} evaluation (notes by {{first2}})

{{first2}}: Thanks for making time. How long have you been running it in production?
{{first}}: About two years, across three business units. We moved off the legacy suite in 2024.
{{first2}}: How was the migration?
{{first}}: Longer than promised – nine months instead of six – but their solutions engineer,
{{name3}}, was excellent. If you sign, ask for her.
{{first2}}: And support?
{{first}}: P1s get answered within the hour. If you want to talk to our admin, {{name4}}, she's on
{{phone}}; mention my name.
{{first2}}: Great, thanks. I'll put that in ticket {{ticket}}."""),
    ("en", """\
[Service Desk call recording – transcript, {{timestamp}}]

Agent: IT Service Desk, this is {{first}}. How can I help?
Caller: Hi, I'm locked out of my account after the password change.
Agent: No problem. Can I have your name and employee ID?
Caller: {{name2}}, and the ID is on my badge... it's {{account}}.
Agent: Thanks. And your username?
Caller: {{username}}.
Agent: I'll send a verification code to the mobile on file ending in the last four of {{phone}}. Got it?
Caller: Yes, 481-220.
Agent: Verified. I've unlocked the account; incident {{ticket}} is closed. Anything else?"""),
    ("en", """\
#recruiting-eng (Teams) – exported {{date}}

{{first}} 10:02  Panel for the Staff Data Engineer loop: can we do Thursday 1–4pm?
{{first2}} 10:04  I can take system design. {{name3}} is out, so we need another coding interviewer.
{{first}} 10:05  Candidate is {{name4}}, prefers afternoons (she's in {{city}}), phone {{phone}}
{{first2}} 10:07  I'll ask {{first5}}. Greenhouse req is {{ticket}}.
{{first}} 10:09  Booked. Zoom link goes out from the scheduler, not from me."""),
    ("en", """\
Dock scheduling chat – DC North, door 14

Carrier dispatch: Morning, load {{tracking}} is running 40 min late, driver stuck at the weigh station.
Dock office ({{first}}): OK, we can move you to 10:20. Driver name and cell?
Carrier dispatch: {{name2}}, {{phone}}. Trailer 53' reefer, set at 34 °F.
Dock office ({{first}}): Noted. PO {{invoice}}, 22 pallets, lumper fee applies.
Carrier dispatch: Understood. Backup driver is {{name3}} if he times out."""),
    ("en", """\
WhatsApp Business – Front Office, exported

[18:42] Guest: Hi, this is {{first}} {{last}} in room 1107. Could we get a late checkout tomorrow?
[18:44] Concierge {{first2}}: Good evening Mr./Ms. {{last}}! 2pm is confirmed at no charge.
[18:45] Guest: Great. Also, my colleague {{name3}} arrives at midnight – reservation under {{company}}.
[18:47] Concierge {{first2}}: Noted on folio {{invoice}}. Would you like us to book a car to the airport?
[18:48] Guest: Yes, 3pm please. Driver can call me on {{intl}}.
[18:50] Concierge {{first2}}: Done – confirmation {{ticket}}."""),
    ("en", """\
Text thread (exported from the property app)

Tenant ({{name}}): the kitchen tap is leaking again, water under the sink
Property manager: Sorry about that! I've raised work order {{ticket}}. Plumber is {{name2}} from
{{company}}, he'll call you first.
Tenant ({{name}}): ok, I'm at work till 5, best number is {{phone}}
Property manager: He can do Thursday 8–10am. Is that ok?
Tenant ({{name}}): Thursday works. Key is with the neighbour in unit 3B if I'm late"""),
    ("en", """\
Call summary – Discovery call (recorded), {{date}}

Participants: {{name}} ({{job}}, {{company}}), {{name2}} (AE), {{name3}} (SE)

00:01:12 {{first2}}: What triggered the evaluation?
00:01:20 {{first}}: Our renewal with the incumbent is in March and they want 18% more.
00:04:05 {{first3}}: Which ERP are you on?
00:04:09 {{first}}: SAP S/4HANA, 2023 release. Our CFO, {{name4}}, signs anything over $100k.
00:12:47 {{first2}}: Best way to reach you next week?
00:12:51 {{first}}: Mobile, {{phone}}, or {{email}}.
Next step: technical deep-dive, opportunity {{ticket}}, stage 2 (Discovery)."""),
    ("en", """\
Customer care – billing dispute, call notes + partial transcript

Agent: You're through to the billing team, my name is {{first}}.
Customer: Hi, my name's {{name2}}. My bill says I used 1,900 kWh in September, that's impossible.
Agent: Let me pull up the account... is that {{account}}?
Customer: Yes. Service address is {{street}}.
Agent: The reading was estimated. Can you read me the meter digits?
Customer: 0-4-4-1-7.
Agent: Thanks. I'll rebill on actuals and credit $212.18. Reference {{ticket}}. We'll text {{phone}}
when it's done."""),
    ("en", """\
Meeting notes (auto-generated) – "Weekly sync: EMEA partner onboarding"

Attendees: {{name}}, {{name2}}, {{name3}}
Summary:
- {{first}} reported that {{company}} signed the reseller agreement; onboarding ticket {{ticket}}.
- {{first2}} will send the partner portal invite to their contact {{name4}} ({{email}}).
- {{first3}} flagged that the demo tenant still runs {{product}} {{version}}; upgrade before the
  joint webinar.
Action items:
- {{first2}}: call {{first4}} on {{intl}} to confirm the webinar date.
- {{first}}: update the MDF budget sheet."""),
    ("en", """\
Live chat – Student Accommodation Office

Student: hi, I've been allocated a room in Maple Court but I asked for a studio
Advisor ({{first}}): Hi! Can I take your student number and full name?
Student: {{account}}, {{name2}}
Advisor ({{first}}): Thanks {{first2}}. Studios are full, but you're 4th on the waitlist.
Student: ok. can you also update my emergency contact? it's my dad, {{name3}}, {{phone}}
Advisor ({{first}}): Updated. Your contract reference is {{ticket}}; move-in is {{date_words}}."""),
    ("de", """\
Telefonnotiz Kundenservice – Zählerwechsel

Anruferin: {{name}}, Vertragskonto {{account}}
Anliegen: Der Messstellenbetreiber hat am {{date}} den Zähler getauscht; die Schlussablesung des
alten Zählers fehlt in der Rechnung.
Vereinbart: Kundin schickt Foto des Ausbauprotokolls an {{email}}. Rückruf durch {{first2}} aus
dem Team Abrechnung unter {{phone}}.
Zitat Kundin: „Ich habe das jetzt dreimal erklärt, bitte rufen Sie mich diesmal wirklich zurück."
Ticket {{ticket}}"""),
    ("de", """\
Gesprächsprotokoll Krankenkasse – Bonusprogramm

Mitarbeiter: Guten Tag, Sie sprechen mit {{first}} von der Servicestelle.
Versicherter: Hallo, {{name2}} hier. Ich wollte fragen, warum mein Bonus noch nicht ausgezahlt ist.
Mitarbeiter: Darf ich Ihre Versichertennummer haben?
Versicherter: {{account}}. Geboren bin ich am {{dob}}.
Mitarbeiter: Danke. Es fehlt der Nachweis des Sportvereins. Sie können ihn in der App hochladen.
Versicherter: Und die Auszahlung geht auf mein Konto {{iban}}?
Mitarbeiter: Genau. Vorgang {{ticket}}."""),
    ("fr", """\
Compte rendu d'appel – agence bancaire

Conseiller : Bonjour, {{first}} à l'agence, je vous écoute.
Client : Bonjour, {{name2}}. Je voudrais un rendez-vous pour un prêt auto, environ 18 000 €.
Conseiller : Très bien. Vous êtes client chez nous ? Votre numéro de compte ?
Client : {{account}}.
Conseiller : Parfait. Mardi à 17 h 30 avec {{name3}}, notre conseillère crédit ?
Client : D'accord. Vous pouvez me rappeler au {{phone}} si ça change.
Conseiller : C'est noté, dossier {{ticket}}."""),
    ("fr", """\
Chat support – portabilité du numéro

Client : bonjour je veux garder mon numéro en passant chez vous
Agent {{first}} : Bonjour ! Pas de souci. Il me faut le numéro à porter et votre code RIO.
Client : c'est le {{phone}}, RIO {{serial}}
Agent {{first}} : Merci. Le titulaire de la ligne, c'est bien vous ?
Client : oui, {{name2}}, né le {{dob}}
Agent {{first}} : Parfait, la portabilité sera effective le {{date}}. Commande {{invoice}}."""),
    ("es", """\
Transcripción – llamada al taller

Recepción: Talleres {{company}}, le atiende {{first}}.
Cliente: Hola, soy {{name2}}. Quería cita para la revisión de los 60.000 km y para pasar la ITV.
Recepción: ¿Matrícula del coche?
Cliente: Es un Seat León de 2019, la matrícula se la digo al llegar.
Recepción: Le puedo dar el jueves a las 8:30. ¿Un teléfono de contacto?
Cliente: Sí, el {{spelled}}.
Recepción: Perfecto, queda anotado con la orden {{ticket}}."""),
    ("it", """\
Trascrizione chiamata – CAF, modello 730

Operatrice: CAF {{company}}, sono {{first}}, mi dica.
Contribuente: Buongiorno, sono {{name2}}. Volevo sapere se il mio 730 è stato trasmesso.
Operatrice: Mi dà il codice della pratica?
Contribuente: {{ticket}}.
Operatrice: Sì, trasmesso il {{date}}; il rimborso di 642 euro arriverà in busta paga a luglio.
Contribuente: Bene. Se serve, il mio cellulare è {{spelled}}.
Operatrice: Perfetto, lo aggiungo in anagrafica."""),
]

CODE = [
    ("en", """\
# bitbucket-pipelines.yml
image: node:20-alpine

pipelines:
  branches:
    main:
      - step:
          name: Build and deploy
          caches: [node]
          script:
            - npm ci && npm run build
            - export AWS_ACCESS_KEY_ID={{aws_key}}
            - export AWS_SECRET_ACCESS_KEY={{aws_secret}}
            - aws s3 sync dist/ s3://web-static-prod --delete
            - curl -X POST -d '{"text":"deployed {{short_sha}}"}' {{slack_hook}}
# repository variables were moved here during the migration by {{username}}; TODO revert"""),
    ("en", """\
$ az ad sp create-for-rbac --name ci-deployer --role Contributor --scopes /subscriptions/{{uuid}}
Creating 'Contributor' role assignment under scope '/subscriptions/{{uuid}}'
The output includes credentials that you must protect.
{
  "appId": "{{uuid2}}",
  "displayName": "ci-deployer",
  "password": "{{password}}",
  "tenant": "{{uuid3}}"
}
$ az storage account keys list -g rg-data-prod -n stdataprod --query "[0].value" -o tsv
{{azure}}"""),
    ("en", """\
// ~/.docker/config.json on build agent {{hostname}}
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "{{token}}"
    },
    "ghcr.io": {
      "username": "{{username}}",
      "password": "{{github}}"
    }
  },
  "credsStore": "",
  "currentContext": "default",
  "HttpHeaders": { "User-Agent": "Docker-Client/26.1.4 (linux)" }
}"""),
    ("en", """\
# gradle.properties (do NOT commit – copied from {{path}})
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
version={{version}}

ossrhUsername={{username}}
ossrhPassword={{password}}
signing.keyId=7A3F91C2
signing.password={{password2}}
gitlabPackagesToken={{gitlab}}
sonar.host.url=https://{{hostname}}
sonar.token={{token}}"""),
    ("en", """\
$ vault kv get -mount=secret payments/prod/stripe
======= Secret Path =======
secret/data/payments/prod/stripe

======= Metadata =======
Key                Value
---                -----
created_time       {{timestamp}}
custom_metadata    map[owner:{{internal_email}}]
version            14

====== Data ======
Key              Value
---              -----
api_key          {{stripe}}
webhook_secret   whsec_{{token}}"""),
    ("en", """\
# superset_config.py – analytics stack ({{product}} {{version}})
import os

ROW_LIMIT = 50000
SECRET_KEY = "{{token}}"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:{{password}}@{{hostname}}:5432/superset"

MAPBOX_API_KEY = os.environ.get("MAPBOX_API_KEY", "")
SMTP_HOST = "{{ip}}"
SMTP_USER = "{{internal_email}}"
SMTP_PASSWORD = "{{password2}}"
SMTP_MAIL_FROM = "{{internal_email}}"
WEBDRIVER_BASEURL = "http://superset:8088/"
# owner: {{name}} ({{dept}})"""),
    ("en", """\
<?php
// config/config.php – Nextcloud {{version}} (instance {{uuid}})
$CONFIG = array (
  'instanceid' => 'oc{{short_sha}}',
  'passwordsalt' => '{{token}}',
  'secret' => '{{token2}}',
  'trusted_domains' => array (0 => 'files.internal', 1 => '{{ip}}'),
  'dbtype' => 'mysql',
  'dbhost' => '{{hostname}}',
  'dbuser' => 'nextcloud',
  'dbpassword' => '{{password}}',
  'mail_smtpname' => '{{email}}',
  'mail_smtppassword' => '{{password2}}',
  'maintenance' => false,
);"""),
    ("en", """\
$ EDITOR=cat bin/rails credentials:show --environment production
aws:
  access_key_id: {{aws_key}}
  secret_access_key: {{aws_secret}}
sendgrid:
  api_key: SG.{{token}}
openai:
  api_key: {{openai}}
secret_key_base: {{token2}}
# last rotated by {{name}} on {{date}}, see {{ticket}}"""),
    ("en", """\
apiVersion: v1
kind: Secret
metadata:
  name: repo-platform-manifests
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
  annotations:
    managed-by: {{username}}
stringData:
  type: git
  url: https://github.com/acme-platform/manifests.git
  username: {{username2}}
  password: {{github}}
---
# applied from commit {{sha}} ({{product}} rollout, change {{ticket}})"""),
    ("en", """\
// cmd/notify/main.go – posts failed payouts to the finance channel
package main

import (
	"bytes"
	"net/http"
)

const (
	webhookURL = "{{slack_hook}}"
	botToken   = "{{slack}}"
	apiBase    = "https://{{hostname}}/v2"
	apiKey     = "{{gcp}}" // maps key, restricted to {{ip}}
)

func main() {
	body := []byte(`{"text":"payout batch {{uuid}} failed"}`)
	http.Post(webhookURL, "application/json", bytes.NewReader(body))
}"""),
    ("de", """\
#!/usr/bin/env python3
# Versendet den wöchentlichen Lagerbestandsbericht an den Einkauf.
# Ansprechpartner: {{name}} ({{dept}}), Änderungen bitte über {{ticket}}.
import smtplib
from email.message import EmailMessage

SMTP_SERVER = "{{hostname}}"
BENUTZER = "{{internal_email}}"
PASSWORT = "{{password}}"  # TODO: in den Vault verschieben

nachricht = EmailMessage()
nachricht["Subject"] = "Lagerbestand KW 47 ({{product}})"
nachricht["From"] = BENUTZER
nachricht["To"] = "{{email}}"
with smtplib.SMTP_SSL(SMTP_SERVER, 465) as server:
    server.login(BENUTZER, PASSWORT)
    server.send_message(nachricht)"""),
    ("de", """\
#!/bin/bash
# Nächtliche Sicherung der Fileserver-Freigaben mit restic nach S3 (Standort {{city}})
# Verantwortlich: {{first}} {{last}}, Rufbereitschaft {{phone}}
set -euo pipefail

export AWS_ACCESS_KEY_ID="{{aws_key}}"
export AWS_SECRET_ACCESS_KEY="{{aws_secret}}"
export RESTIC_REPOSITORY="s3:https://s3.eu-central-1.amazonaws.com/backup-fs01"
export RESTIC_PASSWORD="{{password}}"

restic backup /srv/freigaben --tag nightly --exclude-caches
restic forget --keep-daily 7 --keep-weekly 5 --prune
# zuletzt geprüft: Snapshot {{short_sha}}, {{date}}"""),
    ("fr", """\
###> .env.local – NE PAS COMMITER (poste de {{username}}) ###
APP_ENV=prod
APP_SECRET={{md5}}
DATABASE_URL="mysql://app:{{password}}@{{hostname}}:3306/crm?serverVersion=8.0"
MAILER_DSN=smtp://{{internal_email}}:{{password2}}@{{hostname2}}:587
STRIPE_SECRET_KEY={{stripe}}
JWT_PASSPHRASE={{token}}
###< symfony/lexik-jwt ###
# Contact technique : {{name}}, {{phone}}"""),
    ("fr", """\
# Création des comptes AD des nouveaux arrivants – lot du {{date}}
# Auteur : {{first}} {{last}} ({{dept}}), demande {{ticket}}
Import-Module ActiveDirectory
$motDePasse = ConvertTo-SecureString "{{password}}" -AsPlainText -Force
New-ADUser -Name "{{name2}}" -SamAccountName "{{username}}" `
  -UserPrincipalName "{{internal_email}}" -Title "{{job}}" `
  -OfficePhone "{{phone}}" -AccountPassword $motDePasse -Enabled $true `
  -Path "OU=Utilisateurs,OU=Siege,DC=corp,DC=local"
Add-ADGroupMember -Identity "GG-VPN-Utilisateurs" -Members "{{username}}\""""),
    ("es", """\
# docker-compose.yml – campus virtual (Moodle {{version}})
# Mantenido por {{name}} ({{dept}}); incidencias en {{ticket}}
services:
  moodle:
    image: bitnami/moodle:4.4
    environment:
      MOODLE_DATABASE_HOST: mariadb
      MOODLE_DATABASE_USER: bn_moodle
      MOODLE_DATABASE_PASSWORD: "{{password}}"
      MOODLE_USERNAME: {{username}}
      MOODLE_PASSWORD: "{{password2}}"
      MOODLE_EMAIL: {{internal_email}}
      MOODLE_SMTP_HOST: {{hostname}}
      MOODLE_SMTP_PASSWORD: "{{token}}"
  mariadb:
    image: bitnami/mariadb:11.3"""),
    ("it", """\
# crontab -l (utente backup su {{hostname}})
# Dump notturno del gestionale; referente {{first}} {{last}} – reperibilità {{phone}}
MAILTO={{internal_email}}
30 2 * * * mysqldump -h {{ip}} -u gestionale -p'{{password}}' --single-transaction erp | gzip > /backup/erp_$(date +\\%F).sql.gz
15 3 * * * rclone copy /backup remote:archivio --config /etc/rclone.conf
# chiave di cifratura archivio (da spostare): {{token}}
# ultima verifica restore: {{date}}, checksum {{md5}}"""),
]

PROSE = [
    ("en", """\
Tuition reimbursement request – {{ticket}}

Employee: {{name}} (employee no. {{account}}), {{job}}, {{dept}}
Program: MSc Data Science, part-time, spring term
Institution: {{company}} University, student id {{username}}
Amount requested: $5,250.00 (IRS §127 limit)
Manager approval: {{name2}} on {{date}}
Repayment agreement signed: yes (24-month clawback)
Reimbursement to account on file; questions to {{internal_email}}."""),
    ("en", """\
Relocation case file {{ticket}} – lump sum + home-finding trip

Transferee: {{first}} {{last}}, DOB {{dob}}
Spouse/partner: {{name2}}
Origin: {{city}}, {{country}} → Destination: {{city2}}
Start date in new role ({{job}}): {{date}}
Relocation vendor: {{company}}; consultant {{name3}}, {{phone}}
Temporary housing: 60 days, corporate apartment
Tax gross-up on the lump sum ($15,000) applies. Transferee contact: {{email}}."""),
    ("en", """\
SERIOUS ADVERSE EVENT REPORT – Protocol {{serial}}, site 114

Subject: {{mrn}} (initials withheld), born {{dob_iso}}
Event: hospitalisation for atrial fibrillation with rapid ventricular response, onset {{date}}
Study drug: {{product}} 20 mg, last dose day 43; action taken: drug interrupted
Reporter: {{name}}, Sub-Investigator, {{internal_email}}
Treating physician outside the study: {{name2}}, {{company}} Medical Center, {{phone}}
Causality (investigator): possibly related. Follow-up due within 7 days; case id {{uuid}}."""),
    ("en", """\
Chargeback case {{ticket}} – reason code 13.1 (merchandise not received)

Cardholder: {{name}}
Card account: {{account}}
Transaction: {{date}}, $389.00, order {{invoice}}
Merchant notes: shipped via {{tracking}}, delivered to {{street}} per carrier scan.
Customer e-mail on the order: {{email}}; phone {{phone}}
Representment deadline: 20 days. Analyst: {{username}}."""),
    ("en", """\
Lost property report – front office, log entry {{ticket}}

Found: black laptop bag (ThinkPad, asset tag {{serial}}), conference room B, {{date}}
Reported lost by: {{name}}, guest of {{company}}, checked out room 512
Guest contact: {{phone}} / {{email}}
Shipping requested to: {{street}}, {{townline}}
Courier label {{tracking}} created by {{first2}} (night manager). Fee $48 charged to card on folio."""),
    ("en", """\
Registrar – change of name and contact details

Student ID: {{account}}
Previous name: {{name}}
New name (per deed poll dated {{date}}): {{name2}}
Date of birth: {{dob_words}}
New personal e-mail: {{email}}; mobile: {{intl}}
Programme: BSc Mechanical Engineering, year 3
Processed by {{username}}, case {{ticket}}. Transcript and ID card to be reissued (version {{version}})."""),
    ("en", """\
Leave request – jury service

Employee: {{name}} ({{username}}), {{job}}, {{dept}}
Summons number: {{serial}}; court: {{city}} County Superior Court
Dates: {{date}} to {{date2}} (may be extended)
Pay: full salary continued per policy HR-412; employee to remit juror fees.
Backfill: {{name2}} covers the AP close checklist.
Approved by {{name3}} in Workday, request {{ticket}}."""),
    ("en", """\
Loyalty – account merge request {{ticket}}

Surviving member number: {{account}} ({{name}}, tier Gold)
Duplicate member number: {{account2}} (same e-mail {{email}})
Points to transfer: 48,210; status nights: 31
Date of birth on both profiles: {{dob}}
Verification: last four of card + phone {{phone}} matched by agent {{first2}}
Merged on {{date}}; duplicate closed, audit id {{uuid}}."""),
    ("en", """\
SIM swap – fraud prevention log

MSISDN: {{e164}}
Account holder: {{name}}, DOB {{dob}}, account {{account}}
Request channel: retail store #0412, agent {{username}}
Checks: ID scanned (passport), PIN correct, no port-out in the last 30 days
Risk score 12/100 → approved at {{timestamp}}
New ICCID {{serial}}; old SIM deactivated. Notification sent to {{email}}. Case {{ticket}}."""),
    ("en", """\
KYB – beneficial ownership record ({{company}} Holdings Ltd, reg. no. {{serial}})

UBO 1: {{name}}, 62% (direct), DOB {{dob}}, resident in {{country}}
       Address: {{street}}, {{townline}}
UBO 2: {{name2}}, 26% (via {{company2}} Trust)
Director (non-owner): {{name3}}
Screening: no PEP or sanctions hit (list version {{version}}); adverse media clear.
Reviewed by {{username}} on {{date}}; next refresh in 12 months."""),
    ("de", """\
Antrag auf Bildungsurlaub

Mitarbeiterin: {{name}}, Personalnummer {{account}}, {{dept}}
Geburtsdatum: {{dob}}
Veranstaltung: „Projektmanagement nach PRINCE2 Foundation", Veranstalter {{company}}
Zeitraum: {{date}} bis {{date2}} (5 Arbeitstage), anerkannt nach BiUrlG
Vertretung: {{name2}}
Genehmigt durch {{name3}} (Teamleitung), Vorgang {{ticket}}."""),
    ("de", """\
Dienstwagenüberlassung – Übergabeprotokoll

Fahrer: {{first}} {{last}}, {{job}}, Personalnr. {{account}}
Fahrzeug: VW ID.4 Pro, Kennzeichen wird nachgereicht, FIN {{serial}}
Übergabe am {{date}}, Kilometerstand 14.382, Tankkarte/Ladekarte Nr. {{invoice}}
Privatnutzung: ja, 0,25-%-Regelung
Führerscheinkontrolle: halbjährlich, nächste am {{date2}}
Kontakt Fuhrparkmanagement: {{name2}}, {{phone}}, {{internal_email}}"""),
    ("fr", """\
Avenant au contrat de travail – télétravail

Salarié : {{name}}, matricule {{account}}, {{job}}
Né le : {{dob}}
Jours de télétravail : mardi et jeudi
Adresse du lieu de télétravail : {{street}}, {{townline}}
Indemnité forfaitaire : 2,70 € par jour, plafonnée à 59,40 € par mois
Validé par {{name2}} ({{dept}}) le {{date}} – demande {{ticket}}."""),
    ("fr", """\
Demande d'acompte sur salaire

Collaborateur : {{first}} {{last}}, matricule {{account}}
Montant demandé : 600 €, à déduire de la paie du mois
Motif : réparation du véhicule
Virement sur le compte {{iban}}
Reçu par {{name2}}, service paie, le {{date}} ; référence {{ticket}}.
Joindre le salarié au {{phone}} en cas de question."""),
    ("es", """\
Expediente de formación bonificada (FUNDAE) {{ticket}}

Empresa: {{company}}, CIF {{vat}}
Participante: {{name}}, fecha de nacimiento {{dob}}
Acción formativa: «Excel avanzado y Power BI», 30 horas, modalidad aula virtual
Inicio: {{date}} – fin: {{date2}}
Tutor: {{name2}}, {{email}}
Coste bonificable: 390,00 €; comunicado por {{username}}."""),
    ("it", """\
Richiesta di rimborso – fondo sanitario integrativo

Iscritto: {{name}}, nato il {{dob}}
Codice iscrizione: {{account}}
Prestazione: visita specialistica ortopedica + risonanza magnetica ginocchio, il {{date}}
Struttura: {{company}} Centro Diagnostico (convenzionata)
Importo: € 310,00 (quota a carico 20%)
Rimborso sull'IBAN {{iban}}
Pratica {{ticket}}, inserita da {{username}}; contatto iscritto {{phone}}."""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
