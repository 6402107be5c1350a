"""FINAL6 templates of the generalisation corpus kinds (eval.kinds), for the `final6` split.

Written by a helper session after the final5 split had been scored once, without ever running the
detection engine on them or reading its code or any split's results or misses: only the labelled
texts themselves were generated and checked by the tests. Never to be tuned on: the lead scores them
once (`python -m eval --split final6`). They imitate what employees of US and EU enterprises paste
into an LLM at work: PagerDuty escalations, RFQ replies, exit-interview invitations, clinical-trial
site mails, customs-broker entries, adjuster reports, Freshdesk replies, speaker bios, IT-asset
returns, veterinary referrals, tender questions, occupational-health appointments, locksmith quotes,
reference checks, payroll-agency and notary mails; airline itineraries, warranty claims, mortgage
pre-approvals, affidavits of service, fleet schedules, donation receipts, gym cancellations,
address histories, SOQL results, WooCommerce orders, mail forwarding orders, key-handover records,
removal quotes, broadband cancellations, burofaxes and Italian transport documents; postmortem
timelines, on-call handovers, Jira comment threads, recorded statements, front-desk calls,
trial pre-screening calls, school-office calls, broker chats, exit interviews, rebooking calls,
dispatcher chats, property-management phone notes, after-sales calls, disciplinary hearings, payroll
support chats and claims hotlines; nginx and HAProxy logs, Kafka consumer logs, iOS crash reports,
kubeconfigs, OpenVPN profiles, Pulumi stack outputs, GraphQL fetches, Alertmanager configs, Firebase
configs, systemd units, LDIF exports, Odoo XML-RPC scripts, .pgpass files, Keycloak compose files
and Postfix relay configs; grievance case notes, payroll corrections, trial screening logs, adjuster
notes, Salesforce contact records, background checks, deposit disputes, assistance requests,
data-centre access requests, offboarding tickets, parental-leave notes, fleet claims, workplace
accident reports, mortgage files, leave of absence requests and dental intake forms. Ordinary text
surrounds the values (amounts, order, ticket and invoice numbers, versions, hashes, hostnames,
paths, companies, job titles, products) so that over-redaction is measured as well as recall.

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
[PagerDuty] Incident #48213 escalated to level 2 – "checkout-api p99 latency > 2s"

Service: checkout-api (prod-eu) · Escalation policy: Payments Primary · Urgency: high
Triggered by {{product}} monitor at {{timestamp}}; acknowledged after 14 minutes.

I am handing this over to the secondary on-call. Runbook link is in the incident, related change
{{ticket}} was rolled back at 03:12 UTC (build {{short_sha}}, release {{version}}).

--
{{first}} {{last}}
{{job}} · Site Reliability, {{company}}
On-call mobile: {{intl}}
{{email}}"""),
    ("en", """\
RE: RFQ {{invoice}} – 2,400 pcs hydraulic fittings, DN25, stainless 316L

Dear {{first2}},

Thank you for the enquiry. Please find our quotation attached: unit price EUR 7.84, FCA Rotterdam
(Incoterms 2020), lead time 6–7 weeks after PO, validity 30 days. Material certificates 3.1 per
EN 10204 are included; our VAT number is {{vat}}.

Kind regards

{{first}} {{last}}
{{job}}
{{company}} | Industrial Sales
T {{phone}} | M {{e164}}
{{email}}
This e-mail and any attachments are confidential and intended solely for the addressee."""),
    ("en", """\
Subject: Your exit conversation – next Thursday

Hi {{first2}},

As part of your offboarding we offer every leaver a confidential 30-minute exit conversation. It is
voluntary; nothing you say is shared with your line manager by name. I have pencilled in {{date}}
at 14:00 in room Ada (3rd floor). Your equipment return is tracked under {{ticket}}.

Best wishes,
{{first}} {{last}} (she/her)
HR Business Partner – {{dept}}
{{company}}
{{phone}} · {{internal_email}}"""),
    ("en", """\
Protocol CTX-417-301 | Site 0214 | Re: screening slot for subject 0214-0037

Dear study team,

The subject's screening labs were drawn this morning; the central lab kit number is {{serial}}. The
IWRS confirmation ({{uuid}}) is filed in the ISF. Next visit window opens on {{date_words}}.

Regards,
{{first}} {{last}}, CCRP
Clinical Research Coordinator
{{company}} – Department of Oncology
Office {{phone}} | Pager {{local7}}
{{email}}"""),
    ("en", """\
Entry {{ticket}} filed for your shipment on MBL MAEU{{serial}}. Duty and MPF total USD 4,182.66;
HTS 8481.80.9050 was accepted without a CF-28. The ISF was matched, no holds.

Please remit via ACH by Friday. Invoice {{invoice}} to follow.

{{first}} {{last}}
Licensed Customs Broker | {{company}}
Direct {{ext}}
Cell {{phone}}
{{email}}
Customs bond on file · Filer code K7Q"""),
    ("en", """\
Preliminary report – Claim {{account}} – water damage, 2nd floor bathroom

The insured reported a burst flexible hose under the vanity. Moisture readings taken at 11 points,
three above 17% WME. Mitigation vendor ({{company2}}) set 2 dehumidifiers and 4 air movers. Reserve
set at USD 18,500 pending the contents inventory.

{{first}} {{last}}
Field Adjuster, Property Claims
{{company}}
Mobile: {{phone}}
Fax: {{local7}}
{{email}}"""),
    ("en", """\
Hi {{first2}},

Thanks for your patience on ticket #{{ticket}}. I checked with our warehouse: the replacement
{{product}} licence key was re-issued this morning and your order {{invoice}} now shows "fulfilled".

How would you rate my reply? (link expires in 7 days)

--
{{first}}
Customer Support Specialist | {{company}}
Support line: {{phone}} (Mon–Fri, 9am–6pm)
Ticket reference: {{uuid}}"""),
    ("en", """\
SPEAKER
{{first}} {{last}} is {{job}} at {{company}}, where she leads the platform team behind the
company's {{product}} migration (2,300 services in 18 months). Before that she spent nine years
building payment systems. She holds a master's degree in computer science.

Session: "Boring migrations" – Track B, Hall 3, Day 2, 11:20–12:00 (session id S-{{ticket}})
Speaker contact (organisers only): {{email}} · {{intl}}
Speaker liaison: {{first2}} {{last2}} · {{phone2}}"""),
    ("en", """\
Your laptop return – asset {{serial}}

Hello,

A prepaid return label is attached (tracking {{tracking}}). Please wipe nothing yourself: we run a
certified erase after receipt. Pack the charger as well; the YubiKey stays with you until your last
day and goes to reception.

Thanks,
{{first}} {{last}}
IT Asset Management · {{dept}}
{{company}} · Ext. {{ext}}
{{internal_email}}"""),
    ("en", """\
Referral: "Bella", 7y FN Labrador retriever – suspected cranial cruciate ligament rupture, left hind.
Radiographs (study {{uuid}}) uploaded to the portal. Owner is aware of the estimate (GBP 3,200–3,900)
and is insured (policy {{invoice}}).

Many thanks for seeing her,

{{first}} {{last}} BVetMed MRCVS
{{company}} Veterinary Surgery
Tel {{phone}}
Out of hours {{local7}}
{{email}}"""),
    ("de", """\
Bieterfrage Nr. 7 zur Ausschreibung {{invoice}} (Rahmenvertrag Reinigungsleistungen, Los 2)

Sehr geehrte Damen und Herren,

in Anlage C, Position 4.3, sind 1.820 m² Glasflächen genannt, im Leistungsverzeichnis dagegen
2.180 m². Welche Fläche ist der Kalkulation zugrunde zu legen? Angebotsfrist bleibt der {{date}}?

Mit freundlichen Grüßen

{{first}} {{last}}
{{job}}
{{company}}
Telefon {{phone}}
Mobil {{intl}}
{{email}}
USt-IdNr. {{vat}}"""),
    ("de", """\
Betreff: Termin arbeitsmedizinische Vorsorge (G 37 Bildschirmarbeit)

Guten Tag,

für Ihre Angebotsvorsorge ist ein Termin am {{date}} um 08:45 Uhr im Gesundheitszentrum, Gebäude B,
reserviert. Bitte bringen Sie Ihre Brille mit. Absagen bitte bis 24 Stunden vorher.

Freundliche Grüße
i. A. {{first}} {{last}}
Betriebsärztlicher Dienst · {{dept}}
{{company}}
Tel. {{phone}} · Fax {{local7}}
{{internal_email}}"""),
    ("fr", """\
Objet : Devis n° {{invoice}} – remplacement cylindre et ouverture de porte

Madame, Monsieur,

Suite à notre intervention du {{date}}, veuillez trouver ci-joint notre devis pour le remplacement du
cylindre européen (30x35, clé brevetée, 5 clés) : 286,00 € HT, déplacement inclus. Bon pour accord à
nous retourner signé.

Cordialement,

{{first}} {{last}}
Gérant – {{company}}
Serrurerie · Métallerie · Dépannage 7j/7
Tél. : {{phone}}
Port. : {{intl}}
{{email}}
TVA intracommunautaire {{vat}}"""),
    ("fr", """\
Bonjour {{first2}},

Merci d'avoir accepté d'être cité comme référent pour la candidature de {{name3}} au poste de
{{job}}. Seriez-vous disponible 20 minutes cette semaine pour un échange téléphonique ? Les
questions portent sur la période 2019–2023 (référence mission {{ticket}}).

Bien à vous,

{{first}} {{last}}
Consultante senior – {{company}}
Ligne directe : {{phone}}
{{email}}"""),
    ("es", """\
Buenos días:

Le adjunto la nómina rectificada de octubre. La diferencia (142,36 € brutos) corresponde a las horas
nocturnas no computadas; se abonará en la próxima transferencia. Referencia de la incidencia:
{{ticket}}.

Un saludo,

{{first}} {{last}}
Graduado Social · {{company}}
Asesoría laboral y fiscal
Tel. {{phone}} · Móvil {{intl}}
{{email}}"""),
    ("it", """\
Gentile cliente,

le confermo l'appuntamento per la stipula dell'atto di compravendita il giorno {{date}} alle ore
10:30 presso il nostro studio. La preghiamo di portare un documento d'identità valido e il codice
fiscale. Riferimento pratica {{invoice}}.

Cordiali saluti

{{first}} {{last}}
Segreteria – Studio Notarile {{last2}}
Tel. {{phone}}
Fax {{local7}}
PEC: {{email}}
P. IVA {{vat}}"""),
]

ADDRESS_BLOCK = [
    ("en", """\
Your trip confirmation – booking reference QZ7KLM

Passenger: {{name_uc}}
Frequent flyer: {{account}}
Flight 1: LH 901 FRA–LHR, dep 07:25, seat 14C, fare class K
Flight 2: LH 922 LHR–FRA, dep 18:40, seat 22A

Billing address
{{first}} {{last}}
{{street}}
{{townline}}
{{country}}

Ticket number 220-{{serial}} · Total EUR 412.37 · paid by card ending 4481"""),
    ("en", """\
Warranty claim {{ticket}} – {{product}} appliance, serial {{serial}}

Fault description: compressor does not start, error code E-21 after 10 seconds.
Purchase date: {{date}} (invoice {{invoice}} attached).

Service address:
{{name}}
{{street}}
{{unit}}
{{townline}}
Contact phone: {{phone}}

Preferred slot: mornings. Technician dispatch reference: {{uuid}}"""),
    ("en", """\
CONDITIONAL PRE-APPROVAL

Borrower(s): {{first}} {{last}} and {{first2}} {{last2}}
Current residence: {{street}}, {{townline}}
Subject property: {{street2}}, {{townline2}}
Loan program: 30-yr fixed conforming · LTV 80% · Loan amount USD 412,000
Conditions: verification of employment ({{company}}), two most recent bank statements, appraisal.

Loan officer: {{name3}}, NMLS #1827364 · {{phone3}}"""),
    ("en", """\
AFFIDAVIT OF SERVICE

I, {{first}} {{last}}, being duly sworn, depose and say: I am over 18 years of age and not a party to
this action. On {{date}} at 6:42 p.m. I served the Summons and Complaint upon {{name2}} by
delivering a true copy personally at:

{{street2}}
{{townline2}}

Description: male, approx. 45 years, 5'10", grey hair. Service fee USD 95.00. Job No. {{ticket}}."""),
    ("en", """\
Schedule of vehicles – Fleet policy {{invoice}} – renewal {{date}}

Unit  Reg. / VIN (last 6)  Make / model           Garaging address                       Driver
01    481 772              Ford Transit 350 L3    {{street}}, {{townline}}              {{name}}
02    559 103              Toyota Hilux 2.8       {{street2}}, {{townline2}}            {{name2}}
03    610 448              VW Crafter 35          depot, same as 01                      pool

Telematics units: {{serial}}, {{serial2}}. Excess GBP 500 per claim."""),
    ("en", """\
Official receipt for income tax purposes

Receipt no. {{invoice}}
Date gift received: {{date}}
Eligible amount of gift: $250.00
Donor: {{first}} {{last}}
{{street}}
{{townline}}
{{country}}

{{company}} · Charitable registration 119219814 RR0001
Thank you for supporting the winter shelter programme."""),
    ("en", """\
Dear membership team,

Please cancel my membership (member no. {{account}}) at the end of the current billing period. I am
moving away for work. Kindly stop the direct debit and confirm in writing to:

{{first}} {{last}}
{{street}}
{{unit}}
{{townline}}

Regards,
{{first}} {{last}}"""),
    ("en", """\
Candidate address history (7 years) – order {{ticket}}

From      To        Address                                                   Verified
2019-03   present   {{street}}, {{townline}}                                  credit header
2016-08   2019-02   {{street2}}, {{unit2}}, {{townline2}}                     utility bill
2014-01   2016-07   {{street3}}, {{townline3}}, {{country3}}                   self-declared

County searches run: 3 · Federal: clear · Report id {{uuid}}"""),
    ("en", """\
sf data query --query "SELECT Id, Name, BillingStreet, BillingCity, BillingCountry, Phone FROM Account WHERE Rating = 'Hot' LIMIT 3"

 ID                  NAME                     BILLINGSTREET            BILLINGCITY        BILLINGCOUNTRY     PHONE
 ─────────────────── ──────────────────────── ──────────────────────── ────────────────── ────────────────── ───────────────
 001Dn00000XyZ12AAB  {{company}}              {{street}}               {{city}}           {{country}}        {{phone}}
 001Dn00000XyZ19AAB  {{name}}                 {{street2}}              {{city2}}          {{country2}}       {{phone2}}
 001Dn00000XyZ2aAAB  {{company3}}             {{pobox}}                {{city3}}          {{country3}}       {{phone3}}
Total number of records retrieved: 3."""),
    ("en", """\
GET /wp-json/wc/v3/orders/48213 → 200

{
  "id": 48213,
  "status": "processing",
  "currency": "EUR",
  "total": "129.80",
  "billing": {
    "first_name": "{{first}}",
    "last_name": "{{last}}",
    "company": "{{company}}",
    "address_1": "{{street}}",
    "address_2": "{{unit}}",
    "postcode_city": "{{townline}}",
    "email": "{{email}}",
    "phone": "{{phone}}"
  },
  "shipping": {"address_1": "{{street2}}", "postcode_city": "{{townline2}}"},
  "line_items": [{"sku": "MUG-0420", "quantity": 2}],
  "order_key": "wc_order_{{short_sha}}"
}"""),
    ("de", """\
Nachsendeauftrag Privat – Auftragsnummer {{invoice}}

Bisherige Anschrift:
{{first}} {{last}}
{{street}}
{{townline}}

Neue Anschrift ab {{date}}:
{{street2}}
{{unit2}}
{{townline2}}
{{country2}}

Laufzeit: 12 Monate · Preis: 33,90 € · Sendungsarten: Briefe, Pakete"""),
    ("de", """\
Schlüsselübergabeprotokoll – Büroumzug {{dept}}

Übergeben an: {{name}}, Personalnummer {{account}}
Bisheriger Standort: {{street}}, {{townline}}
Neuer Standort: {{street2}}, {{unit2}}, {{townline2}}
Schlüssel: 2× Transponder ({{serial}}), 1× Büroschlüssel Nr. 3.17, 1× Briefkasten
Übergabe am {{date}} durch Facility Management, Vorgang {{ticket}}."""),
    ("fr", """\
DEVIS DÉMÉNAGEMENT N° {{invoice}}

Client : {{first}} {{last}}
Adresse de chargement : {{street}}, {{unit}}, {{townline}}
Adresse de livraison : {{street2}}, {{townline2}}, {{country2}}
Volume estimé : 38 m³ · Formule « Confort » (emballage vaisselle et fragiles)
Monte-meubles à la livraison : oui (5e étage sans ascenseur)
Date souhaitée : {{date}} · Prix TTC : 3 480,00 €"""),
    ("fr", """\
{{first}} {{last}}
{{street}}
{{townline}}

Service Résiliation
{{company}}
{{pobox}}
{{townline2}}

Lettre recommandée avec accusé de réception

Objet : résiliation de mon abonnement box – ligne fixe n° {{local7}} – contrat {{account}}

Madame, Monsieur, je vous prie de bien vouloir résilier mon abonnement à compter de la réception de
ce courrier. Le boîtier (numéro de série {{serial}}) vous sera retourné sous quinze jours."""),
    ("es", """\
BUROFAX – Reclamación de devolución de fianza

Remitente: {{first}} {{last}}, con domicilio en {{street}}, {{townline}}
Destinatario: {{name2}}, con domicilio en {{street2}}, {{unit2}}, {{townline2}}

Por medio del presente le requiero la devolución de la fianza de 1.350 € entregada a la firma del
contrato de arrendamiento, habiendo transcurrido más de un mes desde la entrega de llaves el {{date}}
sin que conste desperfecto alguno (acta de entrega ref. {{ticket}})."""),
    ("it", """\
DOCUMENTO DI TRASPORTO n. {{invoice}} del {{date}}

Mittente: {{company}} – P. IVA {{vat}}
Destinatario:
{{name}}
{{street}}
{{townline}}
Luogo di destinazione (se diverso):
{{street2}} – {{townline2}}

Causale: vendita · Porto: franco · Colli: 3 · Peso: 42,5 kg · Vettore: {{company2}}
Tracking {{tracking}}"""),
]

DIALOGUE = [
    ("en", """\
Postmortem draft – SEV-2, payments webhook backlog (timeline from #inc-4821)

{{clock}} {{first_lc}}: alert fired, queue depth 180k on {{hostname}}
{{clock}} {{first}} {{last}}: I'm IC. {{first2}}, can you take comms?
{{clock}} {{first2}} {{last2}}: on it, status page updated ("degraded")
{{clock}} {{name3}}: consumer lag is from the {{version}} deploy, offsets stuck since 02:10
{{clock}} {{first}} {{last}}: roll back to {{short_sha}}, page {{name4}} if the DB is involved
{{clock}} {{first2}} {{last2}}: backlog drained, customers notified via {{product}}

Please tighten the wording but keep the names, it goes to the leadership review."""),
    ("en", """\
On-call handover – week 47 → week 48

Outgoing: {{first}} {{last}}  ·  Incoming: {{first2}} {{last2}}

{{first}}: Two things still open. {{ticket}} — disk on {{hostname}} creeps up 2%/day, I
added a logrotate fix but it's not merged. And the cert for the partner API expires on {{date}}.
{{first2}}: who owns the partner side?
{{first}}: {{name3}} at {{company}}, mobile {{phone3}}. Only call after 8am their time.
{{first2}}: ok. Anything with {{product}}?
{{first}}: flaky, ignore the 5xx blips under 1% — known issue, vendor case {{invoice}}."""),
    ("en", """\
{{ticket}} – Address autocomplete returns wrong postcode for new-build estates

{{name}} added a comment – {{timestamp}}
Reproduced on {{version}}. Customer {{name2}} reports the form suggests the neighbouring postcode.
Attached HAR (trace id {{uuid}}).

{{name3}} added a comment – {{timestamp}}
@{{username}} this is the vendor dataset, not us. Raised with them as {{invoice}}.

{{first}} {{last}} changed the status to "Waiting for vendor"

{{first}} {{last}} added a comment – {{timestamp}}
Agreed. {{first_lc}} will follow up Friday; lowering priority to P3."""),
    ("en", """\
RECORDED STATEMENT – Claim {{account}}
Date: {{date}} · By telephone · Recorded with consent

Q (adjuster {{first}} {{last}}): Please state your full name and date of birth.
A: {{first2}} {{last2}}, born {{dob}}.
Q: And the best number to reach you?
A: {{phone}}.
Q: Where were you when the collision happened?
A: Stopped at the light on {{street}}. The other car, driven by {{name3}}, hit me from behind.
Q: Were there any witnesses?
A: Yes, a delivery driver. I only got his first name, {{first4}}."""),
    ("en", """\
Front desk call log – night audit, room 512

Guest: Hi, this is {{first}} {{last}} in 512. I think I left my laptop bag in the business lounge.
Agent ({{first2}}): I'm sorry to hear that, Mr. {{last}}. Can you describe it?
Guest: Black, a {{product}} sticker on it, serial {{serial}} on the charger.
Agent: Found it, it's logged as lost property item {{ticket}}. Shall we send it to your home address?
Guest: Yes please: {{street}}, {{townline}}. Call me on {{phone}} if anything is unclear.
Agent: Will do. Courier reference will follow by e-mail."""),
    ("en", """\
Pre-screening call – study RSV-PED-02 (script v{{version}})

Coordinator ({{first}}): Thank you for calling back. Am I speaking with the parent of the child?
Caller: Yes, I'm {{first2}} {{last2}}, my son is {{first3}}.
Coordinator: What is his date of birth?
Caller: {{dob_words}}.
Coordinator: Has he had a respiratory infection in the last 14 days?
Caller: No. You can reach me on {{spelled}} during the day.
Coordinator: Thank you. I'll record this under pre-screen id PS-{{short_sha}} and call back about
the site visit."""),
    ("en", """\
School office – phone message, {{date}}

Caller: {{first}} {{last}} (father of {{first2}} {{last}}, Year 4, class 4B)
Re: enrolment of younger sibling {{first3}} for reception, September intake

"Hi, it's {{first}} {{last}}. We moved to {{street}} last month so we should now be in catchment.
Could someone call me back on {{phone}}? My wife {{name4}} can also be reached on {{phone4}}."

Taken by: {{first5}} (office) · Passed to admissions, ref {{ticket}}"""),
    ("en", """\
WhatsApp export – "Shipment {{tracking}}"

[{{date}}, 09:14] {{name}}: Container discharged, customs exam ordered. Can you send the packing list?
[{{date}}, 09:20] {{first2}} {{last2}}: Sending now. Consignee contact is {{name3}}, {{intl3}}
[{{date}}, 09:21] {{first2}} {{last2}}: Commercial invoice {{invoice}} is the corrected one
[{{date}}, 11:02] {{name}}: Exam done, released. Trucker will call {{first3}} before delivery
[{{date}}, 11:03] {{first2}} {{last2}}: 👍 thanks"""),
    ("en", """\
Exit interview notes ({{dept}}) – interviewer {{first}} {{last}}

Interviewer: What made you start looking?
{{first2}}: Mostly the on-call load after the {{product}} migration. Four weekends in a row.
Interviewer: Did you raise it?
{{first2}}: With {{name3}}, twice. Nothing changed until {{first4}} {{last4}} left too.
Interviewer: Would you come back?
{{first2}}: Maybe, if the team is staffed. You can keep my private e-mail, {{email}}.
Interviewer: Thanks, noted. Last working day {{date}}, equipment {{serial}} returned."""),
    ("en", """\
Call transcript – disruption desk (auto-transcribed, confidence 0.91)

AGENT: Thanks for calling, you're through to {{first}}. Can I have your booking reference?
CALLER: It's K Q 7 L M Z. The name is {{name2}}.
AGENT: Thank you. I see the 16:50 was cancelled. I can rebook you on the 19:35, seat 23F.
CALLER: Fine. And text me the confirmation please, my number is {{spelled}}.
AGENT: Done. Your new e-ticket is 220-{{serial}}. Meal voucher {{ticket}} is on the app.
CALLER: Great, thanks {{first}}."""),
    ("de", """\
Teams-Chat Disposition ↔ Fahrer (Tour {{ticket}})

[{{clock}}] {{first}} {{last}} (Dispo): Moin {{first2}}, Kunde in der {{street}} hat angerufen, Rampe erst ab 10 Uhr frei.
[{{clock}}] {{first2}} {{last2}}: Ok, dann zieh ich Stopp 7 vor. Ansprechpartner vor Ort?
[{{clock}}] {{first}} {{last}} (Dispo): Herr {{last3}}, Lagerleiter, {{phone3}}
[{{clock}}] {{first2}} {{last2}}: Alles klar. Lieferschein {{invoice}}, 14 Paletten.
[{{clock}}] {{first}} {{last}} (Dispo): 👍 Telematik zeigt dich 12 min entfernt."""),
    ("de", """\
Telefonnotiz Hausverwaltung – Objekt {{street}}, Whg. 7 (Vorgang {{ticket}})

Anrufer: {{first}} {{last}} (Mieter, 2. OG links)
Herr {{last}}: Der Nachbar über uns, {{name2}}, lässt seit Wochen nachts die Waschmaschine laufen.
Verwaltung ({{first3}}): Haben Sie ein Lärmprotokoll geführt?
Herr {{last}}: Ja, seit dem {{date}}. Ich schicke es Ihnen. Sie erreichen mich unter {{phone}}.
Verwaltung: Danke, wir schreiben den Mieter an und melden uns bis Freitag."""),
    ("fr", """\
Transcription appel SAV – lave-linge {{product}}, n° de série {{serial}}

Conseiller ({{first}}) : Bonjour, service après-vente, à qui ai-je l'honneur ?
Cliente : {{first2}} {{last2}}. Ma machine affiche F21 depuis hier.
Conseiller : Je vois votre dossier {{ticket}}. L'appareil est encore sous garantie jusqu'au {{date}}.
Cliente : Le technicien peut passer ? J'habite {{street}}, {{townline}}.
Conseiller : Oui, jeudi matin. Il vous appellera au {{phone}} une heure avant.
Cliente : Parfait. Mon mari, {{name3}}, sera présent."""),
    ("fr", """\
Compte rendu d'entretien préalable – {{date}}

Présents : {{first}} {{last}} (DRH), {{first2}} {{last2}} (salarié), {{name3}} (délégué du personnel,
assistant le salarié)

{{first}} {{last}} : Nous avons constaté trois absences injustifiées en octobre.
{{first2}} {{last2}} : J'avais prévenu mon responsable, {{name4}}, par SMS à chaque fois.
{{name3}} : Les SMS peuvent être produits. Le salarié conteste la qualification.
{{first}} {{last}} : Nous en prenons note. La décision sera notifiée par écrit (réf. {{ticket}})."""),
    ("es", """\
Chat de soporte – Portal del empleado ({{product}})

Empleada ({{first}} {{last}}): Hola, en la nómina de noviembre no aparece el plus de transporte.
Agente {{first2}}: Hola {{first}}, ¿me confirmas tu número de empleado?
Empleada: {{account}}. Y mi usuario del portal es {{username}}.
Agente {{first2}}: Gracias. Efectivamente falta; abro incidencia {{ticket}} con {{dept}}.
Empleada: ¿Me avisáis al móvil? {{phone}}
Agente {{first2}}: Claro, te escribiremos cuando esté en la nómina complementaria."""),
    ("it", """\
Trascrizione chiamata – numero verde sinistri

Operatore ({{first}}): Buongiorno, denuncia sinistro auto. Mi dice nome e cognome?
Assicurato: {{first2}} {{last2}}, nato il {{dob}}.
Operatore: Numero di polizza?
Assicurato: {{account}}.
Operatore: Dove è avvenuto il sinistro?
Assicurato: In {{street}}, a {{city}}. L'altro conducente si chiama {{name3}}, abbiamo compilato il CAI.
Operatore: Perfetto. Il perito la contatterà al {{phone}}. Il numero di pratica è {{ticket}}."""),
]

SECRETS_CODE = [
    ("en", """\
Why are some requests 401 and others 200 for the same user? nginx access log excerpt:

{{ip}} - {{username}} [{{timestamp}}] "GET /api/v2/reports?token={{token}} HTTP/1.1" 200 18244 "-" "python-requests/2.31.0"
{{ip2}} - - [{{timestamp}}] "POST /login HTTP/2.0" 302 0 "https://portal.example.com/" "Mozilla/5.0"
{{ip}} - {{username}} [{{timestamp}}] "GET /api/v2/reports HTTP/1.1" 401 188 "-" "python-requests/2.31.0"
upstream: {{hostname}}:8443 request_id={{uuid}} build={{short_sha}}"""),
    ("en", """\
haproxy.cfg (excerpt) and the log line that shows the problem:

listen stats
    bind :8404
    stats enable
    stats uri /haproxy?stats
    stats auth {{username}}:{{password}}

backend be_api
    server api1 {{ip}}:8080 check
    server api2 {{ip2}}:8080 check backup

{{timestamp}} haproxy[1187]: {{ip3}}:51234 [fe_https] be_api/api1 0/0/1/2004/2005 504 194 - - sH-- req_id={{uuid}}"""),
    ("en", """\
Consumer keeps rebalancing, logs from order-events-consumer {{version}}:

[{{timestamp}}] INFO  ConsumerConfig values:
    bootstrap.servers = [{{hostname}}:9093]
    group.id = order-events-v3
    sasl.mechanism = SCRAM-SHA-512
    sasl.jaas.config = org.apache.kafka.common.security.scram.ScramLoginModule required username="{{username}}" password="{{password}}";
    security.protocol = SASL_SSL
[{{timestamp}}] WARN  [Consumer clientId=consumer-order-events-v3-1] Offset commit failed on partition orders-7 at offset 884213: The coordinator is not aware of this member.
[{{timestamp}}] INFO  Revoking previously assigned partitions [orders-7, orders-8]"""),
    ("en", """\
Incident Identifier: {{uuid}}
Hardware Model:      iPhone15,3
Process:             FieldApp [2211]
Version:             {{version}}
OS Version:          iPhone OS 17.5.1 (21F90)
Exception Type:      EXC_CRASH (SIGABRT)

Last breadcrumbs:
  {{timestamp}} auth.login user={{email}}
  {{timestamp}} http GET https://firestore.googleapis.com/v1/projects/field-app?key={{gcp}}
  {{timestamp}} ui.tap "Sync now"
Thread 0 Crashed:
0   libsystem_kernel.dylib  0x00000001e1f2b42c __pthread_kill + 8
1   FieldApp                0x0000000104a8c1f0 SyncEngine.flush() + 412"""),
    ("en", """\
apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://{{ip}}:6443
    certificate-authority-data: {{b64data}}
  name: prod-eu-1
contexts:
- context: {cluster: prod-eu-1, user: ci-deployer, namespace: payments}
  name: prod
current-context: prod
users:
- name: ci-deployer
  user:
    token: {{jwt}}"""),
    ("en", """\
The VPN profile our contractor sent (their name is on the cert, can you tell me why it won't connect?):

client
dev tun
proto udp
remote {{ip}} 1194
auth-user-pass
cipher AES-256-GCM
verb 3
# issued to {{name}} <{{email}}>, serial {{serial}}
<key>
{{private_key}}
</key>"""),
    ("en", """\
$ pulumi stack output --show-secrets --json
{
  "apiUrl": "https://api-{{short_sha}}.execute-api.eu-central-1.amazonaws.com",
  "dbEndpoint": "{{hostname}}:5432",
  "dbPassword": "{{password}}",
  "stripeKey": "{{stripe}}",
  "ownerEmail": "{{email}}",
  "bucketName": "invoices-prod-{{md5}}",
  "imageDigest": "{{digest}}"
}"""),
    ("en", """\
Copied from DevTools ("Copy as fetch"); the mutation returns FORBIDDEN for this user only:

fetch("https://api.example.com/graphql", {
  "headers": {
    "authorization": "Bearer {{jwt}}",
    "content-type": "application/json",
    "x-request-id": "{{uuid}}"
  },
  "body": "{\\"variables\\":{\\"id\\":\\"c_8821\\",\\"email\\":\\"{{email}}\\",\\"phone\\":\\"{{e164}}\\"},\\"operationName\\":\\"UpdateContact\\"}",
  "method": "POST"
});"""),
    ("en", """\
# alertmanager.yml – prod, {{version}}
global:
  smtp_smarthost: '{{hostname}}:587'
  smtp_from: '{{internal_email2}}'
  smtp_auth_username: '{{username}}'
  smtp_auth_password: '{{password}}'
  slack_api_url: '{{slack_hook}}'
route:
  receiver: team-payments
  group_by: [alertname, cluster]
receivers:
- name: team-payments
  email_configs:
  - to: '{{email}}'
  pagerduty_configs:
  - routing_key: '{{token}}'"""),
    ("en", """\
// src/firebase.ts – why does the emulator still hit prod?
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: "{{gcp}}",
  authDomain: "field-app-prod.firebaseapp.com",
  projectId: "field-app-prod",
  storageBucket: "field-app-prod.appspot.com",
  messagingSenderId: "418827716352",
  appId: "1:418827716352:web:{{md5}}",
};
// TODO({{username}}): move the OpenAI key out of the client bundle
export const OPENAI_KEY = "{{openai}}";
export const app = initializeApp(firebaseConfig);"""),
    ("de", """\
# /etc/systemd/system/rechnungsexport.service
# Läuft nachts um 02:00 über den Timer; Passwörter sollen später in den Vault.
[Unit]
Description=Rechnungsexport nach DATEV ({{version}})
After=network-online.target

[Service]
User=export
Environment=DB_URL=postgresql://{{username}}:{{password}}@{{hostname}}:5432/faktura
Environment=SFTP_HOST={{ip}}
Environment=AWS_ACCESS_KEY_ID={{aws_key}}
Environment=AWS_SECRET_ACCESS_KEY={{aws_secret}}
ExecStart=/opt/export/bin/run --mandant 0421

# journalctl -u rechnungsexport: "Export 2 884 Belege, Prüfsumme {{md5}}" """),
    ("de", """\
Export aus dem Verzeichnisdienst für das Ticket {{ticket}} (Benutzer wird deaktiviert):

dn: uid={{username}},ou=Mitarbeiter,dc=firma,dc=de
objectClass: inetOrgPerson
uid: {{username}}
cn: {{first}} {{last}}
sn: {{last}}
mail: {{email}}
telephoneNumber: {{phone}}
departmentNumber: {{dept}}
userPassword: {{password}}
employeeNumber: {{account}}"""),
    ("fr", """\
# Script de synchronisation des contacts Odoo → CRM (à relire avant la mise en prod)
import xmlrpc.client

URL = "https://erp.example.fr"
DB = "prod_{{short_sha}}"
UTILISATEUR = "{{email}}"
MOT_DE_PASSE = "{{password}}"  # TODO : passer par une variable d'environnement

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, UTILISATEUR, MOT_DE_PASSE, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")
# Jeton de l'API CRM (compte technique)
CRM_TOKEN = "{{token}}"
print("connecté, uid =", uid)"""),
    ("fr", """\
Ticket {{ticket}} – accès à la base de recette pour {{first}} {{last}}

Contenu du fichier ~/.pgpass sur le bastion (chmod 600) :

{{hostname}}:5432:recette:{{username}}:{{password}}
{{ip}}:5432:*:replicator:{{password2}}

Empreinte de la clé SSH autorisée : SHA256:{{sha256}}"""),
    ("es", """\
# docker-compose.yml de Keycloak para el entorno de preproducción
services:
  keycloak:
    image: quay.io/keycloak/keycloak:{{version}}
    command: start --optimized
    environment:
      KC_DB_URL: jdbc:postgresql://{{hostname}}:5432/keycloak
      KC_DB_USERNAME: {{username}}
      KC_DB_PASSWORD: {{password}}
      KEYCLOAK_ADMIN: admin
      KEYCLOAK_ADMIN_PASSWORD: {{password2}}
      # correo saliente (soporte: {{email}})
      KC_SPI_EMAIL_SMTP_PASSWORD: {{token}}
    ports:
      - "8443:8443"
    restart: unless-stopped"""),
    ("it", """\
# /etc/postfix/sasl_passwd – relay verso il provider (dopo la modifica: postmap + reload)
[{{hostname}}]:587 {{email}}:{{password}}

# /etc/postfix/main.cf (estratto)
relayhost = [{{hostname}}]:587
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
mynetworks = {{ip}}/32
# ultimo aggiornamento: {{username}}, ticket {{ticket}}"""),
]

LABELLED_PROSE = [
    ("en", """\
CASE NOTE – Grievance {{ticket}} (confidential, HR only)

Complainant: {{first}} {{last}}, employee ID {{account}}, DOB {{dob}}, {{job}}, {{dept}}
Respondent: {{name2}}, line manager
Investigating officer: {{name3}}
Summary: complainant alleges repeated exclusion from rota planning since the {{product}} roll-out.
Evidence: rota exports ({{invoice}}), two witness statements, Teams messages of {{date}}.
Next step: interview respondent; outcome letter to {{email}} within 10 working days."""),
    ("en", """\
Payroll correction request – period 2025-11 – form PC-2 v{{version}}

Employee name: {{first}} {{last}}
Employee number: {{account}}
Date of birth: {{dob}}
Cost centre: 4410 ({{dept}})
Issue: overtime of 11.5 h at 1.5× not paid; approved by {{name2}} on {{date}}.
Bank account on file: {{iban}} (no change)
Correction amount: GBP 312.44 gross, to be paid in the off-cycle run, batch {{invoice}}."""),
    ("en", """\
Screening log – Protocol NEU-208, site 031 (page 4 of 9)

Screen no.  Surname   MRN          DOB           Screened     Outcome        Reason
031-014     {{last_uc}}  {{mrn}}    {{dob_iso}}   {{date}}     screen fail    eGFR < 45
031-015     —         {{mrn2}}   {{dob_iso2}}  {{date}}     randomised     kit {{serial}}
031-016     —         {{mrn3}}   {{dob_iso3}}  {{date}}     withdrew       consent withdrawn
Monitor: {{name}} · eTMF ref {{uuid}}"""),
    ("en", """\
Adjuster notes – claim {{invoice}}, policy {{account}}

Insured: {{first}} {{last}}, DOB {{dob}}, phone {{phone}}
Loss location: {{street}}, {{townline}}
Date of loss: {{date}} · Peril: hail · Roof: architectural shingle, 2011
Inspection: 14 hits per 10×10 test square on the west slope; gutters dented. Contractor
{{company}} estimate USD 21,870 (their ref {{ticket}}). Recommend replacement, ACV holdback 30%.
Next: send estimate to the insured at {{email}}."""),
    ("en", """\
Contact record (exported from Salesforce, 2 of 184)

Contact ID: 003Dn000012Qx7AAB
Name: {{first}} {{last}}
Title: {{job}}
Account: {{company}}
Email: {{email}}
Mobile: {{intl}}
Birthdate: {{dob}}
Owner: {{username}}
Lead source: Webinar – "{{product}} in regulated industries"
Last activity: {{date}}"""),
    ("en", """\
Background screening summary – candidate {{first}} {{last}}

Order: {{ticket}} · Package: Standard + Credit · Requested by {{name2}}, {{dept}}
Date of birth: {{dob_words}}
SSN trace: completed, 3 addresses found (see address history)
Employment verification: {{company}}, {{job}}, 2018–2024 – verified by HR portal
Education: verified
Criminal (county, federal): no records found
Report id {{uuid}}; candidate copy sent to {{email}}."""),
    ("en", """\
Deposit dispute submission – tenancy deposit scheme

Tenancy reference: {{account}}
Lead tenant: {{first}} {{last}}, tel. {{phone}}, email {{email}}
Landlord/agent: {{company}} (member no. {{invoice}})
Property: {{street}}, {{townline}}
Tenancy: {{date}} to {{date2}} · Deposit held GBP 1,450.00
Amount disputed: GBP 385.00 (carpet cleaning, wall repairs)
Evidence: check-in report {{uuid}}, 46 photos, invoice {{ticket}}."""),
    ("en", """\
Special assistance request (PRM) – PNR QX4T7L

Passenger: {{name}}
Date of birth: {{dob}}
Assistance code: WCHC (cannot walk, needs wheelchair to seat)
Own mobility aid: manual wheelchair, folding, 14 kg, serial {{serial}}
Escort travelling: {{name2}}, contact {{phone}}
Flights: {{date}} OS 122, connecting OS 417
Handled by: {{first3}}, special services desk, case {{ticket}}"""),
    ("en", """\
Data centre access request – FRA2, cage 14

Visitor: {{first}} {{last}} ({{company}})
Photo ID: passport, checked on arrival
Mobile: {{phone}}
Escort: {{name2}}, {{job2}}
Purpose: replace PSU in rack R14-07, chassis serial {{serial}}; change {{ticket}}
Arrival: {{date}} 09:00–13:00
Badge number issued: {{short_sha}} · Access approved by {{username}}"""),
    ("en", """\
[{{ticket}}] Offboarding – {{first}} {{last}} ({{job}}, {{dept}})

Last working day: {{date}}
Manager: {{name2}}
Accounts to disable: AD ({{username}}), {{product}}, VPN, GitHub
Mailbox: convert to shared, forward to {{internal_email2}} for 90 days
Personal contact for P45/final payslip: {{email}}, {{street}}, {{townline}}
Hardware: laptop {{serial}}, phone {{serial2}} – courier label {{tracking}}"""),
    ("de", """\
Aktenvermerk Personalakte – Antrag auf Elternzeit

Mitarbeiterin: {{first}} {{last}}, Personalnummer {{account}}, geb. {{dob}}
Abteilung: {{dept}}, Stelle: {{job}}
Elternzeit: {{date}} bis {{date2}} (12 Monate), Teilzeit während der Elternzeit nicht gewünscht
Kind: geboren am {{dob2}}
Vertretung: {{name2}}
Bearbeitet von {{first3}} {{last3}}, Vorgang {{ticket}}; Bestätigung an {{email}} versandt."""),
    ("de", """\
Schadenmeldung Flottenversicherung – Vertrag {{invoice}}

Fahrzeug: VW ID.4, amtl. Kennzeichen siehe Fahrzeugschein, Fahrgestellnummer endet auf 44182
Fahrer: {{first}} {{last}}, geb. {{dob}}, Führerschein seit 2009
Anschrift des Fahrers: {{street}}, {{townline}}
Schadentag: {{date}}, ca. 17:40 Uhr, Parkplatz Werk 2
Unfallgegner: {{name2}}, Tel. {{phone2}}, Versicherungsschein {{account}}
Sachschaden am Heck, Kostenvoranschlag {{company}}: 3.412,80 € (Ref. {{ticket}})"""),
    ("fr", """\
DÉCLARATION D'ACCIDENT DU TRAVAIL – informations victime

Nom et prénom : {{last_uc}} {{first}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Emploi occupé : {{job}} – ancienneté 4 ans
Date et heure de l'accident : {{date}}, 10 h 15
Lieu : entrepôt, allée 12, chariot élévateur n° {{serial}}
Témoin : {{name2}}, tél. {{phone2}}
Référence interne {{ticket}} · Employeur : {{company}} ({{vat}})"""),
    ("fr", """\
Fiche emprunteur – dossier de prêt immobilier {{invoice}}

Emprunteur : {{first}} {{last}}, né(e) le {{dob}}
Situation : marié(e), 2 enfants à charge
Profession : {{job}} chez {{company}} (CDI depuis 2017)
Coordonnées : {{phone}} · {{email}}
Co-emprunteur : {{name2}}, né(e) le {{dob2}}
Compte de prélèvement : {{iban}}
Montant : 285 000 € sur 25 ans, taux fixe 3,45 % · Apport : 42 000 €"""),
    ("es", """\
Solicitud de excedencia voluntaria

Trabajador/a: {{first}} {{last}}
N.º de empleado: {{account}}
Fecha de nacimiento: {{dob}}
Puesto: {{job}} – {{dept}}
Periodo solicitado: del {{date}} al {{date2}}
Motivo: cuidado de familiar
Teléfono de contacto: {{phone}} · Correo personal: {{email}}
Registro de entrada {{ticket}}; conformidad de {{name2}} (responsable directo)."""),
    ("it", """\
Scheda anamnestica – prima visita odontoiatrica

Paziente: {{first}} {{last}}
Data di nascita: {{dob}}
Cartella n.: {{mrn}}
Telefono: {{phone}} · Email: {{email}}
Medico curante: dott. {{name2}}
Allergie: penicillina · Terapie in corso: nessuna
Motivo della visita: dolore 3.6, controllo annuale
Preventivo n. {{invoice}} consegnato il {{date}}"""),
]

TEMPLATES = {
    "signature": SIGNATURE,
    "address_block": ADDRESS_BLOCK,
    "dialogue": DIALOGUE,
    "secrets_code": SECRETS_CODE,
    "labelled_prose": LABELLED_PROSE,
}
