"""FINAL13 templates of the generalisation corpus kinds (eval.kinds), for the `final13` split.

Written by a helper session after the final10 and final11 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final13`). They imitate what employees of airlines and
airports, publishers and newsrooms, property managers, farms and food processors, game studios and
esports teams, security operations centres, university research offices, veterinary practices and
sports clubs paste into an LLM at work: crew pairing swaps, NOTAM briefings, manuscript acceptances,
corrections requests, rent-review letters, service-charge budgets, harvest intake schedules, HACCP
deviations, patch-day notes, tournament roster locks, SOC shift hand-overs, phishing take-downs,
grant award notices, export-control reviews, vaccine reminders, membership renewals; airside badge
applications, author contracts, tenancy deposit certificates, livestock movement forms, prize
shipments, grant sub-award forms, pet microchip registrations and season-ticket mailings; gate
announcements, editorial stand-ups, viewing calls, co-operative grain calls, in-game support chats,
incident bridges, veterinary triage calls and coaching calls; airport operational database configs,
CMS deploy settings, property-portal feeds, dairy telemetry, game-server configs, SIEM connectors,
research-data pipelines, practice-management integrations and ticketing exports; medical clearances,
byline disputes, tenant screenings, seasonal-worker records, player transfers, insider-threat cases,
ethics approvals, animal insurance claims and youth player registrations.
Ordinary text surrounds the values (amounts, order, ticket and invoice numbers, flight numbers,
versions, hashes, hostnames, paths, companies, products, job titles) so that over-redaction is
measured as well as recall.

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
Subject: Pairing swap request – trip 4417 (3-day, long-haul), bid period {{ticket}}

Crew Scheduling,

I'd like to swap my reserve block on {{date}} with the pairing above; the other crew member has
already accepted in the crew app (swap id {{uuid}}). Rest requirements are met on both sides and
neither of us goes over the 100-hour limit for the month.

Thanks,
{{first}} {{last}}
First Officer, A330 fleet | {{company}}
Crew mobile {{e164}}
{{internal_email}}"""),
    ("en", """\
Re: Manuscript {{ticket}} – accepted for publication

Dear {{first2}},

I'm pleased to confirm that your article has been accepted after the second round of review. Our
production team will send proofs within three weeks; please return the signed licence form
(version {{version}}) and any high-resolution figures before then. The DOI will be registered
once the issue is compiled.

With best wishes,

{{name}}
Managing Editor, Journal of Applied Ecology Methods
{{company}}
Editorial office {{phone}}
{{email}}"""),
    ("en", """\
Rent review – unit 4B, service charge year ending {{date_words}}

Dear tenant,

Under clause 7 of your lease the rent is reviewed to open market value this year. Our surveyor's
proposal and the comparables are attached (report {{invoice}}). If you wish to discuss the figure or
appoint your own surveyor, please reply within 28 days.

Kind regards

{{first}} {{last}} MRICS
Senior Property Manager
{{company}}
T {{phone}} | M {{intl}}
{{email}}"""),
    ("en", """\
Harvest intake schedule – week 38 (weighbridge slots)

All growers: tipping slots at the intake pit are now bookable in the portal. Loads arriving without a
slot may wait up to four hours. Moisture above 15% is dried at cost; sample bags are labelled
with the lot number {{serial}}. Questions about contracts go to the grain desk, reference {{ticket}}.

{{name}}
Intake Supervisor, {{company}}
Weighbridge office {{local7}} · Mobile {{phone}}
{{internal_email}}"""),
    ("en", """\
Patch 2.7 notes – server maintenance {{date}} ({{clock}} UTC)

Heads up, community team: the ranked queue closes 30 minutes before the maintenance window. The
client build is {{version}}, manifest hash {{sha256}}. Known issue: cosmetic bundle from the summer
event may show as locked until players relaunch; tracked in {{ticket}}.

GG,
{{first}} {{last}}
Live Ops Producer – {{company}}
Discord: @{{username}} | Studio line {{phone}}"""),
    ("en", """\
SOC shift hand-over – night to day ({{date}})

Open: 3 incidents, 11 alerts in triage. P2 {{ticket}}: impossible-travel sign-ins for a finance user,
account disabled, awaiting callback. EDR isolated host {{hostname}}; memory image uploaded, hash
{{md5}}. No customer impact so far. Detection rule {{short_sha}} is noisy again – suppression proposed.

--
{{name}}
Tier 2 Analyst, Security Operations Centre
{{company}}
SOC hotline {{intl}} · Desk {{ext}}
{{internal_email}}"""),
    ("en", """\
Notice of award – proposal {{ticket}}

Dear Principal Investigator,

The sponsor has issued the award for your project; the budget was reduced by 8% in year two.
Please submit the revised budget justification and confirm the start date of {{date_words}} so
that the research office can set up the cost centre (fund {{invoice}}). No spending is allowed
before the account is active.

Regards,
{{first}} {{last}}
Grants Officer, Office of Research Services
{{company}}
Phone {{phone}}
{{internal_email}}"""),
    ("en", """\
Reminder: annual booster due for "Biscuit" (canine, patient {{mrn}})

Hi {{first2}},

Our records show that the annual vaccination and the kennel-cough booster are due before
{{date_words}}. You can book online or reply to this e-mail. If Biscuit has moved to another
practice, let us know and we will update the records.

Warm wishes,

{{name}}
Registered Veterinary Nurse
{{company}} Veterinary Clinic
Reception {{phone}} · Out of hours {{local7}}
{{email}}"""),
    ("en", """\
Membership renewal – season {{version}}

Dear member,

Renewals for the coming season are open until the end of the month. Senior membership stays at 240,
juniors at 95; family memberships now include court booking for two adults. Standing orders set up
last year (ref. {{invoice}}) renew automatically.

See you at the club,
{{first}} {{last}}
Membership Secretary, {{company}} Lawn Tennis & Squash Club
Clubhouse {{phone}} | {{email}}"""),
    ("en", """\
Correction request – article published {{date}}, CMS id {{uuid}}

Hi desk,

Paragraph 6 attributes the quote to the wrong councillor; the name and title of the other person
were swapped. Please amend online and add a correction note at the foot. The print edition
(page 14) will carry a correction tomorrow; legal reference {{ticket}}.

{{first}} {{last}}
Standards Editor
{{company}}
Newsroom {{phone}} · Mobile {{e164}}
{{internal_email}}"""),
    ("de", """\
Betreff: NOTAM-Briefing Vorfeld Süd – Bauphase 3

Liebe Kolleginnen und Kollegen,

ab {{date}} ist der Rollweg N2 zwischen den Positionen 41 und 46 gesperrt. Schlepps zur Wartungshalle
laufen über N4; die Marshaller werden eingewiesen. Die Sperrkarte (Stand {{version}}) liegt im
Betriebshandbuch, Vorgang {{ticket}}.

Mit freundlichen Grüßen
{{first}} {{last}}
Verkehrsleitung Vorfeld
{{company}}
Telefon {{phone}} | Mobil {{intl}}
{{email}}"""),
    ("de", """\
Sehr geehrte Damen und Herren,

bei der Eingangskontrolle der Charge {{serial}} (Tiefkühlgemüse) lag die Kerntemperatur bei -12 °C
statt der geforderten -18 °C. Die Ware wurde gemäß HACCP-Plan gesperrt. Bitte nehmen Sie bis
{{date}} Stellung; die Reklamation läuft unter {{ticket}}, Lieferschein {{invoice}}.

Mit freundlichen Grüßen

{{name}}
Leitung Qualitätssicherung
{{company}}
Tel.: {{phone}}
E-Mail: {{internal_email}}"""),
    ("fr", """\
Objet : Verrouillage des effectifs – phase de groupes, saison {{version}}

Bonjour à toutes les équipes,

Les effectifs doivent être validés sur la plateforme du tournoi avant le {{date}}, 18 h. Aucun
remplaçant ne pourra être ajouté après cette date, sauf accord de l'arbitre principal. Le règlement
mis à jour est disponible (réf. {{ticket}}).

Bon jeu à tous,

{{first}} {{last}}
Responsable compétition
{{company}}
Tél. : {{phone}}
{{email}}"""),
    ("fr", """\
Bonjour {{first2}},

L'assemblée générale des copropriétaires se tiendra le {{date}} à 18 h 30. Vous trouverez ci-joint
la convocation, le budget prévisionnel et les devis pour le ravalement de façade (appel de fonds
{{invoice}}). Merci de nous retourner le pouvoir si vous ne pouvez pas être présent.

Cordialement,

{{name}}
Gestionnaire de copropriété
{{company}}
Ligne directe {{phone}} – Portable {{intl}}
{{email}}"""),
    ("es", """\
Asunto: Certificado de vacunación antirrábica – paciente {{mrn}}

Buenos días:

Adjunto el certificado firmado para el viaje de su perro. Recuerde que el pasaporte europeo debe
llevar la pegatina del lote de la vacuna y que la vacuna debe administrarse al menos 21 días
antes de viajar. Factura {{invoice}}.

Un saludo,

{{first}} {{last}}
Veterinaria colegiada
{{company}}
Tel. {{phone}} · Urgencias {{e164}}
{{email}}"""),
    ("it", """\
Oggetto: Convocazione raduno Under 17 – stagione {{version}}

Gentili famiglie,

il raduno pre-campionato si terrà dal {{date}} presso il centro sportivo. Ogni atleta deve presentare
il certificato medico agonistico in corso di validità e il modulo di consenso firmato (pratica
{{ticket}}). La quota di partecipazione va versata entro la settimana.

Sportivi saluti,

{{first}} {{last}}
Segreteria settore giovanile
{{company}}
Tel. {{phone}} – Cell. {{intl}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
AIRSIDE ID PASS APPLICATION – section B (applicant)

Full name: {{name}}
Employer: {{company}} (ground handling), sponsor ref. {{ticket}}
Home address for the 5-year background check:
  {{street}}
  {{unit}}
  {{townline}}
  {{country}}
Mobile: {{phone}}
Pass zones requested: 3 (apron), 5 (baggage hall) | Training module version {{version}}"""),
    ("en", """\
PUBLISHING AGREEMENT – schedule 1 (parties)

Publisher: {{company}}, registered office on file, VAT {{vat}}
Author: {{name}}
Address for notices: {{street}}, {{townline}}, {{country}}
Royalties payable to IBAN {{iban}}
Advance: 6,000 in two instalments (signature and delivery of the manuscript)
Contract no. {{invoice}}"""),
    ("en", """\
TENANCY DEPOSIT – PRESCRIBED INFORMATION

Deposit protected: 1,650.00 on {{date}}, certificate {{ticket}}
Landlord: {{company}}
Property: {{street}}
          {{unit}}
          {{townline}}
Lead tenant: {{name}}
Forwarding address (to be given at the end of the tenancy): ____________
Scheme reference {{uuid}}"""),
    ("en", """\
property_id,owner_name,mailing_street,mailing_city_line,service_charge_q3,arrears
PRP-0418,"{{name}}","{{street}}","{{townline}}",612.50,0.00
PRP-0419,"{{name2}}","{{street2}}","{{townline2}}",612.50,1225.00
# export {{timestamp}} from {{product}}; arrears letters batch {{invoice}}"""),
    ("en", """\
LIVESTOCK MOVEMENT DOCUMENT

Departure holding: {{company}}, holding no. {{account}}
Keeper: {{name}}
  {{street}}
  {{townline}}
Destination: {{company2}} (abattoir)
  {{street2}}
  {{townline2}}
Animals: 24 cattle, ear tags listed overleaf | Haulier permit {{serial}} | Departure {{date}}"""),
    ("en", """\
{
  "shipment": "{{tracking}}",
  "tournament": "Spring Split finals",
  "prize": "team jersey set + signed peripherals",
  "ship_to": {
    "player": "{{name}}",
    "handle": "{{username}}",
    "line1": "{{street}}",
    "line2": "{{unit}}",
    "city_line": "{{townline}}",
    "country": "{{country}}",
    "phone": "{{e164}}"
  },
  "customs_value": 180.00,
  "ticket": "{{ticket}}"
}"""),
    ("en", """\
SUB-AWARD SET-UP FORM (collaborating institution)

Subrecipient: {{company}}
Administrative contact: {{name}}, {{email}}
Legal address: {{street}}, {{townline}}, {{country}}
Remittance: IBAN {{iban}}
Prime award {{ticket}} | Sub-award amount 148,300 | Period of performance begins {{date}}
Entity risk assessment: low (questionnaire rev. {{version}})"""),
    ("en", """\
MICROCHIP REGISTRATION – change of keeper

Chip number: {{serial}}
Animal: cat, female, neutered, DSH tabby
New keeper: {{name}}
  {{street}}
  {{townline}}
Phone: {{phone}}   Alternative contact: {{name2}}, {{phone2}}
Registered by {{company}} Veterinary Surgery, practice ref. {{ticket}}"""),
    ("en", """\
SEASON TICKET DISPATCH – block C, row 14

{{name_uc}}
{{street_uc}}
{{townline_uc}}
{{country}}

Card number {{account}} | Seat 22 | Renewal invoice {{invoice}}
Sent by tracked post {{tracking}}; your card activates at the turnstile on the first home match."""),
    ("en", """\
Press release distribution list – embargoed until {{date}}

outlet,contact,street,city_line,format
"{{company}}","{{name}}","{{street}}","{{townline}}",print
"{{company2}}","{{name2}}","{{street2}}","{{townline2}}",print+online
# mailing house job {{invoice}}; review copies go out with courier {{tracking}}"""),
    ("de", """\
Nebenkostenabrechnung Abrechnungszeitraum Vorjahr – Objekt {{ticket}}

Mieterin: {{name}}
{{street}}
{{unit}}
{{townline}}

Nachzahlung: 214,80 EUR, fällig zum {{date}}.
Bitte überweisen Sie den Betrag auf IBAN {{iban}} unter Angabe der Rechnungsnummer {{invoice}}.
Hausverwaltung: {{company}}"""),
    ("de", """\
Lieferantenstammblatt Rohmilch – Erzeuger Nr. {{account}}

Betrieb: {{name}}
Hofadresse: {{street}}, {{townline}}
Postanschrift (falls abweichend): {{pobox}}, {{townline2}}
Telefon Milchkammer: {{phone}}
Auszahlung Milchgeld auf IBAN {{iban}}
Molkerei: {{company}}, Tourenplan {{ticket}}"""),
    ("fr", """\
Déclaration de sinistre – assurance santé animale, dossier {{ticket}}

Propriétaire : {{name}}
{{street}}
{{townline}}
Animal : chien, berger australien, identifié {{serial}}
Clinique vétérinaire : {{company}}
Montant des frais : 842,00 EUR (facture {{invoice}})
Remboursement sur le compte {{iban}}"""),
    ("fr", """\
BON DE LIVRAISON – ÉPREUVES D'IMPRESSION

Éditions {{company}}
À l'attention de : {{name}}
{{street}}
{{unit}}
{{townline}}
{{country}}
Ouvrage : premier roman, tirage 3 000 ex., BAT n° {{invoice}}
Transporteur : {{tracking}} – retour des épreuves corrigées sous huit jours."""),
    ("es", """\
Ficha de temporero – campaña de vendimia

Trabajador: {{name}}
Fecha de nacimiento: {{dob}}
Domicilio durante la campaña: {{street}}, {{townline}}
Domicilio habitual: {{street2}}, {{townline2}}, {{country}}
Nómina a la cuenta {{iban}}
Explotación: {{company}}, contrato {{ticket}}"""),
    ("it", """\
Tessera associativa – modulo di iscrizione stagione sportiva

Atleta: {{name}}
Data di nascita: {{dob}}
Residenza: {{street}}
{{townline}}
Genitore / tutore: {{name2}}, tel. {{phone}}
Società: {{company}}, matricola federale {{account}}
Quota versata con ricevuta {{invoice}}"""),
]

DIALOGUE = [
    ("en", """\
Gate B22 – PA and desk log, aircraft swap (ops message {{ticket}})

Agent ({{first}}): Good afternoon, due to an aircraft change some seat numbers have moved.
Passenger: Hi, I'm {{name}}, I had 14A and now my boarding pass says 31C.
Agent ({{first}}): Let me look… booking {{short_sha}}. I can put you in 15A, a window again.
Passenger: Great. Can you also note my mobile for delay alerts? {{phone}}.
Agent ({{first}}): Done. Boarding starts in ten minutes, group 3."""),
    ("en", """\
Morning news meeting – notes ({{clock}})

{{first}} {{last}} (news editor): lead is the council budget; we still need a second source.
{{first2}} {{last2}} (reporter): I have a former finance officer willing to talk, {{name}}, on the
record. Mobile is {{phone}}.
{{first}} {{last}}: fine, but run it past legal first – ticket {{ticket}}.
{{first2}} {{last2}}: photographer booked for two pm. Copy by six."""),
    ("en", """\
Viewing call – lettings (recorded for training)

Agent: Hello, {{company}} lettings, {{first}} speaking.
Caller: Hi, I'm calling about the two-bed flat on the listing {{ticket}}.
Agent: Lovely. Could I take your name?
Caller: It's {{name}}.
Agent: And the best number and e-mail?
Caller: {{phone}}, and {{email}}.
Agent: Thanks. I can do Saturday at 11. I'll send the referencing link after the viewing."""),
    ("en", """\
Grain co-op – phone log (weighbridge office)

Office: Grain desk, {{first}}.
Grower: Morning, {{name}} here, member {{account}}. My second load was marked at 16.2% moisture.
Office: Yes, ticket {{invoice}}. The drying charge applies above 15.
Grower: My own meter said 14.8. Can someone retest the sample?
Office: I'll ask the lab. If it changes we'll credit it on the next statement. Best number?
Grower: {{spelled}}."""),
    ("en", """\
[In-game support – ticket {{ticket}}]
Player: hi my account got hacked, all my skins are gone
Agent ({{first}}): Sorry to hear that! What's the account name?
Player: {{username}}
Agent ({{first}}): And the e-mail on the account?
Player: it was {{email}} but they changed it
Agent ({{first}}): Understood. Can you tell me the date of your first purchase and the last four digits
of the card?
Player: around {{date}}, card ending 4471
Agent ({{first}}): Thanks. I've locked the account and opened a recovery case."""),
    ("en", """\
Incident bridge – P1 ransomware suspicion ({{timestamp}})

IC ({{first}} {{last}}): Let's go round. Endpoint team?
{{first2}} {{last2}}: Three file servers show mass renames; host {{hostname}} isolated.
IC: Identity?
{{name}}: Service account {{username}} authenticated from {{ip}} at 02:14, outside its normal pattern.
Password reset done, sessions revoked.
IC: Comms, hold the customer note. Next update in 30 minutes, bridge notes in {{ticket}}."""),
    ("en", """\
Research office – call notes (export control)

Officer: Hi, this is {{first}} from the research office. Is that Dr {{last2}}?
Researcher ({{first2}} {{last2}}): Speaking.
Officer: The visiting scholar on your project needs an export-control screening before lab access.
Can you confirm their name and date of birth?
Researcher: {{name}}, born {{dob}}.
Officer: Thanks. I'll screen today; case {{ticket}}. The result goes to {{internal_email}}."""),
    ("en", """\
Triage call – veterinary practice ({{clock}})

Nurse: {{company}} Vets, you're speaking to {{first}}.
Owner: Hi, it's {{name}}. My dog just ate a whole bar of dark chocolate.
Nurse: How much does he weigh, and when did it happen?
Owner: About 12 kilos, twenty minutes ago.
Nurse: Please bring him in now so we can make him sick. What number can the vet call you on?
Owner: {{phone}}.
Nurse: Thanks, I've opened his record, patient {{mrn}}."""),
    ("en", """\
Coaching call – U14 girls, parents' questions (summary)

Coach ({{first}}): Training moves to Thursdays from next week because of the pitch bookings.
Parent ({{name}}): Could my daughter get a lift with someone? I work late on Thursdays.
Coach ({{first}}): {{name2}} lives close to you, their number is {{phone}} – I'll ask first.
Parent ({{name}}): Thanks. And the tournament fee, same account as before?
Coach ({{first}}): Yes, reference {{invoice}}."""),
    ("en", """\
#soc-phishing (Slack export)
[{{clock}}] {{username}}: reported phish from an exec assistant – lookalike domain, credential page
[{{clock}}] {{username2}}: 14 recipients, 2 clicked. One entered creds: {{email}}
[{{clock}}] {{username}}: resetting now and revoking tokens. Takedown request sent to the registrar, ref {{ticket}}
[{{clock}}] {{username2}}: IOC list pushed to the proxy, sample hash {{sha256}}"""),
    ("de", """\
Pressestelle Flughafen – Telefonnotiz {{ticket}}

Journalistin: Guten Tag, {{name}} vom Regionalradio. Stimmt es, dass ein Flug wegen eines
medizinischen Notfalls umgeleitet wurde?
Pressestelle: Ja, die Maschine ist um {{clock}} sicher gelandet. Zum Patienten können wir nichts sagen.
Journalistin: Kann ich Sie für einen O-Ton zurückrufen? Meine Nummer ist {{phone}}.
Pressestelle: Gern, Sie erreichen {{first}} {{last}} unter der Durchwahl {{local7}}."""),
    ("de", """\
Hausverwaltung – Gesprächsnotiz Mieteranruf, {{date}}

Mieter: Hallo, hier ist {{name}} aus dem dritten Stock. Die Heizung ist seit gestern kalt.
Verwaltung: Das tut mir leid. Welche Wohnungsnummer?
Mieter: Wohnung 12, Vertragsnummer {{account}}.
Verwaltung: Ich beauftrage den Notdienst. Unter welcher Nummer sind Sie erreichbar?
Mieter: {{spelled}}.
Verwaltung: Der Techniker meldet sich heute noch, Auftrag {{ticket}}."""),
    ("fr", """\
Standard de la clinique vétérinaire – appel du {{date}}

Accueil : Clinique {{company}}, bonjour.
Client : Bonjour, {{name}}, je voudrais un rendez-vous pour la vaccination de mon chat.
Accueil : Il est déjà suivi chez nous ?
Client : Oui, dossier {{mrn}}.
Accueil : Jeudi à 10 h 15 avec le docteur {{last2}}, ça vous va ? Je vous envoie un rappel au {{phone}}.
Client : Parfait, merci."""),
    ("fr", """\
Support joueurs – chat du {{date}}

Joueur : salut, je suis banni de la ligue alors que j'ai rien fait
Modérateur ({{first}}) : Bonjour ! Quel est ton pseudo ?
Joueur : {{username}}
Modérateur ({{first}}) : Le bannissement vient de l'anti-triche (détection {{short_sha}}). Tu peux faire
appel avec le formulaire ; indique ton vrai nom et l'adresse du compte.
Joueur : ok, {{name}}, {{email}}
Modérateur ({{first}}) : Merci, appel enregistré sous {{ticket}}."""),
    ("es", """\
Club deportivo – llamada a secretaría

Secretaría: Club {{company}}, buenas tardes, le atiende {{first}}.
Socio: Hola, soy {{name}}, número de socio {{account}}. Quiero dar de alta a mi hijo en natación.
Secretaría: Perfecto. ¿Fecha de nacimiento del niño?
Socio: {{dob}}.
Secretaría: La cuota se cargará en la cuenta {{iban}}. ¿Un teléfono de contacto?
Socio: {{phone}}."""),
    ("it", """\
Call center compagnia aerea – registrazione {{uuid}}

Operatrice: Buongiorno, sono {{first}}. Come posso aiutarla?
Cliente: Buongiorno, {{name}}. Il mio volo è stato cancellato e vorrei il rimborso.
Operatrice: Mi dà il codice di prenotazione?
Cliente: {{short_sha}}, volo del {{date}}.
Operatrice: Il rimborso arriva sulla carta usata entro sette giorni. Le mando conferma a {{email}}.
Cliente: Grazie, per qualsiasi cosa il mio numero è {{phone}}."""),
]

CODE = [
    ("en", """\
# aodb-sync/config.yaml – airport operational database -> flight info displays
aodb:
  endpoint: https://{{hostname}}/aodb/v3
  username: "{{username}}"
  password: "{{password}}"
fids:
  mqtt_broker: "tcp://{{ip}}:1883"
  client_id: fids-gate-B
  tls: false   # TODO before go-live ({{ticket}})
notify:
  slack_webhook: "{{slack_hook}}"
build: {{version}}"""),
    ("en", """\
# newsroom CMS – .env.production (copied into the ticket by mistake, {{ticket}})
NODE_ENV=production
DATABASE_URL=postgres://cms:{{password}}@{{hostname}}:5432/articles
WIRE_FEED_API_KEY={{token}}
IMAGE_CDN_SIGNING_SECRET={{token2}}
OPENAI_API_KEY={{openai}}
SENTRY_RELEASE={{short_sha}}
EDITOR_ADMIN_EMAIL={{internal_email}}"""),
    ("en", """\
import requests

# property portal feed upload (nightly) – listings export for the lettings team
PORTAL_URL = "https://feeds.portal.example/v1/branches/4411/listings"
API_KEY = "{{token}}"
SFTP_USER, SFTP_PASS = "{{username}}", "{{password}}"

def push(path: str) -> None:
    with open(path, "rb") as fh:
        r = requests.post(PORTAL_URL, headers={"X-Api-Key": API_KEY}, files={"feed": fh}, timeout=120)
    print(r.status_code, r.headers.get("X-Request-Id"))

push("{{path}}")  # job {{uuid}}"""),
    ("en", """\
// dairy-telemetry/src/config.ts – milk tank sensors -> cloud
export const config = {
  farmId: "{{account}}",
  mqtt: { host: "{{hostname}}", user: "{{username}}", pass: "{{password}}" },
  storage: {
    accessKeyId: "{{aws_key}}",
    secretAccessKey: "{{aws_secret}}",
    bucket: "tank-readings-raw",
  },
  alertTempCelsius: 6.5,
  firmware: "{{version}}",
};"""),
    ("en", """\
# server.cfg – dedicated game server (EU-West ranked pool)
hostname "Ranked EU #14 | {{product}} league"
sv_password ""
rcon_password "{{password}}"
sv_setsteamaccount "{{token}}"   // game server login token
sv_region 3
log_address {{ip}}:27500
exec anticheat.cfg
// build {{version}} · map rotation hash {{md5}} · owner {{username}}"""),
    ("en", """\
# splunk inputs for the new SIEM connector – ticket {{ticket}}
[http://edr_events]
token = {{uuid}}
index = edr
sourcetype = edr:json

[script://./bin/cloudtrail_pull.py]
interval = 300
# AWS creds for the audit account (to be moved to the secrets store)
aws_access_key_id = {{aws_key}}
aws_secret_access_key = {{aws_secret}}
disabled = 0
# analyst on call: {{email}}"""),
    ("en", """\
#!/usr/bin/env bash
# sync_raw_data.sh – research data pipeline, lab server -> institutional storage
set -euo pipefail
export IRODS_USER="{{username}}"
export IRODS_PASSWORD="{{password}}"
export GITHUB_TOKEN="{{github}}"   # pushes the data-availability statement
rsync -az --partial /data/microscopy/ {{username}}@{{hostname}}:/archive/lab-17/
git -C ~/papers/paper-{{short_sha}} push origin main
echo "done $(date -Is) – DMP version {{version}}\""""),
    ("en", """\
# practice-management integration (vet clinics) – appsettings.Production.json
{
  "Pms": {
    "BaseUrl": "https://{{hostname}}/api",
    "ClientId": "reminders-service",
    "ClientSecret": "{{token}}"
  },
  "Sms": { "AccountSid": "AC{{md5}}", "AuthToken": "{{token2}}", "From": "{{e164}}" },
  "Payments": { "StripeKey": "{{stripe}}" },
  "Build": "{{version}}"
}"""),
    ("en", """\
$ psql "postgresql://tickets_ro:{{password}}@{{ip}}:5432/box_office" -c "\\copy (select order_id, buyer_name, buyer_email, seat from orders where match_id = 118) to 'match118.csv' csv header"
COPY 3
$ head -3 match118.csv
order_id,buyer_name,buyer_email,seat
{{invoice}},{{name}},{{email}},C-14-22
{{ticket}},{{name2}},{{email2}},C-14-23"""),
    ("en", """\
# .github/workflows/release.yml – launcher build for the esports client
name: release
on: { push: { tags: ["v*"] } }
jobs:
  build:
    runs-on: windows-latest
    env:
      CODESIGN_PFX_PASSWORD: "{{password}}"   # FIXME use secrets
      STEAM_BUILD_USER: "{{username}}"
      DISCORD_WEBHOOK: "{{slack_hook}}"
    steps:
      - uses: actions/checkout@{{sha}}
      - run: ./build.ps1 -Version {{version}}"""),
    ("de", """\
# flugplan-import.ini – Slot-Koordination, Import der Saisonplanung
[Datenbank]
Server={{hostname}}
Benutzer={{username}}
Passwort={{password}}

[SFTP Koordinator]
Host={{ip}}
Schluessel=
{{private_key}}
; Stand {{version}}, Änderung {{ticket}}"""),
    ("de", """\
# Rückverfolgbarkeit Schlachthof – Anbindung an das Warenwirtschaftssystem
import os
import requests

os.environ["WAWI_TOKEN"] = "{{jwt}}"
LABOR_API = "https://{{hostname}}/befunde"
AUTH = ("{{username}}", "{{password}}")

def befund(charge: str) -> dict:
    return requests.get(f"{LABOR_API}/{charge}", auth=AUTH, timeout=30).json()

print(befund("{{serial}}"))  # Vorgang {{ticket}}"""),
    ("fr", """\
# docker-compose.yml – plateforme de gestion locative (préprod)
services:
  api:
    image: registry.example.net/gestion-locative@{{digest}}
    environment:
      DB_PASSWORD: "{{password}}"
      SIGNATURE_ELECTRONIQUE_API_KEY: "{{token}}"
      BANQUE_PRELEVEMENT_SECRET: "{{azure}}"
      SMTP_USER: "{{email}}"
      SMTP_PASS: "{{password2}}"
    ports: ["8080:8080"]
# version {{version}}, ticket {{ticket}}"""),
    ("fr", """\
# config.py – bot Discord du club esport (modération des tournois)
DISCORD_TOKEN = "{{token}}"
GUILD_ID = 884213
ADMIN_IDS = [{{account}}]
# compte Twitch utilisé pour les annonces
TWITCH_CLIENT_SECRET = "{{token2}}"
TWITCH_LOGIN = "{{username}}"
TWITCH_PASSWORD = "{{password}}"
VERSION = "{{version}}"  # commit {{short_sha}}"""),
    ("es", """\
// config/produccion.js – app de socios del club
module.exports = {
  db: { host: "{{hostname}}", user: "{{username}}", password: "{{password}}" },
  pasarela: { claveSecreta: "{{stripe}}" },
  firebase: { apiKey: "{{gcp}}" },
  avisos: { webhook: "{{slack_hook}}" },
  version: "{{version}}", // incidencia {{ticket}}
};"""),
    ("it", """\
# ansible/group_vars/redazione.yml – server della redazione (non committare)
cms_db_user: "{{username}}"
cms_db_password: "{{password}}"
agenzia_stampa_api_key: "{{token}}"
backup_s3_key: "{{aws_key}}"
backup_s3_secret: "{{aws_secret}}"
admin_mail: "{{internal_email}}"
# versione {{version}}, ticket {{ticket}}"""),
]

PROSE = [
    ("en", """\
Crew medical clearance – return to flying

Crew member: {{name}}, staff no. {{account}}
Date of birth: {{dob}}
Licence class 1 medical renewed on {{date}}; no restrictions.
Fit for duty from the next roster period. Occupational health reference {{ticket}};
copy to crew scheduling ({{internal_email}})."""),
    ("en", """\
Byline dispute – internal note for the managing editor

Freelancer {{name}} (supplier no. {{account}}) says the feature published on {{date}} used her
interviews without credit; the byline went to {{name2}}. Invoice {{invoice}} for the commission is
unpaid. She asks for a credit line and payment within 14 days; contact {{email}}, {{phone}}.
Legal have been copied on {{ticket}}."""),
    ("en", """\
Tenant screening summary – application {{ticket}}

Applicant: {{name}}
Date of birth: {{dob_words}}
Current address: {{street}}, {{townline}}
Employer reference: confirmed, {{job}}, 3 years
Credit check: no adverse findings | Right-to-rent check completed on {{date}}
Guarantor: not required. Decision sent to {{email}}."""),
    ("en", """\
Seasonal worker record – packhouse, soft-fruit season

Name: {{name}}
DOB: {{dob_iso}}
Worker ID: {{account}}
Accommodation: caravan 11, site B
Emergency contact: {{name2}}, {{intl}}
Wages paid weekly to IBAN {{iban}}; induction (food hygiene level 2) completed {{date}}, form {{version}}."""),
    ("en", """\
Player transfer – esports roster change (league registration)

Player: {{name}} (in-game name {{username}})
Date of birth: {{dob}}
Leaving: {{company}} | Joining: {{company2}}
Transfer fee undisclosed; contract until end of season. Visa support letter requested.
League case {{ticket}}; agent contact {{email}}."""),
    ("en", """\
Insider-risk case – HR and SOC joint review (restricted)

Subject: {{name}}, employee no. {{account}}, {{job}}
Observed: 4.2 GB uploaded to a personal cloud account from {{ip}} between {{clock}} and {{clock2}}.
Login used: {{username}}; MFA prompt approved from a new device.
Action: access suspended pending interview on {{date}}. Case {{ticket}}, evidence hash {{sha256}}."""),
    ("en", """\
Ethics application – human participants (research office record)

Principal investigator: {{name}}
Co-investigator: {{name2}}
Study: interviews with smallholder farmers on water use (approx. 40 participants)
Decision: approved with minor amendments on {{date}}; protocol version {{version}}
Reference {{ticket}}. Consent forms to be stored on the university drive, not on personal devices;
queries to {{internal_email}}."""),
    ("en", """\
Pet insurance claim – veterinary section

Policyholder: {{name}}, policy {{account}}
Pet: "Pepper", Labrador, born {{dob_words}} (as recorded by the insurer)
Treating vet: {{first}} {{last}} MRCVS, {{company}}
Condition: cruciate ligament rupture, TPLO surgery on {{date}}
Invoice total 3,980.00 ({{invoice}}); pay the practice directly. Claim {{ticket}}."""),
    ("en", """\
Youth player registration – safeguarding check

Player: {{name}}
Date of birth: {{dob}}
Parent/guardian: {{name2}}, {{phone}}, {{email}}
Medical notes: asthma, inhaler kept in the kit bag
Photo consent: no | Registration id {{uuid}} | Fee paid ({{invoice}})"""),
    ("en", """\
Passenger complaint – reduced mobility assistance

Passenger: {{name}}
Frequent flyer no.: {{account}}
Flight on {{date}}: wheelchair was not at the aircraft door on arrival; passenger waited 40 minutes.
Compensation offered: 150 voucher. Reply sent to {{email}} under case {{ticket}}.
Handling agent notified, service report {{invoice}}."""),
    ("de", """\
Hundehaftpflicht und Impfnachweis – Vermerk Tierarztpraxis

Halterin: {{name}}, geb. {{dob}}
Anschrift: {{street}}, {{townline}}
Patientennummer: {{mrn}}
Tollwutimpfung am {{date}} durchgeführt, Impfstoff-Charge {{serial}}.
Rechnung {{invoice}} per Lastschrift von {{iban}}. Rückfragen an {{internal_email}}."""),
    ("de", """\
Vereinswechsel – Spielerpass (Amateurbereich)

Spieler: {{name}}
Geburtsdatum: {{dob_words}}
Abgebender Verein: {{company}}
Aufnehmender Verein: {{company2}}
Freigabe erteilt am {{date}}; Passantrag {{ticket}}.
Ansprechpartner Jugendleitung: {{first}} {{last}}, {{phone}}."""),
    ("fr", """\
Contrat doctoral – dossier de recrutement

Doctorant : {{name}}
Né le : {{dob}}
Laboratoire d'accueil : unité mixte, équipe génomique végétale
Financement : contrat de recherche {{ticket}}, salaire versé sur {{iban}}
Date de début : {{date_words}}. Contact : {{email}}."""),
    ("fr", """\
Bail commercial – fiche locataire

Locataire : {{company}}, représenté par {{name}}
Date de naissance du gérant : {{dob}}
Local : {{street}}, {{townline}}
Loyer annuel : 36 000 EUR HT, indexé ; dépôt de garantie 9 000 EUR
Identifiant client : {{account}} ; dossier {{ticket}} suivi par {{username}}."""),
    ("es", """\
Parte de incidencia – seguridad alimentaria

Línea de envasado 3, lote {{serial}}: detector de metales parado durante 12 minutos.
Operario responsable: {{name}}, n.º de empleado {{account}}
Producto retenido y reinspeccionado; sin hallazgos.
Revisado por calidad el {{date}}; informe {{ticket}}, versión {{version}}.
Contacto: {{email}}"""),
    ("it", """\
Richiesta di accredito stampa – evento sportivo

Giornalista: {{name}}
Data di nascita: {{dob}}
Testata: {{company}}
Tessera professionale n. {{account}}
Contatti: {{phone}}, {{email}}
Accredito approvato per la partita del {{date}}; pratica {{ticket}}."""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
