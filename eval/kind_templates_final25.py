"""FINAL25 templates of the generalisation corpus kinds (eval.kinds), for the `final25` split.

Written by a helper session after the final22 and final23 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final25`). They imitate what staff and volunteers of
stained-glass restoration studios, sled-dog tour operators, clock and watch repairers, sports timing
and race chip companies, blood donation services (the scheduling side: session venues, appointment
slots, team rotas), circus schools, archive digitisation bureaus, tree surgeons and arborists, night
bus operators and rowing clubs paste into an LLM at work: a church window releading quote, a husky
tour confirmation, a watch workshop's out-of-office reply with a service estimate, a 10K timing
proposal, a donation session venue booking, an aerial silks class letter, a register-series scanning
quote, a crown-reduction quote under a tree preservation order, a night-network CCTV request reply, a
learn-to-row course; delivery notes for window crates, a kennel gift-shop customs declaration, an
insured clock return label in capitals, chip-return CSVs, a session venue confirmation, term invoices
with an IBAN, a register collection in JSON, a neighbour notification, lost property to be posted as
SQL, regatta medal labels; a site meeting about scaffolding, a family tour booking call, a clock
intake at the counter, a race-day finish-line radio log, a donor rebooking call, a parents' WhatsApp
group, a scanning-room Slack thread, a storm call-out, a bus driver's radio call to control, a club
committee meeting's captions; a condition-photo upload script with AWS keys, a booking .env with
webcam credentials, workshop database grants, a chip-decoder JSON, a scheduling service's Kubernetes
secret, a class-booking .env, a BagIt transfer script with an Azure key, a tree-inventory TOML, a
vehicle-location docker-compose, a boat-booking CI workflow; window condition surveys, musher tour
waivers, repair dockets, runner registrations, session plans, circus student enrolments, custody
transfer records, tree works job sheets, driver incident reports and rowing member registrations.
The German, French, Spanish and Italian ones are a Glasmalerei restoration letter, a rowing club's
season opening, a night-bus lost-property return, an archive returns note, a Baumpflege call, a
husky-tour chat, a timing .env, a donation-scheduling crontab, a night-bus incident report and a
circus school registration; a circus holiday-course letter, a watchmaker's estimate, a sled-dog raid
convocation, a blood-drive invitation, a night-bus control log, a rowing club WhatsApp group, an
archive scanning config.ini, an arborist's mobile-app JSON, an arborist's site sheet and a timing
entry form; a Spanish race timing confirmation, circus costume shipment, donor appointment call,
night-bus application.yml and stained-glass commission; an Italian arborist's quote, stained-glass
panel pick-up record, watch-service chat, rowing club settings.py and mobile blood-collection plan.

Checked against the earlier modules' docstrings: stained-glass restoration, sled-dog tours, clock
and watch repair, race timing, circus schools, archive digitisation, tree surgery and rowing clubs
are new. The brief's interlibrary loan desks of public libraries were not: final16 had public
libraries and inter-library loans, so clock and watch repairers take their place. Near the others
came: blood-donor registration at a corporate campus drive (final9, one form), so the blood donation
situations here are the scheduling side only (venue bookings, appointment slots, rebookings after a
deferral, session team rotas, a mobile collection unit's plan), never an eligibility or health
questionnaire; coach and bus charter firms (final22) and railways' revenue protection (final14,
final18), so the buses here are a scheduled night network's (control-room radio, CCTV requests,
lost property, incident reports); forestry contractors and sawmills (final18), so the tree work here
is an arborist's in gardens and streets (tree preservation orders, crown reductions, storm call-outs,
neighbours); ski resorts (a patrol sending a sled) and dog groomers and kennels (final21), so the
dogs here pull tourists (musher-led tours, weight limits, thermal suits, a kennel's gift shop); gyms
and sports clubs (final13, final17) and chess, bridge and skating clubs (final22), so the clubs here
are rowing ones (crews, launches, swim tests, regattas); research offices' data archives (final13)
and libraries (final16), so the archives here are a bureau scanning other people's records (chain of
custody, checksums, BagIt transfers).
Ordinary text surrounds the values (amounts, window, panel, crate, bib, boat, route and stop
numbers, calibres, split times, slot counts, tree species and heights, ticket and invoice numbers,
serials, tracking numbers, versions, hashes, UUIDs, VAT ids, hostnames, paths, companies, products,
job titles) so that over-redaction is measured as well as recall.

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
Subject: East window – releading quote and condition notes (our ref {{ticket}})

Dear {{first2}},

Thank you for letting us up the tower scaffold on Thursday. Of the nine lights in the east window,
lights 2, 5 and 7 are bulging badly and need to come out for full releading; the others can be
consolidated in situ. Two painted quarries are cracked and will be edge-bonded, not replaced. Our
quote {{invoice}} (GBP 18,640 + VAT) includes protective glazing with ventilated stainless frames.
The faculty application will need the photos; I will send them through the portal.

With best wishes,

{{first}} {{last}} ACR
Senior Stained Glass Conservator
{{company}} Glass Studio – conservation, restoration, new commissions
Studio {{phone}} · Mobile {{intl}}
{{email}} · VAT {{vat}}"""),
    ("en", """\
Hi {{first2}},

Great news – your family husky sledding tour is confirmed for the morning departure (09:30, about
2.5 hours including 20 km on the sled and hot berry juice at the kennel). Children under 6 ride in
the sled basket with a guide. Thermal overalls, boots and mittens are included; please tell us shoe
sizes by the day before. Booking {{ticket}}, paid in full (receipt {{invoice}}).

See you at the kennel,
{{first}}

{{first}} {{last}} | Head Musher & Tour Lead
{{company}} Husky Adventures – 112 dogs, 14 teams
Kennel {{phone}} · WhatsApp {{e164}}
{{internal_email}}"""),
    ("en", """\
Subject: Automatic reply: Re: Service estimate – automatic chronograph, job {{ticket}}

Thank you for your email. The workshop is closed for stocktaking until Monday; I am back at the bench
then. Your estimate is ready: full service of the calibre 7750 movement, new crystal gasket, pressure
test to 10 bar and a light case refinish, GBP 465 incl. VAT, about six weeks. Movement no.
{{serial}} is noted on the docket. For anything urgent please ring the front desk.

Kind regards,

{{first}} {{last}}
Watchmaker (WOSTEP), Clock & Watch Repairs
{{company}} Horology
Front desk {{phone}} · {{email}}"""),
    ("en", """\
Dear {{name}},

As discussed, here is our timing proposal for your 10K and half marathon: disposable UHF bib chips,
mats at the start, 5 km, 10 km and the finish, two backup decoders and live splits on the results
page. Results go up within 15 minutes of the last finisher and SMS results cost 4p per runner. Quote
{{invoice}}; decoder pair {{serial}} is reserved for your date.

Best,

{{first}} {{last}}
Timing Operations Manager
{{company}} Race Timing
Office {{phone}} · Race-day mobile {{intl}}
{{email}}"""),
    ("en", """\
Hello {{first2}},

Many thanks for holding the main hall for our blood donation sessions again next year. We would like
the second Tuesday of each month, 12:30 to 19:30 (set-up from 11:00), with the side room as the
refreshment area. Each session has 96 appointment slots plus walk-ins. Could you confirm the hire
rate and send the booking form? Our session code is {{ticket}}.

Kind regards,

{{first}} {{last}}
Session Planning Coordinator – Donor Scheduling
{{company}} Blood Service
Tel {{ext}}
{{internal_email}}"""),
    ("en", """\
Dear {{first2}},

Your daughter has a place in the Saturday aerial silks class (ages 9 to 12) from next term. Please
make sure her hair is tied back, no jewellery, and leggings rather than shorts, as the fabric can
burn the skin. The first two sessions are on the low silks and the crash mat. Term fees are on
invoice {{invoice}}.

Best wishes,

{{first}} {{last}}
Head of Aerial, Youth Programme
{{company}} Circus School
Office {{phone}} | {{email}}"""),
    ("en", """\
Dear {{name}},

Please find our quote {{invoice}} for digitising the register series (about 38 linear metres, 2,100
bound volumes): overhead capture at 400 ppi, TIFF masters with a SHA-256 manifest, JPEG access copies
and item-level metadata in your catalogue's CSV layout. Volumes with red rot will be boxed and scanned
on the book cradle only. A sample batch is ready for your QA sign-off (batch {{ticket}}).

Regards,

{{first}} {{last}}
Project Manager, Digitisation Services
{{company}} Imaging & Archives Ltd
Tel. {{phone}} · Mobile {{e164}}
{{email}} · VAT {{vat}}"""),
    ("en", """\
Hi {{first2}},

Following the survey, the oak at the rear boundary (about 19 m, good vigour) can have a 2 m crown
reduction and deadwood removal. As it is covered by a tree preservation order, we will submit the
application to the council for you (usually eight weeks). The two leylandii can be felled without
consent. Quote {{invoice}}; survey ref {{ticket}}.

Cheers,

{{first}} {{last}}
Arboricultural Consultant & Climbing Arborist
{{company}} Tree Care Ltd
Office {{phone}} · Mobile {{e164}}
{{email}}"""),
    ("en", """\
Dear {{first2}},

Thank you for your request. We hold on-bus CCTV for 31 days; the footage from route N29 on the night
you mention has been saved and is available to the police on request quoting our ref {{ticket}}.
We cannot release it to you directly. Your lost-property report has been passed to the depot.

On {{timestamp}}, {{email2}} wrote:
> I was on the night bus, upper deck, and someone took my bag at the stop
> after the bridge. Can I get the camera footage?

Kind regards,

{{first}} {{last}}
Night Network Duty Manager
{{company}} Buses – Night Services Control
Control room {{phone}} · {{internal_email}}"""),
    ("en", """\
Hello {{first2}},

Welcome to the learn-to-row course! Sessions are on Saturday and Sunday mornings for four weeks, in
stable quads and then a coxed four. Before your first outing you need the 50 m swim test in light
clothing (at the leisure centre, Friday 19:00). Please bring a water bottle and close-fitting kit.
Course fee paid, receipt {{invoice}}.

Easy oars,
{{first}}
--
{{first}} {{last}}
Club Captain & Novice Coordinator
{{company}} Rowing Club
Boathouse {{phone}} · Mobile {{e164}} · {{email}}"""),
    ("de", """\
Betreff: Restaurierung Kirchenfenster Chor Süd – Zwischenbericht

Sehr geehrte/r {{name}},

die Felder 3 und 4 des Chorfensters sind in der Werkstatt, die Bleinetze werden vollständig
erneuert, die Malschichten nur gesichert. Die Schutzverglasung wird in der 12. Kalenderwoche
montiert. Unser Angebot {{invoice}} bleibt unverändert; Vorgang {{ticket}}.

Mit freundlichen Grüßen

{{first}} {{last}}
Glasmalermeisterin, Restauratorin
{{company}} Glasmalerei
Werkstatt {{phone}} · Mobil {{intl}}
{{email}} · USt-IdNr. {{vat}}"""),
    ("de", """\
Hallo {{first2}},

herzliche Einladung zum Anrudern am Sonntag um 10 Uhr am Bootshaus! Wir taufen den neuen
Doppelvierer und fahren danach gemeinsam eine Runde. Bitte tragt euch bis Freitag in die
Mannschaftsliste ein; Kaffee und Kuchen gibt es im Clubraum. Mitgliedsbeitrag bitte bis Ende des
Monats, Rechnung {{invoice}}.

Sportliche Grüße
{{first}} {{last}}
Ruderwart
{{company}} Ruderclub e. V.
Bootshaus {{phone}} · Mobil {{e164}}
{{email}}"""),
    ("fr", """\
Bonjour {{first2}},

Votre enfant est inscrit(e) au stage de cirque des vacances (jonglerie, équilibre sur boule,
trapèze fixe), du lundi au vendredi de 9 h à 16 h. Merci de prévoir une tenue souple, des chaussons
et un pique-nique. Le spectacle de fin de stage a lieu le vendredi à 15 h 30. Facture {{invoice}}.

Bien cordialement,

{{first}} {{last}}
Coordinatrice pédagogique
{{company}} – École de cirque
Accueil {{phone}} · {{email}}"""),
    ("fr", """\
Madame, Monsieur {{last2}},

Suite au démontage de votre montre, la révision complète du mouvement (calibre automatique) est
nécessaire : nettoyage, huilage, remplacement du ressort de barillet et contrôle d'étanchéité. Le
devis s'élève à 390 € TTC, délai cinq semaines. Montre n° {{serial}}, dossier {{ticket}}.

Bien à vous,

{{first}} {{last}}
Horloger-rhabilleur
{{company}} Horlogerie
Atelier {{phone}} · {{email}}"""),
    ("es", """\
Estimado/a {{name}}:

Le confirmamos el cronometraje de la carrera popular del domingo: chips desechables en el dorsal,
alfombras en salida, km 5 y meta, y clasificaciones en directo en la web. Los resultados oficiales
se publicarán una hora después de la llegada del último corredor. Presupuesto {{invoice}}, equipo
{{serial}}.

Un saludo,

{{first}} {{last}}
Responsable de Cronometraje
{{company}} Cronometraje Deportivo
Oficina {{phone}} · Móvil {{e164}}
{{email}}"""),
    ("it", """\
Gentile {{name}},

in allegato il preventivo per la potatura di contenimento dei tre platani in giardino e
l'abbattimento del cedro secco, con cippatura e smaltimento del materiale. L'intervento richiede
la piattaforma aerea e il permesso comunale per l'occupazione del marciapiede. Preventivo
{{invoice}}, sopralluogo {{ticket}}.

Cordiali saluti,

{{first}} {{last}}
Arboricoltore certificato ETW
{{company}} Arboricoltura
Tel. {{phone}} · Cell. {{intl}}
{{email}} · P. IVA {{vat}}"""),
]

ADDRESS = [
    ("en", """\
DELIVERY NOTE – conserved stained glass panels (3 crates, THIS WAY UP, do not lay flat)

Deliver to:
  {{name}} (churchwarden)
  {{street}}
  {{townline}}
Site contact on the day: {{phone}}
Crates {{serial}}, {{serial2}}, {{serial3}} · job {{ticket}} · invoice {{invoice}}
Installation team arrives 08:00; scaffold tag must be green."""),
    ("en", """\
CUSTOMS DECLARATION CN22 – gift

From: {{company}} Husky Adventures, kennel shop
To:   {{name}}
      {{street}}
      {{townline}}
      {{country}}
Contents: 1 husky plush toy (0.3 kg, EUR 24), 1 photo book "Winter trails" (0.9 kg, EUR 39)
Tracking {{tracking}} · order {{invoice}}"""),
    ("en", """\
SPECIAL DELIVERY GUARANTEED – INSURED – SIGNATURE REQUIRED

{{name_uc}}
{{street_uc}}
{{townline_uc}}

Contents: 1 x carriage clock (repaired), packed in foam, key taped inside lid
Declared value GBP 1,250
Sender: {{company}} Horology, workshop returns
Tracking {{tracking}} · repair docket {{ticket}}"""),
    ("en", """\
bib,runner,street,town_line,country,chip_serial,status,invoice
412,{{name}},{{street}},{{townline}},{{country}},{{serial}},chip not returned,{{invoice}}
1087,{{name2}},{{street2}},{{townline2}},{{country2}},{{serial2}},chip not returned,{{invoice2}}
# reusable chips, GBP 15 charge each · export {{uuid}} · race {{ticket}}"""),
    ("en", """\
SESSION VENUE CONFIRMATION – blood donation sessions, next quarter

Venue:      {{company}} Community Hall
Address:    {{street}}
            {{townline}}
Keyholder:  {{name}}, {{phone}}
Access from 11:00 for set-up (two donor beds per bay, 8 bays); parking for the collection vehicle
behind the hall. Session codes {{ticket}} to {{ticket2}}; hire invoice {{invoice}}."""),
    ("en", """\
INVOICE {{invoice}} – spring term

Bill to:
{{name}}
{{street}}
{{townline}}

Trampoline & tumbling, ages 7-11 (10 weeks)      GBP 145.00
Aerial hoop taster (2 sessions)                   GBP  30.00
Sibling discount 10%                             -GBP  17.50
Total due                                          GBP 157.50

Please pay by bank transfer to {{company}} Circus School, IBAN {{iban}}, reference {{ticket}}."""),
    ("en", """\
{
  "collection": "{{ticket}}",
  "items": "42 boxes of bound registers, 3 map chests",
  "collect_from": {
    "contact": "{{name}}",
    "organisation": "{{company}} Record Office",
    "street": "{{street}}",
    "town_line": "{{townline}}",
    "phone": "{{phone}}"
  },
  "security_seals": ["{{serial}}", "{{serial2}}"],
  "vehicle": "climate-controlled van, two crew",
  "manifest_id": "{{uuid}}"
}"""),
    ("en", """\
{{name}}
{{street}}
{{townline}}

Dear Neighbour,

Notice of tree works next to your property

We have been instructed to carry out a crown reduction of the oak on the boundary with your
garden, under consent {{ticket}}. Work will take one day; a climber and a ground crew will be on
site from 08:00 and the chipper will run until 15:00. If branches overhang your side, we may ask
for access. Questions: {{phone}}."""),
    ("en", """\
-- lost property to be posted back to owners (night routes, weekend)
INSERT INTO lost_property_returns (item_ref, owner, street, town_line, route, item)
VALUES ('{{ticket}}', '{{name}}', '{{street}}', '{{townline}}', 'N5', 'black rucksack, laptop inside'),
       ('{{ticket2}}', '{{name2}}', '{{street2}}', '{{townline2}}', 'N38', 'house keys on lanyard');
-- batch {{uuid}}, depot store, posted {{timestamp}}"""),
    ("en", """\
Regatta medals – postal labels (winners who left before the prize-giving)

1) {{name}}
   {{street}}
   {{townline}}
   Event: Masters C coxless four, 1st

2) {{name2}}
   {{street2}}
   {{townline2}}
   Event: J16 single sculls, 1st

Posted by the regatta secretary · tracked {{tracking}} and {{tracking2}}"""),
    ("de", """\
Fundbüro Nachtbus – Rücksendung einer Fundsache

{{name}}
{{street}}
{{townline}}

Ihr Fundstück (schwarzer Geldbeutel, Linie N7, Fahrt gegen 2:40 Uhr) wird Ihnen per Einschreiben
zugesandt. Bearbeitungsgebühr 8,50 € wurde beglichen.
Fundnummer {{ticket}} · Sendungsnummer {{tracking}}"""),
    ("de", """\
Lieferschein – Rückgabe Archivgut nach Digitalisierung

Empfänger:
{{company}} Kreisarchiv
z. Hd. {{name}}
{{street}}
{{townline}}
Inhalt: 36 Archivkartons (Standesamtsregister), 2 Planschränke
Plomben {{serial}} bis {{serial2}} · Auftrag {{invoice}} · Übergabeprotokoll {{ticket}}"""),
    ("fr", """\
Convocation – raid en chiens de traîneau (3 jours)

{{name}}
{{street}}
{{townline}}
{{country}}

Rendez-vous au chenil le premier jour à 8 h 30. Matériel fourni : combinaison grand froid, bottes,
sac de couchage. Poids maximal par participant : 100 kg.
Réservation {{ticket}} · acompte {{invoice}}"""),
    ("fr", """\
Invitation – collecte de sang

{{name}}
{{street}}
{{townline}}

La prochaine collecte près de chez vous aura lieu le {{date}} de 14 h à 19 h 30 à la salle des fêtes.
Prenez rendez-vous en ligne ou au {{phone}} : 72 créneaux disponibles.
Référence collecte {{ticket}}"""),
    ("es", """\
Envío de vestuario – gala de fin de curso, escuela de circo

Destinatario: {{name}}
Dirección: {{street}}
{{townline}}
{{country}}
Contenido: 12 maillots, 6 pelucas, 1 monociclo (préstamo)
Albarán {{invoice}} · seguimiento {{tracking}}"""),
    ("it", """\
VERBALE DI PRELIEVO – pannelli di vetrata artistica per il laboratorio di restauro

Committente: {{name}}
Indirizzo: {{street}}
{{townline}}
Pannelli prelevati: 6 (finestra absidale, registri inferiori), imballati in casse 1-3
Casse {{serial}} · commessa {{ticket}} · preventivo {{invoice}}"""),
]

DIALOGUE = [
    ("en", """\
Site meeting notes – east window, Teams call

{{first}} (conservator): Morning. The scaffold inspector signed off, tag is green until the 28th.
{{first2}} (churchwarden): Good. The insurer wants the name of whoever holds the keys to the tower.
{{first}} (conservator): That is {{name}}, the verger. Mobile {{phone}}.
{{first2}} (churchwarden): And the diocese's adviser is {{name2}}, can you copy them in? {{email}}
{{first}} (conservator): Will do. Protective glazing goes in after Easter, job {{ticket}}."""),
    ("en", """\
Husky tours – phone booking

Staff: {{company}} Husky Adventures, {{first}} speaking.
Caller: Hi, we'd like the family tour for two adults and two kids, aged 5 and 9.
Staff: Lovely. The five-year-old rides in the basket with a guide. Name for the booking?
Caller: {{name}}. Mobile is {{phone}}.
Staff: And an email for the confirmation and the kit list?
Caller: {{email}}.
Staff: All set, booking {{ticket}}. Please arrive 20 minutes early to meet the dogs."""),
    ("en", """\
Shop counter – clock intake (recorded for training)

Watchmaker: Morning. What have we got?
Customer: It's my grandfather's longcase clock. It stopped after the move. I've brought the movement and the weights.
Watchmaker: Let's have a look. The pendulum's here too? Good. Name for the docket?
Customer: {{name}}. You can reach me on {{phone}}.
Watchmaker: And the address where the case is, for when we come to reinstall?
Customer: {{street}}, {{townline}}.
Watchmaker: Thanks. Docket {{ticket}}, estimate within the week."""),
    ("en", """\
Race day radio log – finish line to timing tent

[{{clock}}] Finish ({{first}}): Timing, finish. Bib 2214 crossed, no beep on the mat.
[{{clock2}}] Timing ({{first2}}): Copied. Chip {{serial}} last read at 5K. Name on that bib is {{name}}.
[{{clock3}}] Finish ({{first}}): Runner confirms. Manual time 51:07, I'll note it on the sheet.
[{{clock4}}] Timing ({{first2}}): Thanks. Medical tent asking for bib 877's emergency contact.
[{{clock5}}] Finish ({{first}}): Registration says {{name2}}, {{phone}}.
[{{clock6}}] Timing ({{first2}}): Passed on. Results upload {{ticket}} at 11:00."""),
    ("en", """\
Donor scheduling line – call notes

Agent: Donor scheduling, this is {{first}}.
Donor: Hi, I had to cancel my appointment because of a trip abroad. Can I rebook?
Agent: Of course. Can I take your donor number and date of birth?
Donor: {{account}}, and I was born {{dob}}.
Agent: Thanks, {{name}}. The travel deferral ends next month, the first session after that is in the library hall.
Donor: Evening slots, please. And texts to {{phone}}.
Agent: Booked, 18:15, reference {{ticket}}."""),
    ("en", """\
WhatsApp – Saturday Juniors (circus school parents)

[{{clock}}] {{first}}: Coach says the show rehearsal runs late, pick-up 12:45 not 12:00
[{{clock2}}] {{first2}}: Thanks! Can anyone give my two a lift? I'm stuck at work
[{{clock3}}] {{name}}: I can, same road. Send me your number
[{{clock4}}] {{first2}}: {{phone}} – thank you so much
[{{clock5}}] {{first}}: Costume money to the office please, ref {{ticket}}"""),
    ("en", """\
#scanning-room (Slack)

{{first}} {{last}}  {{clock}}
Volume 14 of the marriage registers has a detached spine, putting it on the cradle only
{{first2}}  {{clock2}}
ok. checksum mismatch on batch {{ticket}}, file 0388.tif – {{sha256}}
{{first}} {{last}}  {{clock3}}
re-running. who's the contact at the record office for damage reports?
{{first2}}  {{clock4}}
{{name}}, {{email}} or {{phone}}. log it as {{ticket2}}"""),
    ("en", """\
Storm call-out – transcript (emergency line)

Dispatcher ({{first}}): Tree care emergency line, what's happened?
Caller: A big ash has come down across our drive and onto the car. Nobody's hurt.
Dispatcher ({{first}}): Glad to hear that. Are any power lines involved?
Caller: No, just the fence. I'm {{name}}, at {{street}}, {{townline}}.
Dispatcher ({{first}}): And a number for the crew?
Caller: {{phone}}.
Dispatcher ({{first}}): A crew with a chipper will be with you within three hours, job {{ticket}}."""),
    ("en", """\
Radio – night bus to control (route N29, fleet no. 4117)

[{{clock}}] Driver: Control, 4117. Disturbance on the upper deck, two passengers fighting. Doors closed, stopped at the stand.
[{{clock2}}] Control ({{first}}): 4117, police requested, incident {{ticket}}. Anyone hurt?
[{{clock3}}] Driver: A lady has a cut hand. She gave her name as {{name}}, phone {{phone}}.
[{{clock4}}] Control ({{first}}): Received. First aid kit behind your cab. A witness?
[{{clock5}}] Driver: {{name2}}, says he'll wait for the police.
[{{clock6}}] Control ({{first}}): Noted. CCTV flagged on the vehicle, ref {{invoice}}."""),
    ("en", """\
Committee meeting – auto-generated captions (excerpt)

[00:04:12] {{name}}: Item three, regatta entries. We have six crews in, entry fees paid.
[00:04:31] {{name2}}: The junior quad needs a cox. Can we ask {{first3}} {{last3}}?
[00:04:40] {{name}}: Already did, she's in. Parents' contact for the trailer is {{email}}.
[00:05:02] {{name2}}: Trailer driver must have B+E. Insurance certificate is {{serial}}.
[00:05:15] {{name}}: Good. Minutes to the secretary, action {{ticket}}."""),
    ("de", """\
Baumpflege – Telefonnotiz

Büro ({{first}}): {{company}} Baumpflege, guten Tag.
Anrufer: Guten Tag, bei uns ist nach dem Sturm ein großer Ast der Linde auf das Garagendach gefallen.
Büro ({{first}}): Ist jemand verletzt? Und wohin sollen wir kommen?
Anrufer: Nein, niemand. {{name}}, {{street}}, {{townline}}.
Büro ({{first}}): Rückrufnummer?
Anrufer: {{phone}}.
Büro ({{first}}): Ein Trupp mit Hubsteiger kommt heute Nachmittag. Auftrag {{ticket}}."""),
    ("de", """\
Live-Chat – Huskytouren

Gast: Hallo, ist bei der Sonnenuntergangstour noch Platz für zwei Personen am Samstag?
Team ({{first}}): Hallo! Ja, zwei Plätze sind frei. Auf welchen Namen?
Gast: {{name}}. Meine Handynummer: {{phone}}.
Team ({{first}}): Danke. Die Buchungsbestätigung geht an welche E-Mail?
Gast: {{email}}
Team ({{first}}): Erledigt, Buchung {{ticket}}. Bitte warme Kleidung mitbringen!"""),
    ("fr", """\
Régulation bus de nuit – journal radio

[{{clock}}] Conducteur (ligne N12) : Régulation, ici la 612, un voyageur a fait un malaise à l'arrêt Gare.
[{{clock2}}] Régulateur ({{first}}) : Bien reçu, j'appelle le SAMU. Le voyageur est conscient ?
[{{clock3}}] Conducteur : Oui. Il s'appelle {{name}}, sa fille est au {{phone}}.
[{{clock4}}] Régulateur ({{first}}) : Noté. Restez à l'arrêt, événement {{ticket}}."""),
    ("fr", """\
WhatsApp – Aviron, section loisirs

[{{clock}}] {{first}} : Sortie de dimanche maintenue, rendez-vous 8 h 30 au garage à bateaux
[{{clock2}}] {{first2}} : Je prends le double avec {{name}} ?
[{{clock3}}] {{first}} : Ok. Pensez au test de natation pour les nouveaux, contact {{email}}
[{{clock4}}] {{name2}} : Je ne pourrai pas, mon numéro si besoin : {{phone}}"""),
    ("es", """\
Donación de sangre – llamada para cita

Agente ({{first}}): Citas para donación, buenos días.
Donante: Hola, quería cambiar mi cita del jueves a la colecta del sábado en el polideportivo.
Agente ({{first}}): Claro. ¿Nombre y número de donante?
Donante: {{name}}, donante {{account}}.
Agente ({{first}}): Hecho, sábado a las 11:20. ¿Le enviamos el recordatorio al {{phone}}?
Donante: Sí, gracias. Referencia {{ticket}}."""),
    ("it", """\
Chat WhatsApp – laboratorio di orologeria

[{{clock}}] Cliente ({{first}}): Buongiorno, il mio cronografo è pronto? Scheda {{ticket}}
[{{clock2}}] Laboratorio: Buongiorno! Sì, revisione completa e nuova guarnizione, 320 €.
[{{clock3}}] Cliente ({{first}}): Passa a ritirarlo mia moglie, {{name}}.
[{{clock4}}] Laboratorio: Va bene, serve un documento. Le mandiamo la ricevuta a {{email}}."""),
]

CODE = [
    ("en", """\
#!/usr/bin/env python3
# upload_survey_photos.py – condition-survey photos of window lights to the studio's image store
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="{{aws_key}}",
    aws_secret_access_key="{{aws_secret}}",
    region_name="eu-west-2",
)
BUCKET = "glass-studio-surveys"
JOB = "{{ticket}}"
NOTIFY = "{{email}}"
# camera profile {{version}}, last run {{timestamp}}, manifest {{md5}}"""),
    ("en", """\
# .env – tour booking site and kennel webcams
APP_URL=https://{{hostname}}
DATABASE_URL=postgres://{{username}}:{{password}}@{{ip}}:5432/bookings
STRIPE_SECRET_KEY={{stripe}}
SMS_API_TOKEN={{token}}
WEBCAM_RTSP=rtsp://{{username2}}:{{password2}}@{{ip2}}:554/kennel-yard
BOOKINGS_INBOX={{email}}
RELEASE={{version}}
SENTRY_RELEASE={{short_sha}}"""),
    ("en", """\
-- workshop.sql – repair-docket database, created by the workshop's IT contractor
CREATE USER '{{username}}'@'%' IDENTIFIED BY '{{password}}';
GRANT SELECT, INSERT, UPDATE ON workshop.* TO '{{username}}'@'%';
INSERT INTO dockets (docket, item, movement_serial, estimate_gbp, status)
VALUES ('{{ticket}}', 'carriage clock, 8-day', '{{serial}}', 285.00, 'awaiting parts');
-- schema {{version}}, dumped from {{hostname}} at {{timestamp}}"""),
    ("en", """\
{
  "decoder": {"serial": "{{serial}}", "firmware": "{{version}}", "ip": "{{ip}}"},
  "timing_points": ["start", "5k", "10k", "finish"],
  "results_api": {
    "url": "https://{{hostname}}/v1/reads",
    "api_key": "{{token}}",
    "event": "{{ticket}}"
  },
  "operator": "{{email}}",
  "session": "{{uuid}}"
}"""),
    ("en", """\
# k8s/session-scheduler-secret.yaml – donor appointment booking service
apiVersion: v1
kind: Secret
metadata:
  name: session-scheduler
  namespace: donor-scheduling
type: Opaque
stringData:
  DB_USER: {{username}}
  DB_PASSWORD: "{{password}}"
  SMS_GATEWAY_TOKEN: "{{token}}"
  ROTA_SLACK_WEBHOOK: "{{slack_hook}}"
  ON_CALL_CONTACT: "{{internal_email}}"
# image tag {{version}}, digest {{digest}}"""),
    ("en", """\
# .env.production – class booking app (circus school)
NODE_ENV=production
PUBLIC_URL=https://{{hostname}}
MONGO_URI=mongodb://{{username}}:{{password}}@{{ip}}:27017/classes
STRIPE_KEY={{stripe}}
MAPS_API_KEY={{gcp}}
MAIL_FROM={{email}}
BUILD={{version}}
COMMIT={{sha}}"""),
    ("en", """\
#!/usr/bin/env python3
# transfer_bag.py – send a BagIt package of scanned registers to the client's Azure container
from azure.storage.blob import BlobServiceClient

ACCOUNT = "archivescans"
ACCOUNT_KEY = "{{azure}}"
SFTP_FALLBACK = ("{{ip}}", "{{username}}", "{{password}}")
CONTAINER = "deposit-{{ticket}}"
NOTIFY = "{{email}}"
# bag payload-oxum 41238837122.2100 · tagmanifest {{sha256}} · bag id {{uuid}}"""),
    ("en", """\
# tree-inventory.toml – survey app for street and garden trees
[server]
host = "{{hostname}}"
bind = "{{ip}}"

[database]
user = "{{username}}"
password = "{{password}}"

[sync]
gitlab_token = "{{gitlab}}"
maps_key = "{{gcp}}"
report_to = "{{email}}"

[app]
version = "{{version}}"   # {{short_sha}}"""),
    ("en", """\
# docker-compose.yml – vehicle location feed for the night network
services:
  avl-bridge:
    image: registry.internal/avl-bridge:{{version}}
    environment:
      GTFS_RT_API_KEY: "{{token}}"
      POSTGRES_HOST: {{ip}}
      POSTGRES_USER: {{username}}
      POSTGRES_PASSWORD: "{{password}}"
      INCIDENT_SUMMARY_KEY: "{{openai}}"
      CONTROL_ROOM_EMAIL: {{internal_email}}
# deployed {{timestamp}} · commit {{sha}}"""),
    ("en", """\
# .github/workflows/deploy-boat-booking.yml – rowing club boat booking site
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SSH_HOST: {{ip}}
      SSH_USER: {{username}}
      SSH_PASSWORD: "{{password}}"
      SLACK_TOKEN: "{{slack}}"
      CAPTAIN_EMAIL: {{email}}
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh --tag {{version}}"""),
    ("de", """\
# .env – Zeitmessung, Ergebnisdienst
ERGEBNIS_URL=https://{{hostname}}/live
DECODER_IP={{ip}}
DECODER_SERIEN_NR={{serial}}
DB_BENUTZER={{username}}
DB_PASSWORT={{password}}
API_SCHLUESSEL={{token}}
SUPPORT_MAIL={{email}}
VERSION={{version}}"""),
    ("de", """\
# crontab – Terminplanung Blutspende, nächtlicher Abgleich der Termine
# m h dom mon dow  command
15 2 * * * /opt/termine/abgleich.sh --db-host {{ip}} --db-user {{username}} --db-pass '{{password}}'
30 6 * * 1 curl -s -H "Authorization: Bearer {{token}}" https://{{hostname}}/api/raumbelegung
# Rückfragen: {{internal_email}} · Skriptversion {{version}} · {{short_sha}}"""),
    ("fr", """\
; numerisation.ini – chaîne de numérisation d'archives, poste de capture 2
[capture]
scanner_serie = {{serial}}
profil_couleur = {{version}}
[transfert]
hote = {{ip}}
utilisateur = {{username}}
mot_de_passe = {{password}}
[client]
portail = https://{{hostname}}/depot
jeton = {{token}}
contact = {{email}}"""),
    ("fr", """\
{
  "application": "releve-arbres-mobile",
  "serveur": "https://{{hostname}}",
  "base": {"hote": "{{ip}}", "utilisateur": "{{username}}", "mot_de_passe": "{{password}}"},
  "cle_cartographie": "{{gcp}}",
  "responsable": "{{email}}",
  "version": "{{version}}",
  "build": "{{short_sha}}"
}"""),
    ("es", """\
# application.yml – sistema de explotación, autobuses nocturnos
spring:
  datasource:
    url: jdbc:postgresql://{{ip}}:5432/explotacion
    username: {{username}}
    password: "{{password}}"
avl:
  api-key: "{{token}}"
  endpoint: https://{{hostname}}/posiciones
incidencias:
  aviso: {{email}}
version: "{{version}}"   # {{uuid}}"""),
    ("it", """\
# settings.py – prenotazione barche, società di canottaggio
DEBUG = False
ALLOWED_HOSTS = ["{{hostname}}"]
SECRET_KEY = "{{token}}"
DATABASES = {
    "default": {"HOST": "{{ip}}", "USER": "{{username}}", "PASSWORD": "{{password}}", "NAME": "barche"},
}
EMAIL_SEGRETERIA = "{{email}}"
VERSIONE = "{{version}}"  # {{short_sha}}"""),
]

PROSE = [
    ("en", """\
Window condition survey – site record

Building: {{company}} parish church, east window (9 lights, c. 1880)
Address: {{street}}, {{townline}}
Client contact: {{name}}, {{phone}}, {{email}}
Surveyed by: {{name2}}, accredited conservator
Findings: lead came fatigued in lights 2, 5, 7; 2 cracked quarries; ferramenta corroded
Survey date {{date}} · photos 118 · survey {{ticket}} · quote {{invoice}} · form v{{version}}"""),
    ("en", """\
Participant waiver and registration – husky sledding tour

Participant: {{name}}
Date of birth: {{dob}}
Weight: 74 kg (limit 110 kg)
Address: {{street}}, {{townline}}, {{country}}
Mobile: {{e164}} · Email: {{email}}
Emergency contact: {{name2}}, {{phone}}
Health: no back problems, not pregnant, can sit for 2 hours in the cold
Booking {{ticket}} · waiver version {{version}}"""),
    ("en", """\
REPAIR DOCKET {{ticket}}

Customer: {{name}}
Address: {{street}}, {{townline}}
Telephone: {{phone}}
Item: gent's wristwatch, manual wind, 9ct gold case, hallmarked
Movement no. {{serial}} · case no. {{serial2}}
Work: full service, new mainspring, crystal
Estimate GBP 340, deposit GBP 50 paid (receipt {{invoice}})
Insurance valuation requested: yes · collected by: ______"""),
    ("en", """\
Runner registration – Half Marathon

Name: {{name}}
Date of birth: {{dob}} (age category set from it)
Club: {{company}} Harriers
Address: {{street}}, {{townline}}
Email: {{email}} · Mobile: {{phone}}
Emergency contact: {{name2}}, {{phone2}}
Bib 3061 · chip {{serial}} · results account {{username}}
Entry {{ticket}}, fee GBP 32 paid, order {{invoice}}"""),
    ("en", """\
Session plan – blood donation, community hall

Session code: {{ticket}} · date {{date}} · 12:30-19:30
Venue contact: {{name}}, {{phone}}
Team leader: {{name2}}, {{internal_email}}
Staff on rota: 2 nurses, 3 donor carers, 1 driver; collection vehicle fleet no. 58
Slots: 96 booked of 104; 14 new donors; walk-ins capped at 10
Rota export {{uuid}} · planning sheet rev {{version}}"""),
    ("en", """\
Student enrolment – recreational circus, youth

Student: {{name}}
Date of birth: {{dob}}
Parent/carer: {{name2}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Medical: asthma (inhaler in bag), no allergies
Photo consent: yes (website), no (social media)
Class: Tuesday juggling & unicycle, 17:00 · enrolment {{ticket}} · invoice {{invoice}}"""),
    ("en", """\
Chain-of-custody record – transfer for digitisation

Depositor: {{company}} Record Office
Records officer: {{name}}, {{email}}, {{phone}}
Collected by: {{name2}} (bureau courier) on {{date}}
Items: 42 boxes, 2,100 volumes, seals {{serial}}-{{serial2}}
Condition on receipt: 7 volumes with loose boards
Transfer {{ticket}} · manifest checksum {{sha256}} · record form v{{version}}"""),
    ("en", """\
Tree works job sheet

Client: {{name}}
Site: {{street}}, {{townline}}
Phone: {{phone}}
Tree: T1 oak (Quercus robur), 19 m, TPO consent {{ticket}}
Work: 2 m crown reduction, deadwood over 25 mm, chip and remove arisings
Climber: {{name2}} (aerial rescue, in date) · Ground: {{name3}}
Start 08:00, chipper hired (plant no. {{serial}}) · quote {{invoice}} accepted"""),
    ("en", """\
Driver incident report – night network

Driver: {{name}}, staff no. {{account}}
Route N29, fleet no. 4117, duty 702
Incident: assault between two passengers, upper deck; police attended, ref {{ticket}}
Injured passenger: {{name2}}, {{phone}} (cut to hand, declined ambulance)
Witness: {{name3}}, {{email}}
CCTV saved: yes, request {{invoice}}
Report submitted {{timestamp}} via form {{version}}"""),
    ("en", """\
Membership registration – rowing club

Member: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Swim test passed: 50 m on {{date}}
Category: senior, sweep and sculling; boat booking login {{username}}
Direct debit from {{iban}}, monthly GBP 38
Membership {{account}} · emergency contact {{name2}}, {{phone2}}"""),
    ("de", """\
Vorfallmeldung Nachtbus (vertraulich)

Fahrer/in: {{name}}, Personalnummer {{account}}
Linie N7, Wagen 3318, Dienst 42
Vorfall: Fahrgast gestürzt beim Anfahren, leichte Verletzung am Knie
Betroffene/r: {{name2}}, Telefon {{phone}}
Polizei nicht verständigt; Videoaufzeichnung gesichert, Antrag {{ticket}}
Meldung vom {{date}} · Formular {{version}}"""),
    ("de", """\
Anmeldebogen Zirkusschule – Kinderkurs

Kind: {{name}}
Geburtsdatum: {{dob}}
Erziehungsberechtigte/r: {{name2}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}} · E-Mail: {{email}}
Kurs: Akrobatik und Jonglage, mittwochs 16 Uhr
Gesundheit: keine Einschränkungen · Fotoerlaubnis: ja
Anmeldung {{ticket}} · Rechnung {{invoice}}"""),
    ("fr", """\
Fiche chantier – élagage

Client : {{name}}
Adresse du chantier : {{street}}, {{townline}}
Téléphone : {{phone}}
Arbres : 2 tilleuls (12 m), 1 marronnier (15 m)
Travaux : taille douce, suppression du bois mort, évacuation des rémanents
Grimpeur : {{name2}} · déclaration préalable {{ticket}} · devis {{invoice}}"""),
    ("fr", """\
Bulletin d'inscription – trail des crêtes (21 km)

Nom : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Courriel : {{email}} · Portable : {{phone}}
Licence / certificat médical : fourni le {{date}}
Dossard 508 · puce {{serial}} · inscription {{ticket}}"""),
    ("es", """\
Ficha de encargo – restauración de vidrieras

Cliente: {{name}}
Dirección: {{street}}, {{townline}}
Teléfono: {{phone}} · Correo: {{email}}
Obra: vidriera del rosetón, 14 paneles, emplomado a renovar
Visita técnica: {{date}}
Presupuesto {{invoice}} · expediente {{ticket}}"""),
    ("it", """\
Calendario raccolta sangue – autoemoteca, piano delle uscite

Sede della raccolta: piazzale del municipio, {{city}}
Referente locale: {{name}}, {{phone}}
Medico responsabile: {{name2}}
Data: {{date}}, dalle 8:00 alle 12:00 · posti prenotabili 40
Mezzo n. 3 · uscita {{ticket}} · piano {{version}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
