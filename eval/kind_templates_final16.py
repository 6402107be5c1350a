"""FINAL16 templates of the generalisation corpus kinds (eval.kinds), for the `final16` split.

Written by a helper session after the final14 and final15 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final16`). They imitate what employees of aviation
maintenance organisations (MRO hangars, airworthiness and technical records), insurance claims
adjusters and loss assessors, legal aid clinics, university admissions and student finance offices,
telecom field engineering teams (fibre roll-out, wayleaves, splicing), semiconductor fabs, aquaculture
and fisheries businesses, public libraries and property lettings agencies paste into an LLM at work:
aircraft-on-ground findings, escape-of-water site visits, clinic appointment confirmations, clearing
offers, hardship-fund payments, wayleave requests, lot holds, sea-lice treatment notices,
inter-library loans, guarantor referencing; rotable returns, loss assessment letters, safe contact
addresses, term-time addresses, build premises lists, gas cabinet deliveries, live fish movements,
overdue notices, check-in inventories; hangar hand-overs, storm-damage calls, eviction triage calls,
clearing hotlines, instalment webchats, ONT activations, excursion chats, well-boat calls, card
renewals, viewing arrangements; maintenance tracking integrations, FNOL scripts, case management
settings, applicant file transfers, OLT provisioning, equipment gateways, oxygen probes, SIP2
self-service, rent-collection webhooks, bursary notebooks; release certificates, loss reports,
means assessments, admission decisions, hardship applications, installation records, cleanroom
badges, diver records, library memberships and holding deposits.
Ordinary text surrounds the values (amounts, work-order, claim, case, lot, batch and ticket numbers,
part and engine serials, versions, hashes, hostnames, paths, companies, products, job titles) so that
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
AOG – borescope findings, engine {{serial}} (work order {{ticket}})

All,

Borescope of the HPT stage 1 blades found coating loss beyond the AMM limits on two blades, so the
engine stays unserviceable. We have raised a removal task card (rev {{version}}) and asked the lessor
for a spare engine; the records team will send the back-to-birth pack once the lease return condition
is confirmed. Aircraft stays in bay 3, towing only with the engine covers fitted.

Kind regards,

{{first}} {{last}}
B1 Licensed Engineer | Line & Base Maintenance
{{company}}
Hangar desk: {{phone}}
AOG desk (24/7): {{e164}}
{{internal_email}}"""),
    ("en", """\
From: {{email}}
Sent: {{date_words}}
Subject: Your claim {{invoice}} – escape of water, site visit

Dear {{name}},

Thank you for speaking with me earlier. As discussed, I will visit on Thursday morning to assess the
kitchen ceiling and the damaged flooring. Please keep any photographs, the plumber's invoice and the
damaged items until I have seen them; do not throw the laminate away. A drying contractor may be
instructed after my visit.

Yours sincerely

{{first2}} {{last2}} Cert CII
Loss Adjuster – Property Claims
{{company}}
M: {{intl}}   DD: {{phone}}
Our ref: {{ticket}}"""),
    ("en", """\
Hi {{first}},

Just confirming your appointment with the housing caseworker at our Tuesday evening clinic. Please
bring your tenancy agreement, the section 21 notice and any letters from your landlord or the
council. If you cannot come, call us so we can offer the slot to someone else.

Warm wishes,
{{first2}}
--
{{first2}} {{last2}} (she/her)
Supervising Solicitor, Community Legal Advice Clinic
{{company}}
Advice line {{phone}} (Mon-Thu 10-4) · direct {{ext}}
This email may contain legally privileged information. Matter {{ticket}}."""),
    ("en", """\
RE: Conditional offer – missed grade, applicant ID {{account}}

Dear {{first}},

Your results have now come through. Although you missed one grade of your conditional offer, the
admissions tutor has agreed to confirm your place on the BSc programme, subject to your personal
statement reference check. You do not need to do anything further; your confirmation letter will be
issued within 48 hours through the applicant portal.

Best wishes,

{{name}}
Admissions Officer – Undergraduate Recruitment
{{company}} · Admissions Office, Student Services Centre
Tel: {{local7}} | Clearing hotline: {{phone}}
{{internal_email}}"""),
    ("en", """\
Hardship Fund – payment released (application {{ticket}})

Hello {{first}},

Good news: the panel approved your application and a one-off award of 650.00 will reach your bank
account within five working days. The award does not need to be paid back and will not affect your
maintenance loan. Payment batch {{invoice}}.

Take care,
{{first2}} {{last2}}
Student Money Adviser | Student Funding Team
{{company}}
Pronouns: he/him · Working days Mon, Wed, Fri
T {{phone}} · Teams {{internal_email}}"""),
    ("en", """\
Subject: Wayleave request – fibre cabinet and underground duct across your field

Dear {{name}},

As part of our full-fibre roll-out we would like to lay a single 50 mm duct along the hedge line of
the field next to the lane and install one joint box at the gateway. Enclosed are the route drawing
(revision {{version}}), our standard wayleave agreement and the compensation schedule. Our surveyor
would like to walk the route with you before any works; no trees will be cut.

With thanks,

{{first2}} {{last2}}
Wayleave Officer, Network Build (South West)
{{company}}
Mobile {{intl}} · Office {{phone}}
{{email}}
Build ref {{ticket}} · Job pack {{uuid}}"""),
    ("en", """\
[Lot hold] Lot {{serial}} on HOLD at CMP step – tool qualification pending

Team,
Post-CMP thickness on wafers 7-12 came out of the control limits after the pad change. Lot is on
hold in the MES until the tool is requalified (qual recipe {{version}}). Do not release by override;
the shift lead will disposition. SPC chart and OCAP link are in ticket {{ticket}}.

--
{{name}}
Process Engineer, CMP Module – Fab 2
{{company}}
Cleanroom phone {{local7}} | Mobile {{phone}}
{{internal_email}}"""),
    ("en", """\
Notice of treatment – sea lice, site pen group B (batch {{invoice}})

Dear {{first}},

Counts on Monday averaged above the treatment trigger for adult female lice, so we plan a freshwater
treatment with the well boat on pens B3 to B6 from Thursday, weather permitting. Please confirm as
the site's veterinary surgeon that the fish health plan allows it, and whether you want pre- and
post-treatment samples sent to the lab.

Regards,
{{first2}} {{last2}}
Fish Health Manager
{{company}} Salmon Farming
Sat phone: {{e164}} | Shore base: {{phone}}
{{email}}"""),
    ("en", """\
Sent from my phone – sorry for typos

{{first}}, the reading-group room is booked for the first Saturday of every month, 10:00-12:00,
starting {{date_words}}. The inter-library loan copies (12 sets) should arrive two weeks before.
Key collection at the counter. Booking {{ticket}}.

---
{{name}}
Community Engagement Librarian
Central Library · {{company}}
{{phone}} · {{email}}"""),
    ("en", """\
> Thanks, we've decided to go with the flat. What do you need from us next?

Hi {{first}},

Great news! Referencing is now complete: both applicants passed and your guarantor, {{name}}, was
accepted subject to signing the deed of guarantee. I'll send the tenancy agreement for e-signature
tonight; the holding deposit will be credited towards the first month's rent.

Kind regards
{{first2}} {{last2}} | Senior Lettings Negotiator
{{company}} Lettings & Property Management
Office {{phone}} | Mobile {{e164}}
{{email}}
Property ref {{invoice}} · Applicant file {{ticket}}"""),
    ("de", """\
Betreff: Anfrage EASA Form 1 für Hauptfahrwerk-Bauteil {{serial}}

Sehr geehrte Damen und Herren,

für das ausgebaute Bauteil benötigen wir vor dem Wiedereinbau das freigebende EASA Form 1 mit dem
aktuellen Prüfstand (Revision {{version}}). Bitte senden Sie das Dokument an die Technische
Dokumentation; der Arbeitsauftrag lautet {{ticket}}.

Mit freundlichen Grüßen

{{first}} {{last}}
Prüfer Klasse 2 / Technische Dokumentation
{{company}}
Tel. {{phone}} · Mobil {{intl}}
{{internal_email}}"""),
    ("de", """\
Ihre Bewerbung um einen Studienplatz – fehlende Unterlagen (Bewerbernummer {{account}})

Hallo {{first}} {{last}},

für Ihre Bewerbung im Masterstudiengang fehlt uns noch die beglaubigte Kopie des Bachelorzeugnisses.
Bitte laden Sie diese bis {{date_words}} im Bewerbungsportal hoch. Fragen zum BAföG beantwortet das
Studierendenwerk.

Viele Grüße
{{name2}}
Studierendensekretariat – Zulassung
{{company}}
Sprechzeiten Di/Do 9-12 Uhr · Telefon {{phone}}
{{internal_email}}"""),
    ("fr", """\
Objet : Dossier d'aide juridictionnelle – pièces manquantes (dossier {{ticket}})

Madame, Monsieur,

Pour transmettre votre demande au bureau d'aide juridictionnelle, il nous manque votre dernier avis
d'imposition et le justificatif de domicile de moins de trois mois. Vous pouvez les déposer lors de
la permanence du mercredi ou les envoyer par courriel.

Bien cordialement,

{{first}} {{last}}
Juriste bénévole – Clinique juridique
{{company}}
Permanence : {{phone}} · Portable : {{intl}}
{{email}}"""),
    ("fr", """\
Bonjour {{first}},

Suite aux mortalités constatées sur le bassin 4, le laboratoire confirme une infection bactérienne.
Nous arrêtons les transferts d'alevins vers l'écloserie jusqu'à nouvel ordre et le vétérinaire passe
jeudi. Lot concerné : {{serial}}, aliment lot {{invoice}}.

Cordialement,
{{name}}
Responsable de production – Pisciculture
{{company}}
Tél. {{phone}} | {{email}}"""),
    ("es", """\
Asunto: Permiso de paso por fachada – despliegue de fibra óptica, orden {{ticket}}

Estimado/a {{name}}:

Para dar servicio de fibra al edificio necesitamos fijar un tubo por la fachada trasera hasta la caja
de registro del portal. Adjuntamos el croquis (versión {{version}}) y la autorización de la comunidad
para que la firme el presidente.

Un saludo,

{{first2}} {{last2}}
Técnica de Despliegue FTTH
{{company}}
Móvil {{intl}} · Oficina {{phone}}
{{email}}"""),
    ("it", """\
Oggetto: Sinistro {{invoice}} – perizia danni da grandine

Gentile {{name}},

le confermo il sopralluogo di lunedì mattina per la stima dei danni al tetto e al veicolo in garage.
La preghiamo di tenere a disposizione fotografie, preventivi e la polizza. Il verbale di perizia
verrà inviato alla compagnia entro dieci giorni.

Cordiali saluti

{{first2}} {{last2}}
Perito assicurativo – Liquidazione sinistri
{{company}}
Cell. {{intl}} · Ufficio {{phone}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
UNSERVICEABLE ROTABLE – RETURN TO VENDOR

Ship from:
  {{company}} Stores, Hangar 5
  Attn: {{name}}
  {{street}}
  {{townline}}
  {{country}}

Ship to:
  Repair station, receiving inspection
  {{street2}}
  {{townline2}}

Part: fuel control unit ({{serial}})
Removal reason: fault isolation, task {{ticket}}
AWB {{tracking}} · Dangerous goods: no"""),
    ("en", """\
PRIVATE & CONFIDENTIAL

{{name}}
{{street}}
{{townline}}

Our ref: {{ticket}}
Insurer's claim no: {{invoice}}
Risk address: as above
Date of loss: {{date}}

Dear {{first}},

Further to our inspection, we write to set out our assessment of your storm damage claim and the
repairs we have agreed with your contractor."""),
    ("en", """\
CLIENT CONTACT DETAILS – READ BEFORE WRITING OR CALLING

Client: {{name}}
Home address (DO NOT USE – client lives with the other party):
  {{street}}
  {{townline}}
Safe correspondence address:
  c/o {{company}}
  {{street2}}
  {{unit}}
  {{townline2}}
Safe to call: {{phone}} – only between 10:00 and 14:00
Case {{ticket}}"""),
    ("en", """\
{
  "applicationId": "{{uuid}}",
  "student": {"fullName": "{{name}}", "dateOfBirth": "{{dob_iso}}"},
  "homeAddress": {"line1": "{{street}}", "townLine": "{{townline}}", "country": "{{country}}"},
  "termTimeAddress": {"line1": "{{street2}}", "line2": "{{unit}}", "townLine": "{{townline2}}"},
  "householdIncomeAssessed": true,
  "batch": "{{invoice}}"
}"""),
    ("en", """\
premise_id|address|town_line|owner_or_occupier|contact|wayleave|status
{{serial}}|{{street}}|{{townline}}|{{name}}|{{phone}}|signed|RFS
{{serial2}}|{{street2}}|{{townline2}}|{{name2}}|{{phone2}}|pending|blocked – pole access
{{serial3}}|{{street3}}|{{townline3}}|{{name3}}|{{phone3}}|not needed|RFS
# exported from build planning tool {{version}} at {{timestamp}}"""),
    ("en", """\
DELIVERY NOTE – SPECIALTY GASES (cylinders, gas cabinet restock)

Consignee: {{company}} – Fab 1 Gas Yard
Receiving contact: {{name}}, Facilities Gas Technician
{{street}}
{{townline}}
{{country}}
Site phone: {{phone}}

Contents: 4 x silane cylinders, UN 2203, lot {{serial}}
Delivery slot 06:00-08:00, escort required from gatehouse
Order {{invoice}} | Consignment {{tracking}}"""),
    ("en", """\
LIVE FISH MOVEMENT DOCUMENT

Consignor site: {{company}} Hatchery
  {{street}}, {{townline}}
Site operator: {{name}}
Consignee site: {{company2}} Marine Site
  {{street2}}, {{townline2}}
Receiving manager: {{name2}}, {{phone}}
Species: Atlantic salmon smolts, 185,000 fish, mean weight 95 g
Transport: well boat, movement authorisation {{ticket}}, health certificate {{invoice}}"""),
    ("en", """\
                                            Central Library
                                            Lending Services

{{name}}
{{street}}
{{unit}}
{{townline}}

Borrower no. {{account}}                     Notice {{ticket}}

SECOND OVERDUE NOTICE
The items below were due back on {{date}}. Please return or renew them; overdue charges are waived
for children's books."""),
    ("en", """\
<inventory type="check-in" ref="{{ticket}}">
  <property>
    <line1>{{street}}</line1>
    <line2>{{unit}}</line2>
    <townLine>{{townline}}</townLine>
  </property>
  <tenant name="{{name}}" forwardingAddress="{{street2}}, {{townline2}}" />
  <clerk>{{name2}}</clerk>
  <meterReadings electricity="04512" gas="13380" water="00771" />
  <photosArchive sha256="{{sha256}}" />
</inventory>"""),
    ("en", """\
| # | Applicant | Postal address | Offer pack |
|---|-----------|----------------|------------|
| 1 | {{name}} | {{street}}, {{townline}}, {{country}} | sent, tracked {{tracking}} |
| 2 | {{name2}} | {{street2}}, {{townline2}}, {{country2}} | returned – wrong address |

Please fix row 2 before the next mailing run (batch {{invoice}})."""),
    ("de", """\
Wohnungsgeberbestätigung (für die Meldebehörde)

Wohnungsgeber: {{company}} Hausverwaltung, vertreten durch {{name}}
Anschrift des Wohnungsgebers: {{street}}, {{townline}}

Einzug am {{date}} in die Wohnung:
{{street2}}
{{unit}}
{{townline2}}

Meldepflichtige Person: {{name2}}, geboren am {{dob}}
Vorgang {{ticket}}"""),
    ("de", """\
Besichtigungsauftrag Sturmschaden – Schadennummer {{invoice}}

Versicherungsnehmer: {{name}}
Risikoort: {{street}}
           {{townline}}
Erreichbar: {{phone}}

Zuständiger Regulierer: {{name2}}, {{company}}
Termin: {{date}}, vormittags
Bitte Zugang zum Dachboden vorbereiten. Auftrag {{ticket}}"""),
    ("fr", """\
BIBLIOTHÈQUE MUNICIPALE – INSCRIPTION

Nom et prénom : {{name}}
Adresse : {{street}}
Complément : {{unit}}
Code postal et ville : {{townline}}
Né(e) le : {{dob}}
N° de carte : {{account}}
Abonnement : famille, valable jusqu'au {{date}}"""),
    ("fr", """\
Demande d'aide juridictionnelle – adresse du demandeur

{{name}}
{{street}}
{{townline}}
{{country}}

Adresse de l'avocat désigné : Maître {{last2}}, {{street2}}, {{townline2}}
Numéro de dossier : {{ticket}}"""),
    ("es", """\
DOCUMENTO DE ACOMPAÑAMIENTO – MEJILLÓN VIVO

Expedidor: {{company}}, polígono de bateas
{{street}}
{{townline}}
Responsable: {{name}}

Destinatario: {{company2}}
{{street2}}
{{townline2}}

Lote {{serial}} · Albarán {{invoice}} · Fecha de extracción {{date}}"""),
    ("it", """\
DOMANDA DI IMMATRICOLAZIONE – dati anagrafici

Cognome e nome: {{name}}
Nato/a il: {{dob}}
Residenza: {{street}}, {{townline}}
Domicilio (se diverso): {{street2}}, {{unit}}, {{townline2}}
Recapito telefonico: {{phone}}
Matricola provvisoria: {{account}} · Pratica {{ticket}}"""),
]

DIALOGUE = [
    ("en", """\
#hangar-night-shift (Teams) – handover

[22:04] {{first}} {{last}}: Tail 3 still waiting on the brake unit, stores say unit {{serial}} arrives 02:00.
[22:06] {{first2}} {{last2}}: ok. I'll take the wheel change, need a second independent inspection though.
[22:07] {{first}} {{last}}: ask {{name3}}, they have the type rating. Number is {{phone}}.
[22:15] {{first2}} {{last2}}: done, they're in at 23:00. Work order {{ticket}} updated.
[22:16] {{first}} {{last}}: thanks, CRS to be signed before the 06:10 departure."""),
    ("en", """\
Recorded call – loss assessment follow-up (claim {{invoice}})

Adjuster: Good morning, is that {{name}}?
Policyholder: Speaking.
Adjuster: It's about the storm damage to your garage roof. Can you confirm your date of birth for
security?
Policyholder: {{dob_words}}.
Adjuster: Thank you. And the best number to reach your builder?
Policyholder: It's {{spelled}}.
Adjuster: Perfect. I'll send the settlement breakdown to {{email}} by Friday."""),
    ("en", """\
Triage call – housing and eviction (legal aid clinic)

Volunteer: Community law clinic, you're speaking with {{first}}.
Caller: Hi, my landlord gave me a notice and says I have to leave in two weeks.
Volunteer: I'm sorry to hear that. Can I take your full name?
Caller: {{name}}.
Volunteer: And the address of the property?
Caller: {{street}}, {{townline}}.
Volunteer: Is there a safe number for us to call you back?
Caller: Yes, {{phone}}, after five please.
Volunteer: Thanks. I've logged it as case {{ticket}}; a caseworker will call within two days."""),
    ("en", """\
CLEARING HOTLINE – call notes (line 14)

00:00 Advisor: Thanks for calling, can I have your applicant number?
00:04 Applicant: It's {{account}}.
00:09 Advisor: And your date of birth?
00:12 Applicant: {{dob}}.
00:20 Advisor: Thanks {{first}}. We have a place on the joint honours course. Do you want to accept
verbally?
00:31 Applicant: Yes please.
00:33 Advisor: Lovely, a confirmation email goes to {{email}} now. Ref {{ticket}}."""),
    ("en", """\
Webchat transcript – Student Funding (chat {{uuid}})

Bot: Hi! What can we help with today?
Student: my second instalment didn't arrive
Bot: Connecting you to an adviser...
{{first}} (Adviser): Hi, sorry about that. Could you tell me your student number and full name?
Student: {{account}}, {{name}}
{{first}} (Adviser): Thanks. Your university hasn't confirmed your attendance yet; I'll chase them
today. Is {{phone}} still the right number for a text when it's paid?
Student: yes
{{first}} (Adviser): Done, note added under {{ticket}}."""),
    ("en", """\
WhatsApp – FTTP install crew 4

{{first}}: at the customer's now, ONT serial {{serial}}, no light on the drop fibre
{{first2}}: check the splitter port in the chamber outside, port 6
{{first}}: found it, dirty connector. Cleaned, -19.8 dBm now
{{first2}}: 👍 activating. Customer name on the order is {{name}}, mobile {{phone}}
{{first}}: customer's here, router up. Install ref {{ticket}}, closing the job"""),
    ("en", """\
#litho-bay-excursion (Slack)

@{{username}} 09:12  particle count spike on track 3, lots {{serial}} and {{serial2}} affected
@{{username2}} 09:14  stopping the track. who is on call for litho today?
@{{username}} 09:15  {{first}} {{last}}, reachable on {{phone}}
@{{username2}} 09:21  {{first}} confirmed, coming in. filed excursion {{ticket}}
@{{username}} 09:40  filter change done, recipe {{version}} back in production"""),
    ("en", """\
Call log – shore base to well boat (recorded line)

Shore ({{first}}): Well boat, shore base, over the phone now, radio's breaking up.
Skipper ({{first2}} {{last2}}): Go ahead.
Shore: Vet wants four fish from pen B4 after treatment, bagged and on ice.
Skipper: Copy. Who collects them at the pier?
Shore: {{name}} from the processing plant, at three. Mobile {{e164}}.
Skipper: Fine. Treatment log is {{ticket}}, water temperature 9.5 degrees."""),
    ("en", """\
Counter call – library loans (logged by staff)

Staff: Hello, Central Library, {{first}} speaking.
Member: Hi, I want to renew three books but the website says my PIN is wrong.
Staff: I can reset that. Your card number, please?
Member: {{account}}.
Staff: And your date of birth?
Member: {{dob_words}}.
Staff: Thanks, {{name}}. Your new temporary PIN is {{password}}, change it when you log in.
Member: Great, thank you.
Staff: Renewed until {{date}}. Anything else?"""),
    ("en", """\
WhatsApp chat – lettings

[10:02] {{first}} (negotiator): Morning! Are you ok for a viewing at 4 pm today? Two people.
[10:15] {{name}} (tenant): Fine but I'm at work. Can you use the office key?
[10:16] {{first}} (negotiator): Yes of course. Also, the check-out clerk is {{name2}}, who will call you on {{phone}}.
[10:20] {{name}} (tenant): Ok. My new address for the deposit letter is {{street}}, {{townline}}
[10:21] {{first}} (negotiator): Saved on your file ({{ticket}}). Thanks!"""),
    ("de", """\
Telefonnotiz – Schadenaufnahme Leitungswasser

Sachbearbeiterin ({{first}}): Guten Tag, Schadenabteilung, mein Name ist {{first}}. Worum geht es?
Kunde: {{name}}, ich habe einen Wasserschaden im Bad.
Sachbearbeiterin: Ihre Versicherungsscheinnummer bitte.
Kunde: {{account}}.
Sachbearbeiterin: Und eine Rückrufnummer?
Kunde: {{spelled}}.
Sachbearbeiterin: Danke, der Regulierer meldet sich. Schadennummer {{invoice}}."""),
    ("de", """\
Chatprotokoll Studierendensekretariat (Ticket {{ticket}})

Studentin: Hallo, ich brauche eine Immatrikulationsbescheinigung für die Familienkasse.
{{first}} (Sekretariat): Gern. Matrikelnummer und Geburtsdatum bitte.
Studentin: {{account}}, {{dob}}.
{{first}} (Sekretariat): Danke, Frau {{last}}. Die Bescheinigung liegt ab morgen im Portal unter
Ihrem Benutzernamen {{username}}.
Studentin: Super, danke!"""),
    ("fr", """\
Échange au comptoir de prêt (note de service)

Lectrice : Bonjour, je voudrais réserver le dernier roman, il est toujours sorti.
Bibliothécaire ({{first}}) : Je vous inscris sur la liste. Votre nom ?
Lectrice : {{name}}.
Bibliothécaire : Et un numéro pour vous prévenir par SMS ?
Lectrice : {{phone}}.
Bibliothécaire : C'est noté, réservation {{ticket}}. Vous avez aussi un retard depuis le {{date}}."""),
    ("fr", """\
Appel agence – location (enregistré)

Agent : Agence {{company}}, {{first}} à l'appareil.
Candidat : Bonjour, je vous appelle pour l'appartement rue du marché. Je m'appelle {{name}}.
Agent : Très bien. Votre garant, c'est bien {{name2}} ?
Candidat : Oui, vous pouvez le joindre au {{phone}}.
Agent : Parfait. Envoyez-moi les trois derniers bulletins de salaire à {{email}}, dossier {{ticket}}."""),
    ("es", """\
Llamada – asistencia jurídica gratuita (turno de oficio)

Operadora: Servicio de orientación jurídica, le atiende {{first}}.
Llamante: Buenos días, me llamo {{name}} y necesito un abogado para un desahucio.
Operadora: ¿Me da su fecha de nacimiento?
Llamante: {{dob}}.
Operadora: ¿Y un teléfono de contacto?
Llamante: {{spelled}}.
Operadora: Gracias. Su expediente es el {{ticket}}; le llamarán esta semana."""),
    ("it", """\
Chat tecnici – posa fibra, cantiere {{ticket}}

{{first}}: al civico c'è il cliente {{name}}, chiede quando passiamo in casa
{{first2}}: domani mattina, dopo la giunzione in pozzetto. Il suo cellulare?
{{first}}: {{phone}}
{{first2}}: ok lo chiamo io. Serial ONT da registrare {{serial}}
{{first}}: fatto, verbale firmato"""),
]

CODE = [
    ("en", """\
# mro-tracking-sync/config.yaml – pushes task card status to the maintenance tracking system
tracking_system:
  base_url: https://{{hostname}}/api/v2
  client_id: mro-sync-prod
  api_token: "{{token}}"
records_db:
  host: {{ip}}
  user: {{username}}
  password: "{{password}}"
export:
  path: {{path}}
  schema_version: {{version}}
  checksum: {{sha256}}"""),
    ("en", """\
# fnol_intake.py – first notice of loss from the web form to the claims platform
import os
import requests

CLAIMS_API = "https://{{hostname}}/fnol"
AZURE_STORAGE_KEY = "{{azure}}"  # photo uploads; TODO move to key vault
SERVICE_JWT = "{{jwt}}"


def submit(claim: dict) -> str:
    claim["handler"] = "{{internal_email}}"
    resp = requests.post(CLAIMS_API, json=claim, headers={"Authorization": f"Bearer {SERVICE_JWT}"})
    resp.raise_for_status()
    return resp.json()["claimNumber"]  # e.g. {{invoice}}"""),
    ("en", """\
# casework/.env – legal aid clinic case management (staging copy sent to the vendor by mistake)
DJANGO_SECRET_KEY={{token}}
DATABASE_URL=postgres://{{username}}:{{password}}@{{hostname}}:5432/casework
EMAIL_HOST_USER={{internal_email}}
EMAIL_HOST_PASSWORD={{password2}}
SENTRY_RELEASE={{short_sha}}
CONFLICT_CHECK_SALT={{md5}}"""),
    ("en", """\
#!/usr/bin/env bash
# nightly pull of applicant documents from the admissions service SFTP
set -euo pipefail
KEY_FILE=$(mktemp)
cat > "$KEY_FILE" <<'EOF'
{{private_key}}
EOF
chmod 600 "$KEY_FILE"
sftp -i "$KEY_FILE" -b batch.txt {{username}}@{{ip}}
echo "pulled into {{path}} at $(date), build {{version}}"
rm -f "$KEY_FILE\""""),
    ("en", """\
# group_vars/olt_north.yml – OLT provisioning for the fibre build (ansible)
olt_mgmt_ip: {{ip}}
olt_user: {{username}}
olt_password: "{{password}}"
radius_secret: "{{token}}"
firmware: {{version}}
notify_webhook: "{{slack_hook}}"
ont_profiles:
  - name: residential-1g
    vlan: 101
  - name: business-10g
    vlan: 220"""),
    ("en", """\
; equipment_gateway.ini – SECS/GEM bridge for etch tools, bay 7
[host]
mes_endpoint = https://{{hostname}}/mes/events
tool_ip = {{ip}}
hsms_port = 5000

[auth]
service_user = {{username}}
service_password = {{password}}
recipe_repo_token = {{github}}

[build]
gateway_version = {{version}}
image_digest = {{digest}}"""),
    ("en", """\
# oxygen_probe.py – MicroPython on the pen-side logger (cage group B)
import network, urequests

WIFI_SSID = "fishfarm-barge"
WIFI_PASSWORD = "{{password}}"
GCP_API_KEY = "{{gcp}}"
DEVICE_ID = "{{uuid}}"


def upload(mg_per_l, temp_c):
    urequests.post(
        "https://{{hostname}}/v1/readings?key=" + GCP_API_KEY,
        json={"device": DEVICE_ID, "o2": mg_per_l, "t": temp_c, "fw": "{{version}}"},
    )"""),
    ("en", """\
<!-- sip2.xml – self-service kiosk connection to the library system -->
<sip2Config>
  <server host="{{ip}}" port="6001" />
  <login user="{{username}}" password="{{password}}" location="CENTRAL" />
  <institution id="MAIN" />
  <kiosk serial="{{serial}}" firmware="{{version}}" />
  <receiptFooter>Questions? {{internal_email}}</receiptFooter>
</sip2Config>"""),
    ("en", """\
// rent-webhook.ts – marks rent as received when the payment provider calls back
import Stripe from "stripe";

const stripe = new Stripe("{{stripe}}");
const SLACK_ARREARS = "{{slack_hook}}";

export async function onPayment(event: Stripe.Event) {
  // tenant ledger lives on {{hostname}}; reconciliation run {{uuid}}
  if (event.type === "invoice.payment_failed") {
    await fetch(SLACK_ARREARS, { method: "POST", body: JSON.stringify({ text: "Rent failed for tenancy {{ticket}}" }) });
  }
}"""),
    ("en", """\
In [3]:
# bursary_eligibility.ipynb – summarise free-text hardship statements (anonymised export only!)
import anthropic, openai
anthropic_client = anthropic.Anthropic(api_key="{{anthropic}}")
openai.api_key = "{{openai}}"
df = pd.read_parquet("{{path}}")
df.shape
Out[3]:
(1842, 17)"""),
    ("de", """\
# application-prod.yml – Schadenportal (Spring Boot)
spring:
  datasource:
    url: jdbc:postgresql://{{hostname}}:5432/schaden
    username: {{username}}
    password: {{password}}
cloud:
  aws:
    credentials:
      access-key: {{aws_key}}
      secret-key: {{aws_secret}}
# Gutachterfotos im Bucket, Build {{version}}, Commit {{short_sha}}"""),
    ("de", """\
# crontab der Stadtbibliothek – nächtlicher Abgleich der Fernleihbestellungen
# m h dom mon dow command
15 2 * * * GITLAB_TOKEN={{gitlab}} /opt/fernleihe/sync.sh --user {{username}} --host {{ip}} >> /var/log/fernleihe.log 2>&1
# Ansprechpartner: {{internal_email}}, Version {{version}}"""),
    ("fr", """\
# metrologie/config.py – export des mesures d'épaisseur vers l'outil d'analyse
BASE_URL = "https://{{hostname}}/api"
OPENAI_API_KEY = "{{openai}}"  # résumé automatique des dérives, à retirer avant la mise en prod
DB_USER = "{{username}}"
DB_PASSWORD = "{{password}}"
LOT_COURANT = "{{serial}}"
VERSION_RECETTE = "{{version}}\""""),
    ("fr", """\
# docker-compose.override.yml – logiciel de gestion locative (agence)
services:
  app:
    environment:
      - DB_PASSWORD={{password}}
      - SMTP_USER={{email}}
      - SMTP_PASSWORD={{password2}}
      - PORTAIL_API_KEY={{token}}
    image: registry.agence.local/gestion-locative@{{digest}}"""),
    ("es", """\
# .npmrc y config.json del portal de admisiones de la universidad
//registry.npmjs.org/:_authToken={{token}}
{
  "smtp": { "user": "{{internal_email}}", "pass": "{{password}}" },
  "servidorExpedientes": "{{ip}}",
  "tokenGithub": "{{github}}",
  "version": "{{version}}"
}"""),
    ("it", """\
# /etc/systemd/system/alimentatore.service – chiatta di alimentazione, impianto di maricoltura
[Unit]
Description=Controllo alimentatori gabbie
[Service]
Environment=MQTT_HOST={{ip}}
Environment=MQTT_USER={{username}}
Environment=MQTT_PASSWORD={{password}}
Environment=SLACK_TOKEN={{slack}}
ExecStart=/opt/feeder/bin/feeder --build {{version}}"""),
]

PROSE = [
    ("en", """\
Certificate of release to service – technician record

Certifying engineer: {{name}}
Licence number: {{account}}
Date of birth: {{dob}}
MRO system login: {{username}}
Aircraft type ratings: A320 family (B1), ATR 72 (B1)
Authorisation expires: {{date}}
Last recurrent human-factors training: {{date_words}}, certificate {{invoice}}"""),
    ("en", """\
Loss assessment report – summary

Insured: {{name}} (policy {{account}})
Date of birth (for identity checks): {{dob_words}}
Cause: wind-driven rain through the flat roof after the storm; no evidence of wear and tear.
Reserve: 14,300 (buildings) + 2,150 (contents)
Settlement to be paid to the insured's account {{iban}} on receipt of the signed discharge form.
Adjuster: {{name2}}, {{company}} · Report {{ticket}} · Photos hash {{md5}}"""),
    ("en", """\
Means assessment – civil legal aid (housing)

The client, {{name}}, born {{dob_words}}, lives with a partner, {{name2}}, and two children. The
client's only income is universal credit; the partner's earnings are disregarded because the partner
is the opponent in the domestic abuse matter. Capital: current account {{account}} with a balance under 300.
Contact: {{phone}} (safe number) or {{email}}. Passported: yes. File {{ticket}}."""),
    ("en", """\
ADMISSIONS DECISION RECORD

Applicant: {{name}}
Applicant no.: {{account}}
DOB: {{dob_iso}}
Email: {{email}}   Phone: {{phone}}
Programme: MSc Data Science (full-time)
Decision: Unconditional offer – English test waived (previous degree taught in English)
Decided by: {{name2}}, Admissions Tutor, on {{date}}
Record version {{version}}"""),
    ("en", """\
Hardship Fund application – case summary for panel

Student {{first}} {{last}} (student no. {{account}}, born {{dob}}) is in the second year of nursing
and lost a part-time job after placement hours changed. Rent arrears of two months. Requested
award: 900. Bank details for payment: {{iban}}. Contact for the panel's questions: {{email}}.
Supporting evidence checked by {{name2}}. Application {{ticket}}, checklist {{uuid}}."""),
    ("en", """\
Installation record – FTTP (customer copy)

Customer: {{name}}
Installation address: {{street}}, {{townline}}
Contact number: {{phone}}
ONT serial: {{serial}} · Router serial: {{serial2}}
Wi-Fi network: as on the router card
Router admin password (changed at install): {{password}}
Engineer: {{first2}} {{last2}}, job {{ticket}}, completed {{date}}"""),
    ("en", """\
Cleanroom access enrolment (gowning level 2)

Employee / contractor: {{name}}
Date of birth: {{dob}}
Company: {{company}}
Network user ID: {{username}}
Badge serial: {{serial}}
Gowning training passed on {{date}}, assessor {{name2}}
Emergency contact: {{phone}}
Enrolment {{ticket}}, access profile {{uuid}}"""),
    ("en", """\
Diver record – net inspection team

Name: {{name}}
DOB: {{dob_words}}
Diving medical: fit, certificate no. {{mrn}}, valid until {{date}}
Next of kin: {{name2}}, {{phone}}
Qualification: commercial diver, surface supplied
Dives this month: 14, max depth 22 m
Logged by the dive supervisor; dive plan {{ticket}}"""),
    ("en", """\
New library member – registration form (staff use)

Full name: {{name}}
Date of birth: {{dob}}
Email for notices: {{email}}
Mobile for SMS reservations: {{phone}}
Library card number: {{account}}
Online PIN (set by member): {{password}}
Home branch: Central Library · Joined {{date}} · Consent record {{ticket}}"""),
    ("en", """\
HOLDING DEPOSIT RECEIPT

Received from {{name}} (date of birth {{dob_iso}}) the sum of one week's rent as a holding deposit
for the property at {{street}}, {{townline}}. Paid from account {{iban}} on {{date}}. The deposit will
be refunded within seven days if the landlord decides not to proceed. Negotiator: {{name2}}.
Receipt {{invoice}}, applicant file {{ticket}}."""),
    ("de", """\
Beratungshilfe – Aktenvermerk

Ratsuchende: {{name}}, geboren am {{dob}}
Telefon: {{phone}}, E-Mail: {{email}}
Anliegen: Kündigung der Wohnung wegen Eigenbedarfs, Frist läuft am {{date}} ab.
Berechtigungsschein liegt vor. Konto für die Erstattung der Eigenbeteiligung: {{iban}}.
Bearbeitet von {{name2}} · Aktenzeichen {{ticket}}"""),
    ("de", """\
Personalbogen Fischereibetrieb – Decksmann

Name: {{name}}
Geburtsdatum: {{dob_words}}
Seefahrtsbuch-Nr.: {{account}}
Gesundheitszeugnis gültig bis: {{date}}
Notfallkontakt: {{name2}}, Tel. {{phone}}
Lohnkonto: {{iban}}
Fahrzeug: Kutter, Reise {{ticket}}"""),
    ("fr", """\
Rapport d'expertise – sinistre dégât des eaux

Assuré : {{name}}, né le {{dob}}
Contrat n° : {{account}}
Adresse du risque : {{street}}, {{townline}}
Cause : fuite sur canalisation encastrée, recherche de fuite effectuée le {{date}}.
Indemnité proposée : 3 420 EUR, versée sur le compte {{iban}}.
Expert : {{name2}} · Référence {{ticket}}"""),
    ("fr", """\
Fiche candidat – admission en master

Candidat : {{name}}
Date de naissance : {{dob_words}}
Numéro INE : {{account}}
Courriel : {{email}}
Téléphone : {{phone}}
Avis de la commission : favorable, sous réserve de l'obtention de la licence
Dossier {{ticket}}, version de la plateforme {{version}}"""),
    ("es", """\
Alta de socio – Biblioteca Pública Municipal

Nombre y apellidos: {{name}}
Fecha de nacimiento: {{dob}}
Correo electrónico: {{email}}
Teléfono: {{phone}}
Número de carné: {{account}}
Contraseña del catálogo en línea: {{password}}
Fecha de alta: {{date}} · Registro {{ticket}}"""),
    ("it", """\
Scheda tecnico certificatore – manutenzione aeronautica

Nominativo: {{name}}
Data di nascita: {{dob}}
Licenza Part-66 n.: {{account}}
Utente sistema di manutenzione: {{username}}
Abilitazioni: B1 motori a turbina
Scadenza autorizzazione: {{date}}
Ordine di lavoro {{ticket}}, revisione manuale {{version}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
