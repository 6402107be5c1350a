"""FINAL21 templates of the generalisation corpus kinds (eval.kinds), for the `final21` split.

Written by a helper session after the final18 and final19 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final21`). They imitate what employees of zoos and public
aquariums, touring orchestras, ski resorts and lift companies, dog groomers and boarding kennels,
pawnbrokers, land-surveying firms, bicycle courier fleets, tattoo studios and hot-air balloon
operators paste into an LLM at work: animal adoption and keeper-experience confirmations, school
sleepover bookings, tour-manager travel notes, season-pass photo reminders, grooming reminders with
vaccination requests, pledge redemption reminders, topographic survey quotes, rider onboarding
threads, tattoo deposit confirmations, flight-voucher rebookings; adoption-pack JSON, membership card
CSVs, ATA carnet holder blocks, season-pass mailing XML, pet-taxi YAML, unredeemed-pledge notices,
party-wall survey notices, courier manifests, aftercare-kit SQL, gift-voucher packing slips; a
lost-child radio log, sleepover booking calls, a tour WhatsApp group, a ski patrol incident call,
grooming and boarding calls, a loan-extension call, a surveyors' Teams chat, a courier dispatch
channel, an Instagram booking DM, a balloon flight-day call; animal-records sync settings, aquarium
life-support monitoring, tour itinerary compose files, lift-gate RFID controllers, grooming booking
app settings, stolen-goods check uploads, GNSS base-station and NTRIP caster configs, courier
dispatch Kubernetes secrets, studio wp-config.php, balloon weather-briefing scripts; keeper-for-a-day
registrations, volunteer diver records, extra-player engagements, lift-pass misuse notes, grooming
consent forms, pledge agreements, site risk assessments, rider onboarding records, tattoo consent
forms and balloon passenger manifests. Checked against the earlier modules' docstrings: zoos and
aquariums, orchestras, ski resorts, dog groomers and kennels, pawnbrokers, tattoo studios and
balloon operators are new; film and TV productions (final14), courier and last-mile delivery and
recycling (final10, final15) and a drone survey deploy script (final18) came before, so the courier
situations here are a bicycle fleet's and the surveying ones a land surveyor's (boundaries, party
walls, GNSS base stations).
Ordinary text surrounds the values (amounts, pledge and carnet numbers, lift and gate numbers,
enclosure and tank names, seat and rider numbers, coordinates, flight and voucher references,
ticket and invoice numbers, serials, tracking numbers, versions, hashes, UUIDs, VAT ids, hostnames,
paths, companies, products, job titles) so that over-redaction is measured as well as recall.

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
Subject: Your Keeper for a Day experience – booking {{ticket}}

Dear {{first2}},

Thank you for booking the big cats Keeper for a Day. Please arrive at the staff gate (not the main
entrance) at 08:15 with closed-toe shoes and the signed risk form; participants must be 16 or over.
You will shadow the carnivore team through feeds and enrichment; lunch is included. Photos taken by
our keepers will be shared through the link in your confirmation (voucher {{invoice}}).

Warm wishes,

{{first}} {{last}}
Experiences Coordinator, Visitor Engagement
{{company}} Zoological Society
Bookings {{phone}} (Mon-Fri 09:00-17:00)
{{email}}"""),
    ("en", """\
Hi {{first2}},

Your class sleepover under the shark tunnel is confirmed for 32 pupils and 4 adults. Teachers get
the risk assessment and the allergy form in the attached pack; please send the completed register
back by the Friday before (booking ref. {{ticket}}, quote {{invoice}}). Sleeping mats are provided,
sleeping bags are not.

Best,
{{first}}

--
{{first}} {{last}} | Learning Team
{{company}} Aquarium · reef, jellies & seahorse nursery
Learning desk {{phone}} | Mobile {{e164}}
{{internal_email}}"""),
    ("en", """\
Re: Spring tour – passports, carnet and the overnight ferry

Hello {{first2}},

Thanks for the scans. Your passport expires within six months of the last concert, so please apply
for the renewal now; the fast-track letter is attached. The double bass cases travel on the carnet
(no. {{serial}}) and must be at the loading dock by 14:00. Cabin list for the ferry is in the tour
book, version {{version}}.

All best,

{{first}} {{last}}
Tour Manager
{{company}} Philharmonic Orchestra
Mobile on tour {{intl}}  |  Office {{phone}}
{{email}}"""),
    ("en", """\
Dear {{name}},

Your season pass is ready to print, but the photo you uploaded was rejected by the gate cameras
(sunglasses, face not centred). Please upload a new one in the app before collecting the card at the
base station ticket office; pass number {{serial}}, order {{invoice}}. Passes without a valid photo
cannot be used on the gondola or the chairlifts.

See you on the slopes,
{{first}} {{last}}
Guest Services – Lift Passes
{{company}} Mountain Resort
Ticket office {{phone}} · Snow phone {{local7}}
{{internal_email}}"""),
    ("en", """\
Hi {{first2}},

Just a reminder of the full groom on Saturday at 10:30 (hand strip, nails, ears). Our insurer now
asks for an up-to-date vaccination card for every dog: could you email a photo of the booster page
before the appointment? Ref. {{ticket}}. If the coat is badly matted we may need to clip short,
we will always phone first.

Thanks,
{{first}} 🐾

{{first}} {{last}} – Groomer & Salon Owner
{{company}} Grooming Parlour
Salon {{phone}} | Text/WhatsApp {{e164}}
{{email}}"""),
    ("en", """\
Subject: Pledge {{invoice}} – redemption period ends in 14 days

Dear {{name}},

This is a courtesy reminder that the six-month redemption period of your pledge agreement ends soon.
To keep the items (18 ct gold chain, 2 rings) you can redeem in store or pay the interest online to
roll the loan over for another term. Please bring photo ID when redeeming. Loan ref. {{ticket}}.

Yours sincerely,

{{first}} {{last}}
Branch Manager, FCA-authorised pawnbroker
{{company}} Pawnbrokers & Jewellers
Branch {{phone}} · Fax {{phone2}}
{{email}}"""),
    ("en", """\
Dear {{first2}},

Further to your call, we can carry out a measured topographical survey of the plot and the
neighbouring boundary walls next week. Our fee is 1,450 GBP plus VAT, drawings in DWG and PDF at
1:200, levels to OS datum. We will need access to the rear garden; please let us know a key holder.
Quote {{invoice}}, job {{ticket}}.

Kind regards,

{{first}} {{last}} MRICS
Senior Land Surveyor
{{company}} Surveys LLP
Office {{phone}} | Field mobile {{intl}}
{{email}} | VAT {{vat}}"""),
    ("en", """\
Welcome aboard, {{first2}}!

Your first shift is Monday, 8am, zone C (city centre). Collect your cargo bike from the depot, fleet
number {{serial}}; battery swaps are at the hub only. Please finish the app onboarding first: you
cannot be dispatched until your right-to-work check shows green (case {{ticket}}).

> From: {{email2}}
> Sent: {{timestamp}}
> Subject: Rider application

Ride safe,
{{first}} {{last}}
Dispatch Controller, Cargo Bike Fleet
{{company}} Couriers
Control room {{phone}} · {{internal_email}}"""),
    ("en", """\
Hey {{first2}},

Your deposit of 60 GBP has been received, so you're booked in with me for the fineline botanical
piece on your forearm (session of about 3 hours). Please don't drink the night before, eat well, and
bring the reference images. The deposit comes off the final price; invoice {{invoice}}.
Aftercare sheet attached.

{{first}}
Resident Artist
{{company}} Tattoo Studio
Studio {{phone}} · Bookings {{internal_email}}
Instagram/DMs for designs only – booking ref {{ticket}}"""),
    ("en", """\
BEGIN:VCARD
VERSION:3.0
N:{{last}};{{first}};;;
FN:{{first}} {{last}}
ORG:{{company}} Balloon Flights
TITLE:Chief Pilot & Flight Operations
TEL;TYPE=WORK,VOICE:{{phone}}
TEL;TYPE=CELL:{{e164}}
EMAIL;TYPE=INTERNET:{{email}}
NOTE:Flight-day line opens 2 hours before launch. Voucher rebookings: quote the voucher code.
REV:{{timestamp}}
UID:{{uuid}}
END:VCARD"""),
    ("de", """\
Betreff: Ihre Tierpatenschaft – Urkunde und Patentag

Sehr geehrte/r {{name}},

vielen Dank für die Übernahme der Patenschaft für unsere Roten Pandas. Ihre Urkunde und die
Patenkarte gehen Ihnen per Post zu; der Patentag findet am ersten Samstag im Juni statt.
Patenschaftsnummer {{ticket}}, Rechnung {{invoice}}.

Mit freundlichen Grüßen

{{first}} {{last}}
Patenschaften & Fördermitglieder
{{company}} Zoo
Tel. {{phone}} | Fax {{phone2}}
{{email}}"""),
    ("de", """\
Hallo {{first2}},

deine Saisonkarte ist freigeschaltet. Bitte die Keycard beim ersten Mal am Drehkreuz der Talstation
auflegen, dann wird das Foto zugeordnet. Bei Verlust sperren wir die Karte sofort, Ersatz kostet
10 EUR (Karten-Nr. {{serial}}, Auftrag {{invoice}}).

Schöne Grüße aus dem Skigebiet

{{first}} {{last}}
Kassen & Kundenservice Bergbahnen
{{company}}
Telefon {{phone}} · Mobil {{intl}}
{{internal_email}}"""),
    ("fr", """\
Objet : Tournée d'automne – feuille de route, jour 3

Bonjour {{first2}},

Le car part de l'hôtel à 9 h 30 pour la balance de 15 h ; le concert commence à 20 h, tenue noire.
Les timbales et la harpe voyagent dans le camion (carnet ATA n° {{serial}}). Merci de me confirmer
votre numéro de chambre ce soir. Feuille de route {{ticket}}, version {{version}}.

Bien cordialement,

{{first}} {{last}}
Régisseur de tournée
Orchestre {{company}}
Portable : {{intl}} · Bureau : {{phone}}
{{email}}"""),
    ("fr", """\
Bonjour {{name}},

Petit rappel : rendez-vous de toilettage mardi à 14 h (bain, tonte ciseaux, coupe des griffes).
Pensez à apporter le carnet de vaccination à jour, nous ne pouvons pas accueillir un chien sans
vaccin CHPL et toux du chenil. Réservation {{ticket}}.

À bientôt,

{{first}} {{last}}
Toiletteuse diplômée
Salon {{company}}
Tél. {{phone}} – {{email}}"""),
    ("es", """\
Estimado/a {{name}}:

Le recordamos que el préstamo con garantía de su papeleta {{invoice}} vence el próximo día 15. Puede
renovarlo abonando solo los intereses o recuperar las joyas presentando su DNI en nuestra oficina.
Si no lo renueva, las piezas pasarán a subasta pública. Expediente {{ticket}}.

Atentamente,

{{first}} {{last}}
Responsable de oficina – Monte de Piedad
{{company}}
Tel. {{phone}} · {{email}}"""),
    ("it", """\
Gentile {{name}},

le inviamo il preventivo per il rilievo topografico e il frazionamento del terreno, comprensivo di
aggiornamento catastale (Pregeo e Docfa) e picchettamento dei confini. Importo 2.300 EUR più IVA e
cassa. Preventivo {{invoice}}, pratica {{ticket}}.

Cordiali saluti,

Geom. {{first}} {{last}}
Studio Tecnico {{company}}
Tel. {{phone}} – Cell. {{intl}}
{{email}} – P. IVA {{vat}}"""),
]

ADDRESS = [
    ("en", """\
{
  "order_type": "animal_adoption_pack",
  "order_id": "{{invoice}}",
  "animal": "Amur tiger (adoption, 12 months)",
  "gift": true,
  "recipient": {
    "name": "{{name}}",
    "address_1": "{{street}}",
    "address_2": "{{unit}}",
    "town_line": "{{townline}}",
    "country": "{{country}}"
  },
  "buyer_email": "{{email}}",
  "certificate_id": "{{uuid}}"
}"""),
    ("en", """\
member_no,full_name,address,town_line,country,tier,card_batch
{{account}},{{name}},{{street}},{{townline}},{{country}},Family Plus,{{ticket}}
{{account2}},{{name2}},{{street2}},{{townline2}},{{country}},Concession,{{ticket}}
# aquarium membership cards, print run {{timestamp}}, file checksum {{md5}}"""),
    ("en", """\
ATA CARNET – GENERAL LIST (professional equipment: musical instruments)

Carnet no.: {{serial}}
Holder: {{company}} Orchestra Touring Ltd
Authorised representative: {{name}}
                           {{street}}
                           {{townline}}
                           {{country}}
Items 1-14: double basses (2), timpani (4), harp (1), cellos (7), in flight cases
Issued by the chamber of commerce, ref. {{invoice}} · security {{ticket}}"""),
    ("en", """\
<passDelivery order="{{invoice}}" season="winter">
  <pass type="adult-season" serial="{{serial}}" photo="{{sha}}"/>
  <holder>{{name}}</holder>
  <deliverTo>
    <line1>{{street}}</line1>
    <townLine>{{townline}}</townLine>
    <country>{{country}}</country>
  </deliverTo>
  <mobile>{{e164}}</mobile>
  <shipment carrier="tracked-letter">{{tracking}}</shipment>
</passDelivery>"""),
    ("en", """\
# pet-taxi run – Saturday morning, van 2
- job: {{ticket}}
  owner: {{name}}
  pickup: "{{street}}, {{townline}}"
  phone: "{{phone}}"
  notes: "large dog, nervous in crates, key in safe box"
- job: {{ticket2}}
  owner: {{name2}}
  pickup: "{{street2}}, {{townline2}}"
  phone: "{{phone2}}"
  notes: "two dogs, drop back by 4pm"
route_id: {{uuid}}"""),
    ("en", """\
NOTICE OF INTENTION TO SELL – unredeemed pledge

To: {{name}}
    {{street}}
    {{townline}}

Pledge agreement no. {{invoice}}, dated {{date}}
Goods: 1 x diamond solitaire ring, 1 x gold bracelet
The redemption period has ended. Unless you redeem the pledge within 14 days of this notice, the
goods will be sold at auction and any surplus after the sale will be held for you.
{{company}} Pawnbrokers · Branch ref. {{ticket}} · VAT {{vat}}"""),
    ("en", """\
PARTY WALL – NOTICE OF ADJACENT EXCAVATION (survey appointment)

Building owner:     {{name}}
                    {{street}}
                    {{townline}}
Adjoining owner:    {{name2}}
                    {{street2}}
                    {{townline2}}
Surveyor appointed: {{company}} Surveys LLP, job {{ticket}}
Schedule of condition to be taken before works; drawing set {{invoice}}, revision {{short_sha}}"""),
    ("en", """\
manifest_id,rider,sender_name,pickup,recipient_name,dropoff_street,dropoff_town,recipient_phone,parcel
{{ticket}},R-17,{{name}},{{street}},{{name2}},{{street2}},{{townline2}},{{phone}},{{tracking}}
{{ticket}},R-17,{{name3}},{{street3}},{{name4}},{{street4}},{{townline4}},{{phone2}},{{tracking2}}
# same-day cargo bike manifest exported {{timestamp}} · build {{version}}"""),
    ("en", """\
-- aftercare kit web orders, migrated from the old shop ({{date}})
INSERT INTO shipments (order_ref, customer, line1, town_line, country, tracking)
VALUES ('{{invoice}}', '{{name}}', '{{street}}', '{{townline}}', '{{country}}', '{{tracking}}'),
       ('{{invoice2}}', '{{name2}}', '{{street2}}', '{{townline2}}', '{{country}}', '{{tracking2}}');
-- migration {{uuid}}, source dump sha256 {{sha256}}"""),
    ("en", """\
PACKING SLIP – gift voucher, sunrise balloon flight for two

Order: {{invoice}}              Voucher code: {{serial}} (valid 24 months)
Ship to:
  {{name_uc}}
  {{street_uc}}
  {{townline_uc}}
  {{country_uc}}
Gift message: "Happy anniversary – up, up and away!"
Royal Mail tracked {{tracking}} · picked by station 3, batch {{short_sha}}"""),
    ("de", """\
Versandauftrag – Jahreskarten Zoo (Familienkarte)

Auftrag: {{invoice}}     Mitgliedsnummer: {{account}}
Empfänger:
{{name}}
{{street}}
{{townline}}
{{country}}
Inhalt: 2 Erwachsenenkarten, 3 Kinderkarten, Lageplan, Gutschein Streichelzoo
Sendungsnummer {{tracking}} · Charge {{ticket}}"""),
    ("de", """\
Einladung zum Grenztermin (Grenzfeststellung und Abmarkung)

An:
{{name}}
{{street}}
{{townline}}

Flurstück 412/7, Gemarkung Nord. Der Termin findet am {{date}} um 9:00 Uhr an Ort und Stelle
statt; bitte bringen Sie einen Lichtbildausweis mit. Eine Vertretung ist mit schriftlicher
Vollmacht möglich.
Vermessungsbüro {{company}} · Antragsnummer {{ticket}} · Az. {{invoice}}"""),
    ("fr", """\
ENVOI À DOMICILE – FORFAIT SAISON

Commande n° {{invoice}}
Titulaire : {{name}}
Adresse de livraison :
{{street}}
{{unit}}
{{townline}}
{{country}}
Support : carte mains libres n° {{serial}}, photo validée
Lettre suivie {{tracking}} · Station, service clients remontées mécaniques"""),
    ("fr", """\
AVIS DE MISE EN VENTE – PRÊT SUR GAGE

{{name}}
{{street}}
{{townline}}

Contrat de prêt n° {{invoice}} du {{date}}
Objet engagé : montre automatique acier, bracelet cuir
À défaut de renouvellement ou de dégagement avant la vacation, l'objet sera vendu aux enchères.
Le boni éventuel restera à votre disposition pendant deux ans. Dossier {{ticket}}."""),
    ("es", """\
ENVÍO DE CARNÉ DE SOCIO – ACUARIO

Socio/a: {{name}}
Dirección: {{street}}
           {{townline}}
           {{country}}
Teléfono: {{phone}}
N.º de socio {{account}} · Pedido {{invoice}} · Envío certificado {{tracking}}
Incluye: carné anual, dos entradas de invitado y guía del túnel de tiburones"""),
    ("it", """\
LETTERA DI VETTURA – consegna in giornata con cargo bike

Mittente: {{company}} Srl, ufficio spedizioni
Destinatario: {{name}}
Indirizzo: {{street}}
           {{townline}}
Cellulare destinatario: {{phone}}
Colli: 1 busta documenti, firma alla consegna
Lettera di vettura {{tracking}} · Rider 22 · Ordine {{invoice}} · Ritiro {{clock}}"""),
]

DIALOGUE = [
    ("en", """\
Zoo radio log – channel 2 (visitor services), lost child

[{{clock}}] Gate 1: Parent at the gate, boy aged 6 missing near the penguin beach. Red coat, blue wellies.
[{{clock2}}] Control ({{first}}): Received. All staff, lock the exits, eyes out for a boy in a red coat.
[{{clock3}}] Gate 1: Parent's name is {{name}}, mobile {{phone}}.
[{{clock4}}] Reptile house: Found him by the tortoises, he's fine. Bringing him to the gate.
[{{clock5}}] Control ({{first}}): Great. Log it as incident {{ticket}}, reunited."""),
    ("en", """\
Aquarium bookings – call notes

Staff ({{first}}): Good morning, aquarium bookings, {{first}} speaking.
Caller: Hi, I'd like to book a family sleepover for my daughter's birthday.
Staff ({{first}}): Lovely, we have space on {{date_words}}. How many?
Caller: Two adults, four children.
Staff ({{first}}): And the lead booker's name?
Caller: {{name}}. My mobile is {{phone}}.
Staff ({{first}}): Any allergies? We serve a hot chocolate and a snack.
Caller: One nut allergy. Could you send it all to {{email}}?
Staff ({{first}}): Of course, booking {{invoice}} is held until Friday."""),
    ("en", """\
WhatsApp – "Spring tour 🎻 orchestra"

[{{timestamp}}] {{first}} {{last}}: Morning all! Bus at 09:30 sharp. Passports in hand luggage please.
[{{timestamp2}}] {{first2}}: I left my passport at the hotel front desk, can someone grab it?
[{{timestamp3}}] {{first}} {{last}}: On it. Reception says it's under the name {{name}}?
[{{timestamp4}}] {{first2}}: yes that's me, thanks!! my number if the driver needs it {{intl}}
[{{timestamp5}}] {{first}} {{last}}: Got it. Seating plan for tonight is tour book v{{version}}"""),
    ("en", """\
Ski patrol – incident call, piste 14 (transcribed)

Patrol ({{first}}): Patrol base, {{first}}.
Lift attendant: Skier down under chair 6, possible knee injury, conscious and talking.
Patrol ({{first}}): Sending a sled. Name and date of birth?
Lift attendant: Skier gives the name {{name}}, born {{dob}}.
Patrol ({{first}}): Lift pass number?
Lift attendant: Card reads {{serial}}.
Patrol ({{first}}): Thanks. A contact for the clinic?
Lift attendant: Partner, {{name2}}, {{phone}}. Incident {{ticket}}."""),
    ("en", """\
Grooming salon – phone booking

Groomer: Good afternoon, grooming salon, {{first}} speaking.
Caller: Hi, I'd like a bath and tidy for my spaniel, she's quite old.
Groomer: No problem. Is she with a vet practice? We ask in case of any health issue.
Caller: Yes, {{company}} Veterinary, and the vet is Dr {{last2}}.
Groomer: Lovely. Your name and number?
Caller: {{name}}, {{phone}}.
Groomer: Thursday at 11, booking {{ticket}}. Bring her vaccination card please."""),
    ("en", """\
Pawnbroker – call recording, loan extension (ref. {{ticket}})

Staff: Good morning, pawn shop, {{first}} speaking.
Customer: Hi, I need to extend my loan, I can't redeem this month.
Staff: Sure. For security can I take your full name and date of birth?
Customer: {{name}}, {{dob}}.
Staff: And the pledge number on your ticket?
Customer: {{invoice}}.
Staff: Thanks. Interest to pay is 42 pounds 60. Card or bank transfer?
Customer: Transfer. Send the details to {{email}}."""),
    ("en", """\
Teams – #field-survey-team

{{first}} {{last}} ({{clock}}): Control points surveyed, base station logging. Who is contact for the farm gate?
{{first2}} ({{clock2}}): Landowner is {{name}}, call before going through the lower field, {{phone}}
{{first}} {{last}} ({{clock3}}): Thanks. Bull in the lower field apparently 🐂
{{first2}} ({{clock4}}): Then use the track. Job {{ticket}}, point file {{uuid}}"""),
    ("en", """\
#dispatch-central – Slack export

[{{clock}}] {{first}} {{last}}: R-09 you're up: pickup at the law firm, 2 envelopes, signature needed
[{{clock2}}] {{username}}: omw, 6 min
[{{clock3}}] {{first}} {{last}}: recipient is {{name}}, {{street}}, {{townline}}, ring {{phone}} if no answer
[{{clock4}}] {{username}}: delivered, signed by reception. POD {{tracking}}
[{{clock5}}] {{first}} {{last}}: 👍 job {{ticket}} closed"""),
    ("en", """\
Instagram DM – tattoo booking

{{username}}: hiii do you have space for a small script tattoo before my birthday?
Studio: Hey! Yes, we have Tuesday 3pm. What would you like and where?
{{username}}: just a date in roman numerals on my wrist
Studio: Perfect. To book we need your full name, DOB and a phone number, you must be 18+
{{username}}: {{name}}, {{dob}}, {{phone}}
Studio: Thank you! Deposit link sent, booking {{ticket}}"""),
    ("en", """\
Balloon flights – flight-day line, call notes

Ops ({{first}}): Balloon flights, {{first}} speaking.
Caller: Hi, we're booked for the sunrise flight tomorrow, voucher {{serial}}.
Ops ({{first}}): Let me check. Under which name?
Caller: {{name}}.
Ops ({{first}}): I'm sorry, the forecast winds are too strong, tomorrow's flight is cancelled.
Caller: Oh no. Can we move to next weekend?
Ops ({{first}}): Saturday has space. I'll text the confirmation to {{phone}}, rebooking {{ticket}}."""),
    ("de", """\
Skiverleih – Telefonnotiz

Mitarbeiter ({{first}}): Skiverleih an der Talstation, {{first}} am Apparat.
Anrufer: Hallo, ich möchte für meine Familie Ski reservieren, zwei Erwachsene, zwei Kinder.
Mitarbeiter ({{first}}): Gerne. Auf welchen Namen?
Anrufer: {{name}}.
Mitarbeiter ({{first}}): Und eine Handynummer, falls etwas ist?
Anrufer: {{phone}}.
Mitarbeiter ({{first}}): Reservierung {{ticket}}, Abholung ab 8 Uhr, bitte Schuhgrößen mitbringen."""),
    ("de", """\
Hundepension – Anruf, Urlaubsbetreuung

Pension: Hundepension, {{first}} hier, guten Tag.
Anruferin: Guten Tag, {{name}} hier. Ich brauche einen Platz für meinen Schäferhund, zwei Wochen.
Pension: Ab wann?
Anruferin: Ab dem {{date}}.
Pension: Das geht. Ist er geimpft und entwurmt?
Anruferin: Ja, der Impfpass ist aktuell. Notfallkontakt ist mein Bruder, {{name2}}, {{phone}}.
Pension: Gut, ich notiere das unter Buchung {{ticket}}."""),
    ("fr", """\
Aquarium – appel au service groupes

Conseiller ({{first}}) : Service groupes de l'aquarium, bonjour.
Enseignante : Bonjour, je voudrais réserver une visite guidée pour deux classes de CM1.
Conseiller ({{first}}) : Avec plaisir. Quel jour ?
Enseignante : Le {{date}}, le matin.
Conseiller ({{first}}) : C'est possible. Votre nom et un numéro pour vous joindre ?
Enseignante : {{name}}, {{phone}}.
Conseiller ({{first}}) : Je vous envoie le devis {{invoice}} par courriel."""),
    ("fr", """\
Coursiers à vélo – canal de dispatch

[{{clock}}] {{first}} : course urgente, pli à remettre en main propre à {{name}}
[{{clock2}}] {{first}} : adresse {{street}}, {{townline}}
[{{clock3}}] {{username}} : ok je prends, 12 min
[{{clock4}}] {{username}} : personne ne répond à l'interphone
[{{clock5}}] {{first}} : appelle le {{phone}}, bon de livraison {{tracking}}"""),
    ("es", """\
Orquesta en gira – llamada al coordinador

Coordinador ({{first}}): Dígame.
Músico: Hola, soy {{name}}, de la sección de violas. He perdido el tren a la siguiente ciudad.
Coordinador ({{first}}): Vaya. ¿Dónde estás?
Músico: En la estación, el próximo sale a las seis.
Coordinador ({{first}}): Cógelo y te recogemos. Avísame a este número, {{phone}}, cuando llegues.
Músico: Gracias. Mi billete es el {{ticket}}."""),
    ("it", """\
Banco dei pegni – telefonata registrata

Operatore: Banco dei pegni, buongiorno, sono {{first}}.
Cliente: Buongiorno, vorrei sapere quando scade la mia polizza.
Operatore: Mi dice nome e cognome?
Cliente: {{name}}.
Operatore: E il numero di polizza?
Cliente: {{invoice}}.
Operatore: Scade il {{date}}. Può rinnovare pagando gli interessi allo sportello.
Cliente: Va bene, mi richiami al {{phone}} se serve. Pratica {{ticket}}."""),
]

CODE = [
    ("en", """\
# .env – animal records sync (studbook exports, vet system, keeper app)
ANIMAL_RECORDS_URL=https://{{hostname}}/api/v3
ANIMAL_RECORDS_USER={{username}}
ANIMAL_RECORDS_PASSWORD={{password}}
VET_SYSTEM_DB=mysql://vet:{{password2}}@{{ip}}:3306/clinic
KEEPER_APP_PUSH_KEY={{token}}
STUDBOOK_SFTP_HOST={{ip2}}
REPORTS_TO={{internal_email}}
RELEASE={{version}}  # {{short_sha}}"""),
    ("en", """\
# lss-monitor/config.yml – life support: shark tunnel, reef, jellies
plc:
  host: {{ip}}
  modbus_port: 502
  user: {{username}}
  password: "{{password}}"
probes:
  - {tank: shark_tunnel, ph: 8.1, temp_c: 24.5}
  - {tank: jellies, ph: 8.0, temp_c: 18.0}
alerts:
  sms_api_key: "{{token}}"
  on_call: {{email}}
  webhook: "{{slack_hook}}"
build: "{{version}}"   # image {{digest}}"""),
    ("en", """\
# docker-compose.yml – orchestra tour itinerary app (day sheets, rooming lists)
services:
  web:
    image: registry.example.net/tour/itinerary:{{version}}
    environment:
      DATABASE_URL: "postgres://tour:{{password}}@db:5432/itinerary"
      MAPS_API_KEY: "{{gcp}}"
      TRAVEL_AGENT_TOKEN: "{{token}}"
      ADMIN_EMAIL: "{{email}}"
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: {{username}}
      POSTGRES_PASSWORD: "{{password}}"
# deployed {{timestamp}} from {{sha}}"""),
    ("en", """\
; gate-controller.ini – chairlift 6 access gates (RFID keycards)
[controller]
address = {{ip}}
serial = {{serial}}
firmware = {{version}}
[access_server]
url = https://{{hostname}}/validate
api_key = {{token}}
[maintenance]
ssh_user = {{username}}
ssh_password = {{password}}
contact = {{internal_email}}"""),
    ("en", """\
{
  "app": "groom-booking",
  "environment": "production",
  "database": {"host": "{{ip}}", "user": "{{username}}", "password": "{{password}}"},
  "sms": {"provider": "twilio", "auth_token": "{{token}}", "from": "{{e164}}"},
  "payments": {"secret_key": "{{stripe}}"},
  "owner_email": "{{email}}",
  "reminder_hours": 24,
  "release": "{{version}}",
  "config_id": "{{uuid}}"
}"""),
    ("en", """\
#!/usr/bin/env python3
# pledge_check_upload.py – daily upload of pledged items to the stolen-goods database
import requests

API = "https://{{hostname}}/v1/items"
API_KEY = "{{token}}"
DEALER_ID = "{{account}}"
SFTP_USER, SFTP_PASS = "{{username}}", "{{password}}"

def upload(csv_path):
    with open(csv_path, "rb") as fh:
        r = requests.post(API, files={"file": fh}, headers={"X-Api-Key": API_KEY, "X-Dealer": DEALER_ID})
    r.raise_for_status()

upload("/srv/pawn/exports/pledges.csv")  # compliance officer: {{email}} · job {{uuid}}"""),
    ("en", """\
# ntrip-caster.conf – GNSS base station for the survey team (RTK corrections)
caster_host = {{hostname}}
caster_port = 2101
mountpoint = BASE_NORTH
source_password = {{password}}
admin_user = {{username}}
admin_password = {{password2}}
base_station_ip = {{ip}}
receiver_serial = {{serial}}
firmware = {{version}}
alerts = {{internal_email}}"""),
    ("en", """\
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-api-secrets
  namespace: cargo-bikes
  labels: {release: "{{version}}"}
type: Opaque
stringData:
  DB_PASSWORD: "{{password}}"
  MAPS_KEY: "{{gcp}}"
  PUSH_TOKEN: "{{token}}"
  PAYROLL_SFTP_USER: "{{username}}"
  PAYROLL_SFTP_PASSWORD: "{{password2}}"
  OPS_CONTACT: "{{internal_email}}"
# sealed from commit {{sha}}"""),
    ("en", """\
<?php
// wp-config.php – tattoo studio site (bookings, deposits, gallery)
define('DB_NAME', 'studio_wp');
define('DB_USER', '{{username}}');
define('DB_PASSWORD', '{{password}}');
define('DB_HOST', '{{ip}}');
define('AUTH_KEY', '{{token}}');
define('SECURE_AUTH_KEY', '{{token2}}');
define('STRIPE_SECRET', '{{stripe}}');
define('ADMIN_NOTIFY', '{{email}}');
// theme {{version}}, last deploy {{short_sha}}"""),
    ("en", """\
#!/usr/bin/env bash
# wx-brief.sh – fetch the aviation forecast before every balloon launch and text the crew
set -euo pipefail
MET_API_KEY="{{token}}"
SMS_USER="{{username}}"
SMS_PASS='{{password}}'
CREW_CHIEF="{{e164}}"
curl -sf "https://{{hostname}}/taf?key=$MET_API_KEY&station=LOCAL" -o /tmp/taf.txt
curl -sf -u "$SMS_USER:$SMS_PASS" "https://{{hostname2}}/send" --data-urlencode "to=$CREW_CHIEF" --data-urlencode "msg@/tmp/taf.txt"
# maintained by {{email}} · script rev {{short_sha}}"""),
    ("de", """\
# application.properties – Skischule Buchungssystem (Kurse, Privatstunden, Verleih)
spring.datasource.url=jdbc:mariadb://{{ip}}:3306/skischule
spring.datasource.username={{username}}
spring.datasource.password={{password}}
zahlung.api.schluessel={{stripe}}
sms.gateway.token={{token}}
benachrichtigung.leitung={{internal_email}}
app.version={{version}}
build.commit={{short_sha}}"""),
    ("de", """\
# .env – Hundesalon & Hundepension (Terminbuchung, Impfpass-Upload)
APP_URL=https://{{hostname}}
DB_HOST={{ip}}
DB_BENUTZER={{username}}
DB_PASSWORT={{password}}
UPLOAD_BUCKET_KEY={{aws_key}}
UPLOAD_BUCKET_SECRET={{aws_secret}}
MAIL_ABSENDER={{email}}
STAND={{version}}
KONFIG_ID={{uuid}}"""),
    ("fr", """\
# settings.py – billetterie du parc zoologique (abonnements, parrainages)
DEBUG = False
ALLOWED_HOSTS = ["{{hostname}}"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "{{ip}}",
        "USER": "{{username}}",
        "PASSWORD": "{{password}}",
    }
}
SECRET_KEY = "{{token}}"
PAIEMENT_CLE_SECRETE = "{{stripe}}"
ADMINS = [("Billetterie", "{{internal_email}}")]
VERSION = "{{version}}"  # commit {{short_sha}}"""),
    ("fr", """\
# export-releves.ps1 – cabinet de géomètres : envoi des levés GNSS vers le serveur de plans
$Serveur = "{{ip}}"
$Utilisateur = "{{username}}"
$MotDePasse = ConvertTo-SecureString "{{password}}" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($Utilisateur, $MotDePasse)
$CleApiCadastre = "{{token}}"
Copy-Item -Path "D:\\Leves\\*.dxf" -Destination "\\\\$Serveur\\plans" -Credential $Cred
# contact : {{email}} – version {{version}}"""),
    ("es", """\
# rider-app.toml – app de repartidores en bicicleta (turnos, pedidos, pagos)
[servidor]
host = "{{hostname}}"
usuario = "{{username}}"
clave = "{{password}}"
[mapas]
api_key = "{{gcp}}"
[notificaciones]
token = "{{token}}"
correo_soporte = "{{internal_email}}"
[build]
version = "{{version}}"
commit = "{{sha}}"
# turnos exportados {{timestamp}}"""),
    ("it", """\
# banco-pegni/config.yml – gestionale polizze e aste
database:
  host: {{ip}}
  utente: {{username}}
  password: "{{password}}"
stime_oro:
  api_key: "{{token}}"
firma_polizze:
  jwt_servizio: "{{jwt}}"
notifiche:
  responsabile_antiriciclaggio: {{email}}
versione: {{version}}   # {{short_sha}}"""),
]

PROSE = [
    ("en", """\
Keeper for a Day – participant registration

Participant: {{name}}
Date of birth: {{dob}} (must be 16+ on the day)
Address: {{street}}, {{townline}}
Mobile: {{phone}} · Email: {{email}}
Medical: mild asthma, carries inhaler; no animal allergies
Emergency contact: {{name2}}, {{phone2}}
Experience: big cats, booking {{ticket}}, voucher {{invoice}}
Risk form version {{version}} signed on {{date}}."""),
    ("en", """\
Volunteer diver record – main tank (confidential)

Name: {{name}}
Date of birth: {{dob_words}}
Dive certification: advanced open water, card no. {{serial}}
Dive medical valid until {{date}}
Address: {{street}}, {{townline}}
Next of kin: {{name2}}, {{intl}}
Volunteer login: {{username}}
Notes: cleared for the shark tunnel glass clean (buddy dives only). Record {{ticket}}."""),
    ("en", """\
Extra player engagement – spring tour

Player: {{name}}, second violin (extra, tutti)
Date of birth: {{dob}}
Home address: {{street}}, {{townline}}, {{country}}
Passport: checked, valid beyond the tour; A1 certificate requested
Fee: 8 concerts and 3 rehearsals, paid to {{iban}}
Contact: {{phone}}, {{email}}
Contract {{invoice}}; tour book version {{version}}; issued by the orchestra manager on {{date}}."""),
    ("en", """\
Lift pass misuse – incident note

Pass: season adult, serial {{serial}}, registered to {{name}}
Person stopped at chair 6 gate: {{name2}}, says the pass was lent by a friend
Photo on the pass does not match; pass blocked at {{clock}}
Holder contacted by phone ({{phone}}) and by email ({{email}}): confirms lending it
Action: pass suspended for 7 days, penalty ticket {{invoice}}; CCTV clip {{uuid}}
Recorded by {{first}} (lift supervisor). Case {{ticket}}."""),
    ("en", """\
Grooming consent form

Owner: {{name}}
Address: {{street}}, {{townline}}
Phone: {{phone}}
Dog: cocker spaniel, 9 years, microchip {{serial}}
Vet practice: {{company}}, treating vet Dr {{name2}}
Health notes: heart murmur, no sedation; matted coat may need clipping short
I consent to emergency veterinary treatment if I cannot be reached.
Signed on {{date}}; booking {{ticket}}."""),
    ("en", """\
Pledge agreement – customer record

Customer: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
ID seen: passport, checked under our money-laundering procedure ref. {{ticket}}
Items pledged: 1 x gold sovereign ring, 1 x tablet (serial {{serial}})
Loan amount: 320 GBP, term 6 months, interest 7.5% per month
Contact: {{phone}}
Agreement {{invoice}}, signed in branch on {{date}}."""),
    ("en", """\
Site risk assessment – boundary survey

Site: farmland north of the quarry road, survey job {{ticket}}
Landowner: {{name}}, {{phone}}
Landowner's address: {{street}}, {{townline}}
Hazards: livestock (bull) in the lower field, overhead lines, ditch along the eastern boundary
Controls: notify landowner before entry; two-person team; GNSS pole not to be raised under lines
Assessor: {{first}} {{last}}, {{job}}
Control point file {{uuid}}, equipment serial {{serial}}, assessment rev. {{version}}."""),
    ("en", """\
Rider onboarding – contractor record

Name: {{name}}
Date of birth: {{dob_iso}}
Home address: {{street}}, {{townline}}
Right to work: share code checked on {{date}}
Bank for weekly payouts: {{iban}}
Rider app login: {{username}}
Emergency contact: {{name2}}, {{phone}}
Cargo bike assigned: fleet no. {{serial}}; helmet and lights issued. Onboarding ticket {{ticket}}."""),
    ("en", """\
Tattoo consent & medical form

Client name: {{name}}
Date of birth: {{dob}} (ID checked: driving licence)
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Medical: not pregnant, no blood thinners, no skin conditions at the site
Design: fineline botanical, left forearm; artist {{first}}
I confirm I am over 18 and not under the influence of alcohol or drugs.
Booking {{ticket}}; deposit receipt {{invoice}}."""),
    ("en", """\
Passenger manifest – balloon flight, launch site B

Pilot in command: {{first}} {{last}}, licence {{serial}}
Passenger 1: {{name}}, born {{dob_words}}, weight 82 kg, phone {{phone}}
Passenger 2: {{name2}}, born {{dob_words2}}, weight 64 kg
Voucher {{invoice}} redeemed; flight {{ticket}}
Briefing given; both passengers able to adopt the landing position.
Retrieve crew contact: {{e164}}"""),
    ("de", """\
Honorarabrechnung – Aushilfe Orchester (Tournee)

Name: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}
Instrument: Horn (3./4.)
Steuer-ID liegt vor, Künstlersozialkasse: nein
Honorar 6 Dienste, Überweisung auf {{iban}}
Telefon: {{phone}} · E-Mail: {{email}}
Vertrag {{invoice}} · Tourneeplan Stand {{version}}"""),
    ("de", """\
Pfandschein – Pfandkredit

Verpfänder: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}
Ausweis: Personalausweis geprüft
Pfandgegenstand: 1 Herrenarmbanduhr, Automatik, Gehäusenummer {{serial}}
Darlehen: 450 EUR, Laufzeit 3 Monate
Pfandschein-Nr. {{invoice}} · Kasse 2 · Vorgang {{ticket}}"""),
    ("fr", """\
Fiche élève – école de ski (cours collectifs enfants)

Enfant : {{name}}
Né(e) le : {{dob}}
Niveau : Flocon → 1re étoile
Responsable légal : {{name2}}
Adresse : {{street}}, {{townline}}
Téléphone pendant le cours : {{phone}}
Forfait n° {{serial}} – inscription {{invoice}} – groupe {{ticket}}"""),
    ("fr", """\
Consentement éclairé – tatouage

Nom et prénom : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}} – Courriel : {{email}}
Antécédents : aucun traitement anticoagulant, pas d'allergie connue aux encres
Zone : omoplate droite, séance de 4 heures
Fiche {{ticket}} – acompte {{invoice}} – lot d'encre {{short_sha}}"""),
    ("es", """\
Ficha de voluntariado – zoológico

Nombre: {{name}}
Fecha de nacimiento: {{dob}}
Dirección: {{street}}, {{townline}}
Teléfono: {{phone}}
Correo: {{email}}
Contacto de emergencia: {{name2}}, {{phone2}}
Área: educación ambiental, fines de semana
Expediente {{ticket}} – acreditación {{serial}}"""),
    ("it", """\
Scheda cliente – toelettatura e pensione

Proprietario: {{name}}
Data di nascita: {{dob}}
Indirizzo: {{street}}, {{townline}}
Cellulare: {{phone}}
Cane: barboncino, 5 anni, microchip {{serial}}
Veterinario di riferimento: dott. {{name2}}
Consenso al trattamento veterinario d'urgenza: sì
Scheda {{ticket}} – prenotazione {{invoice}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
