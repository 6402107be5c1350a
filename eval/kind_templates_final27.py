"""FINAL27 templates of the generalisation corpus kinds (eval.kinds), for the `final27` split.

Written by a helper session after the final24 and final25 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final27`). They imitate what staff and volunteers of
glassblowing studios, canal-boat hire bases, scuba dive centres, vintage car restorers, bell-ringing
societies, mountain-hut wardens, thatchers, public observatories and planetariums, sailmakers and
rigging lofts and repair cafés paste into an LLM at work: a pendant-light commission reply with a
quoted header, a hire base manager's vCard, a dive instructor's out-of-office reply, a restoration
progress report, a tower captain's quarter-peal notice, a hut reservation confirmation, a rethatching
quote, a school group's evening visit, a new mainsail with a quoted reply, a repair café volunteer
call-out; a fragile glass shipping label in capitals, a boat booking export in YAML, a certification
card mailing CSV, an enclosed car transport note, a ringers' newsletter mailing, a hut invoice to a
club's PO box with an IBAN, a thatch survey round in SQL, a planetarium shop order in XML, a sail
delivery docket, a repaired lamp posted back; a taster-session booking call, a breakdown call from a
hire boat, a boat-dive WhatsApp group, a restoration workshop's Slack channel, a ringers' WhatsApp
group, a hut-to-rescue radio log about an overdue party, a storm call to a thatching yard, a dome
party live chat, a racing sails Teams meeting's captions, a repair café welcome desk; a furnace
temperature alert script, a fleet booking .env, a certification portal's Kubernetes ConfigMap and
Secret, a parts-inventory docker-compose with photo bucket keys, a peal records site's GitLab CI file,
a hut reservations sync TOML over a satellite link, a thatcher's wp-config.php, a remote telescope
ini, a cutting-plotter push script with an SSH private key and AWS keys, a repair café sign-up app
JSON; taster-session registrations, hirer records, diver registrations, restoration project records,
junior ringer memberships, hut book entries, rethatch job sheets, planetarium volunteer records, sail
order records with an IBAN and repair logs.
The German, French, Spanish and Italian ones are a Glasbläserkurs offer, a Schutzhütte reservation,
a Reetdach delivery note, a Tauchkurs invoice with an IBAN, a Hütte reservation call, a Repair Café
helpers' WhatsApp group, an Oldtimer workshop's application.properties, a planetarium dome-control
systemd unit, an Oldtimer intake record and a Repair Café repair slip; a Niveau 1 dive course
confirmation, a classic-car restoration estimate, a blown-glass pendant light delivery note, a river
cruiser hire confirmation, a dive booking call, an astronomy club's WhatsApp group, a thatch quote
app's YAML, a boat-hire reply drafter with an Anthropic key, a sail loft's customer record and an
astronomy course registration; a Spanish observatory night-visit confirmation, mountain-refuge
invoice, blown-glass order call, dive-centre .env and classic-car customer record; an Italian sail
loft quote, vintage car transport document, bell-ringers' chat, glassworks order-app JSON and dive
course registration.

Checked against the earlier modules' docstrings and templates. Four of the sectors this split's brief
proposed had been used and were replaced by new ones: community radio stations (final23 had them:
volunteer presenter rotas, studio phone-ins, a stream encoder, presenter agreements) by public
observatories and planetariums; chimney sweeps (final20: sweep vCards, sweep bookings through a
letting agent, sweeping certificates) by thatchers; pipe-organ builders (final22 had organ builders
and piano tuners) by sailmakers and rigging lofts; mobile library vans (final16 had public libraries,
inter-library loans and library memberships, and final25 took that as used already) by repair cafés.
New: glassblowing, canal-boat hire, scuba dive centres, vintage car restoration, bell-ringing, mountain
huts, thatching, observatories and planetariums, sail lofts and repair cafés. Near earlier ones, and
so other situations: glassblowing beside final25's stained-glass restoration (a hot shop's taster
sessions, furnace and annealer, blown commissions, not church windows); canal-boat hire beside
final24's pilots and tugs, final22's dredging and final25's rowing (holiday hirers, handovers, locks,
breakdowns, damage deposits); dive centres beside final16's fish-farm net-inspection divers and
final21's aquarium volunteer divers (recreational courses, boat dives, nitrox, certification cards);
vintage car restorers beside final7's MOT bookings, final8's car-service bookings and final19's car
rental (body-off restorations, stage payments, enclosed transport, parts sourcing); bell-ringing beside
final25's churchwardens and final22's organ builders (tower rotas, quarter peals, a guild's
newsletter and junior members); mountain huts beside final21's ski resorts and final25's husky tours
(hut reservations, half board, a hut book, an overdue party); sail lofts beside final17's yacht
brokers and marinas (measuring, cutting, delivering sails); repair cafés beside final24's and final25's
watch repairers (volunteers fixing visitors' appliances, PAT tests, disclaimers).
Ordinary text surrounds the values (amounts, sizes, temperatures, lock, berth, bed and pontoon
numbers, boat lengths, sail areas, depths, altitudes, bell weights, method names, chassis and engine
serials, certification card serials, ticket, invoice, voucher and consent numbers, tracking numbers,
versions, hashes, UUIDs, VAT ids, hostnames, companies) so that over-redaction is measured as well as
recall.

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
Subject: RE: Pendant lights for the bar – blown glass quote {{invoice}}

Hi {{first2}},

Thanks for the sketches. Six pendants in clear glass with a cobalt wrap, each about 22 cm across,
blown to your template and fitted with a brass gallery, come to GBP 2,940 + VAT. We blow them over two
sessions and each one spends a night in the annealer, so allow three weeks from the deposit. I can pull
a small colour test first if you want to check the blue against the tiles.

Best,

{{first}} {{last}}
Gaffer & Studio Owner
{{company}} Glass – hot shop, gallery, taster days
Studio {{phone}} · Mobile {{intl}}
{{email}} · VAT {{vat}}

-----Original Message-----
From: {{first2}} {{last2}} <{{email2}}>
Sent: {{timestamp}}
To: {{email}}
Subject: Pendant lights for the bar

Could you quote for six hand-blown pendants? Sketch attached, our ref {{ticket}}."""),
    ("en", """\
Hi {{first2}},

Your boat is booked for the seven-night trip from our base: a 58 ft narrowboat, sleeps four, with a
bow thruster and a pump-out toilet. Handover starts at 14:00 with a 40-minute lesson through the first
lock; please bring the signed skipper declaration. My card is below in case you need me on the day.

BEGIN:VCARD
VERSION:3.0
N:{{last}};{{first}};;;
FN:{{first}} {{last}}
ORG:{{company}} Narrowboat Holidays
TITLE:Hire Base Manager
TEL;TYPE=WORK,VOICE:{{phone}}
TEL;TYPE=CELL:{{e164}}
EMAIL;TYPE=INTERNET:{{email}}
NOTE:Booking {{ticket}} · boat safety certificate {{serial}}
END:VCARD"""),
    ("en", """\
Subject: Automatic reply: Open Water course – dates and medical form

Thanks for your message. I'm leading the liveaboard trip until the 19th with very little signal, so
replies will be slow. For the Open Water course: the theory is online, then two pool sessions (Tuesday
and Thursday, 19:00) and four open-water dives over one weekend. Please fill in the diver medical
questionnaire before the first pool session; a yes to any question needs a doctor's sign-off. Course
booking {{ticket}}.

Safe diving,

{{first}} {{last}}
Course Director
{{company}} Dive Centre
Shop {{phone}} · Boat (VHF ch. 72 or mobile) {{e164}}
{{email}}"""),
    ("en", """\
Dear {{name}},

A quick update on your 1963 roadster (chassis {{serial}}). The shell is back from media blasting and,
as we expected, the sills and the boot floor need new steel. The rebuilt gearbox is on the bench and the
bumpers went to the platers on Monday. Stage payment 3 is now due (invoice {{invoice}}, GBP 8,400);
photos of the bare shell are in your project folder, job {{ticket}}.

Kind regards,

{{first}} {{last}}
Restoration Manager
{{company}} Classic Car Restorations
Workshop {{phone}} · Direct {{ext}}
{{email}} · VAT {{vat}}"""),
    ("en", """\
Hello all,

Quarter peal attempt on Sunday before evensong: 1260 Grandsire Triples, meet in the ringing chamber at
17:15. Band as on the rota, {{first2}} covering. Practice night moves to Wednesday next week because the
tower is closed for the clock maintenance. If you can't make it, ring or text me, not the tower phone.

Ring well,

{{first}} {{last}}
Tower Captain
{{company}} Society of Change Ringers – ring of eight, tenor 14 cwt
Home {{local7}} · Mobile {{phone}}
{{email}}"""),
    ("en", """\
Hello {{first2}},

Your reservation for the hut is confirmed: 6 places in the dormitory for two nights, half board (dinner
at 18:30, breakfast from 05:00 for the summit teams). Please bring a sleeping-bag liner and hut shoes;
there are no showers, and water comes from snowmelt, so bottled water costs CHF 6. The glacier approach
is in condition, but crampons are needed above the moraine. To cancel, call by 17:00 the day before.
Reservation {{ticket}}.

Greetings from 2,840 m,

{{first}} {{last}}
Hut Warden
{{company}} Alpine Club section – mountain hut
Hut {{intl}} · Valley office {{phone}}
{{email}}"""),
    ("en", """\
Dear {{name}},

Following our visit, we recommend a full rethatch of the rear slope in water reed, with a new block-cut
ridge in long straw and wire netting throughout. The front slope has about ten years left and needs
only a new ridge. As the cottage is listed, the conservation officer will want to approve the ridge
pattern before we start; we will send the drawings. Quote {{invoice}} (GBP 23,700 + VAT), survey
ref {{ticket}}.

Yours sincerely,

{{first}} {{last}}
Master Thatcher
{{company}} Thatching
Yard {{phone}} · Mobile {{intl}}
{{email}}"""),
    ("en", """\
Dear {{first2}},

Thank you for booking the evening visit for your Year 8 group (32 pupils, 4 staff). The programme is a
45-minute planetarium show on the seasons, then telescope viewing on the roof terrace if the sky is
clear; if it's cloudy we run a second dome show instead. Please arrive by 18:45 and leave coaches in
the lower car park. Booking {{ticket}}, invoice to follow.

Clear skies,

{{first}} {{last}}
Schools & Outreach Officer
{{company}} Observatory and Planetarium
Tel. {{ext}}
{{internal_email}}"""),
    ("en", """\
Hi {{first2}},

Measurements are done: the new mainsail is 28.4 m², fully battened, laminate with a taffeta skin, two
reefs and a loose foot. We'll cut it on the plotter next week and you're welcome at the loft for the
first hoist check before it goes on the boat. Deposit received (invoice {{invoice}}), sail no.
{{serial}} on the docket.

Fair winds,
{{first}}

{{first}} {{last}} | Sail Designer
{{company}} Sails – loft & rigging
Loft {{phone}} · Mobile {{e164}}
{{email}}

On {{timestamp}}, {{first2}} {{last2}} <{{email2}}> wrote:
> Any news on the main? We'd love it for the autumn series.
> Boat is on pontoon C, berth 14, key with the marina office."""),
    ("en", """\
Hi everyone,

Our next repair café is on Saturday, 10:00 to 13:00, in the church hall as usual. We have four
electrical fixers, two for bikes, one for sewing and someone who can look at laptops (no data
recovery). Every electrical item gets a PAT test after the repair. We need two volunteers for the
welcome desk and someone to bring the urn; please reply by Thursday so I can plan the tables.

Thanks,

{{first}} {{last}}
Volunteer Coordinator
{{company}} Repair Café
{{phone}} · {{email}}
Donations welcome: IBAN {{iban}}"""),
    ("de", """\
Betreff: Ihre Anfrage – Glasbläserkurs für zwei Personen

Hallo {{first2}},

vielen Dank für Ihre Anfrage. Der Schnupperkurs am Ofen dauert drei Stunden: Sie blasen unter
Anleitung eine Kugel und ein Windlicht, die Stücke kühlen über Nacht im Kühlofen ab und können ab dem
übernächsten Tag abgeholt oder verschickt werden. Zwei Plätze am Samstag um 10 Uhr sind für Sie
reserviert. Gutschein-Nr. {{ticket}}, Rechnung {{invoice}}.

Herzliche Grüße

{{first}} {{last}}
Glasbläsermeisterin
{{company}} Glashütte & Galerie
Werkstatt {{phone}} · Mobil {{intl}}
{{email}} · USt-IdNr. {{vat}}"""),
    ("de", """\
Grüß Gott {{name}},

Ihre Reservierung auf unserer Hütte ist bestätigt: 4 Lagerplätze von Freitag auf Samstag mit
Halbpension. Bitte denken Sie an den Hüttenschlafsack (Pflicht) und an Bargeld, Kartenzahlung geht
nur bei Netz. Abmeldung bitte spätestens bis 18 Uhr am Vortag, sonst berechnen wir 50 %. Der Zustieg
über den Steig ist wegen Altschnee bis Ende Juni nur mit Grödeln zu empfehlen.

Berg Heil

{{first}} {{last}}
Hüttenwirtin
{{company}} – Schutzhütte der Alpenvereinssektion
Hütte {{intl}} · Tal {{phone}}
{{email}}
Reservierung {{ticket}}"""),
    ("fr", """\
Bonjour {{first2}},

Votre formation Niveau 1 est confirmée : deux séances en piscine le mardi soir, puis quatre plongées
en mer sur le week-end, départ du port à 8 h 30. Merci d'apporter votre certificat médical de non
contre-indication et votre maillot ; le matériel (combinaison 7 mm, gilet, détendeur) est fourni. Le
solde est à régler avant la première sortie. Dossier {{ticket}}, facture {{invoice}}.

À bientôt sous l'eau,

{{first}} {{last}}
Moniteur fédéral, directeur de plongée
{{company}} Centre de plongée
Tél. {{phone}} · Bateau {{e164}}
{{email}}"""),
    ("fr", """\
Madame, Monsieur {{last2}},

Suite au démontage de votre cabriolet, voici notre devis de restauration : reprise de la caisse (bas
de caisse, plancher arrière), peinture complète dans la teinte d'origine, réfection de la sellerie cuir
et révision du moteur. Le montant s'élève à 36 800 € TTC, délai estimé sept mois. Numéro de série du
véhicule {{serial}}, dossier {{ticket}}, devis {{invoice}}.

Bien cordialement,

{{first}} {{last}}
Responsable d'atelier
{{company}} Restauration Automobiles Anciennes
Atelier {{phone}} · Portable {{intl}}
{{email}} · TVA {{vat}}"""),
    ("es", """\
Estimado/a {{name}}:

Le confirmamos la visita nocturna al observatorio para su grupo de 18 personas: sesión de planetario a
las 21:00, observación con el telescopio principal y charla sobre la contaminación lumínica. Si el
cielo está nublado, se sustituye por una segunda sesión de planetario. Rogamos puntualidad: la
carretera de acceso se cierra al tráfico a las 21:30. Reserva {{ticket}}, factura {{invoice}}.

Un saludo,

{{first}} {{last}}
Coordinación de Visitas
{{company}} Observatorio Astronómico
Tel. {{phone}} · Móvil {{e164}}
{{email}}"""),
    ("it", """\
Gentile {{name}},

le inviamo il preventivo per il nuovo genoa avvolgibile (38 m², dacron, striscia anti-UV blu, rinforzi
sulle bugne) e per la revisione della randa con sostituzione delle stecche. La consegna è prevista in
quattro settimane e possiamo montare la vela noi in banchina. Preventivo {{invoice}}, scheda vela
{{serial}}.

Cordiali saluti,

{{first}} {{last}}
Velaio
{{company}} Veleria
Tel. {{phone}} · Cell. {{intl}}
{{email}} · P. IVA {{vat}}"""),
]

ADDRESS = [
    ("en", """\
FRAGILE – HAND-BLOWN GLASS – THIS WAY UP

SHIP TO:
{{name_uc}}
{{street_uc}}
{{townline_uc}}
{{country_uc}}

1 x blown glass vase (31 cm, amber and cobalt), double-boxed, 1.8 kg
From: {{company}} Glass Studio, gallery dispatch
Order {{invoice}} · tracking {{tracking}} · insured value GBP 420"""),
    ("en", """\
# booking export – hire base, week 31
booking: {{ticket}}
boat: "narrowboat, 62 ft, sleeps 6"
hirer:
  name: "{{name}}"
  address:
    street: "{{street}}"
    town_line: "{{townline}}"
    country: "{{country}}"
  mobile: "{{phone}}"
emergency_contact:
  name: "{{name2}}"
  phone: "{{phone2}}"
damage_deposit: 300.00
deposit_ref: "{{invoice}}"
export_id: "{{uuid}}\""""),
    ("en", """\
cert_no,diver,street,town_line,country,course,card_posted,tracking
{{serial}},{{name}},{{street}},{{townline}},{{country}},Open Water Diver,yes,{{tracking}}
{{serial2}},{{name2}},{{street2}},{{townline2}},{{country2}},Rescue Diver,yes,{{tracking2}}
# replacement certification cards · batch {{ticket}} · export {{uuid}}"""),
    ("en", """\
ENCLOSED TRANSPORT – COLLECTION & DELIVERY NOTE {{ticket}}

Vehicle: 1958 saloon, non-runner, rolling, keys with the driver
Chassis no. {{serial}} · engine no. {{serial2}}

Collect from (owner):
  {{name}}
  {{street}}
  {{townline}}
  Tel. {{phone}}

Deliver to:
  {{company}} Classic Car Restorations, workshop 2
  {{street2}}
  {{townline2}}

Winch required. Agreed value GBP 18,000; condition photos at collection. Invoice {{invoice}}."""),
    ("en", """\
Guild newsletter – spring issue, postal copies (members without e-mail)

{{name_uc}}
{{street_uc}}
{{townline_uc}}

{{first2}} {{last2}}
{{unit}}
{{street2}}
{{townline2}}

Printed 64 copies · postage paid · mailing {{ticket}}"""),
    ("en", """\
INVOICE {{invoice}}

To: {{company}} Hillwalking Club
Attn: {{name}} (meets secretary)
{{pobox}}
{{townline}}
{{country}}

Hut stay, 2 nights, 11 persons, half board          EUR 1,331.00
Packed lunches, 11 x 2                               EUR   198.00
Hut levy (conservation), 22 nights                   EUR    44.00
Total                                                EUR 1,573.00

Payable within 14 days to IBAN {{iban}}, reference {{ticket}}."""),
    ("en", """\
-- survey round for next month (thatched properties, ridge inspections)
INSERT INTO site_visits (visit_ref, owner, street, town_line, roof, listed)
VALUES ('{{ticket}}', '{{name}}', '{{street}}', '{{townline}}', 'combed wheat reed, ridge 2009', TRUE),
       ('{{ticket2}}', '{{name2}}', '{{street2}}', '{{townline2}}', 'water reed, flush ridge', FALSE);
-- planned by {{username}} on {{timestamp}} · route {{uuid}}"""),
    ("en", """\
<?xml version="1.0" encoding="UTF-8"?>
<order id="{{invoice}}" channel="planetarium-shop">
  <customer>
    <name>{{name}}</name>
    <email>{{email}}</email>
  </customer>
  <shipTo>
    <line1>{{street}}</line1>
    <townLine>{{townline}}</townLine>
    <country>{{country}}</country>
  </shipTo>
  <items>
    <item sku="PLN-CHART-N" qty="1">Planisphere, northern latitudes</item>
    <item sku="MET-SLICE-03" qty="1">Meteorite slice with certificate {{serial}}</item>
  </items>
  <tracking>{{tracking}}</tracking>
</order>"""),
    ("en", """\
SAIL DELIVERY DOCKET {{ticket}}

Deliver to: {{name}}
            c/o marina office, pontoon C, berth 14
            {{street}}
            {{townline}}
Owner's mobile: {{phone}}

Bag 1: mainsail, fully battened (sail no. {{serial}})
Bag 2: lazy bag and cover
Loft fitter to hoist on delivery · invoice {{invoice}} · VAT {{vat}}"""),
    ("en", """\
{{company}} Repair Café
{{unit}}
{{street2}}
{{townline2}}

{{name}}
{{street}}
{{townline}}

Dear {{name}},

Your table lamp is repaired (new switch and flex, PAT tested and passed) and is in the post to you, as
you couldn't come to the collection morning. There is no charge; if you'd like to make a donation, the
box is on the welcome desk. Item tag {{ticket}}, parcel {{tracking}}."""),
    ("de", """\
Lieferschein {{invoice}} – Reet für Neueindeckung

Bauherr:
{{name}}
{{street}}
{{townline}}

Lieferung an die Baustelle (Zufahrt über den Feldweg, Abladen mit Kran):
420 Bund Reet, Länge 1,60–1,80 m
12 Rollen Bindedraht, Edelstahl
Ansprechpartner vor Ort: {{first2}} {{last2}}, Reetdachdeckermeister, Tel. {{phone}}
Auftrag {{ticket}} · Sendung {{tracking}}"""),
    ("de", """\
Rechnung {{invoice}}

{{company}} Tauchsportzentrum · {{street2}} · {{townline2}}

An:
{{name}}
{{street}}
{{townline}}

Tauchkurs Open Water Diver (Theorie, 2 Hallenbadtermine, 4 Freiwassertauchgänge)   389,00 €
Leihausrüstung komplett, 2 Tage                                                     60,00 €
Brevetierung und Logbuch                                                             35,00 €
Gesamtbetrag                                                                        484,00 €

Zahlbar innerhalb von 14 Tagen auf IBAN {{iban}}, Verwendungszweck {{ticket}}."""),
    ("fr", """\
BON DE LIVRAISON – suspension en verre soufflé (pièce unique)

Destinataire : {{name}}
{{street}}
{{townline}}
{{country}}
Téléphone avant livraison : {{phone}}

Colis 1/2 : globe en verre soufflé, 45 cm de diamètre, calé dans une caisse en bois
Colis 2/2 : monture en laiton et câble textile
Commande {{invoice}} · suivi {{tracking}} · atelier {{company}}"""),
    ("fr", """\
Confirmation de location – bateau habitable sans permis

Locataire :
{{name}}
{{street}}
{{townline}}
{{country}}

Base de départ : port fluvial, quai 3 · embarquement le samedi à 15 h, retour le samedi suivant à 9 h
Bateau : 11,5 m, 6 couchettes, 4 vélos en option
Caution 1 500 € (empreinte bancaire) · acompte réglé, facture {{invoice}}
Réservation {{ticket}}"""),
    ("es", """\
Factura {{invoice}}

Cliente: {{company}} Club de Montaña
A la atención de: {{name}}
{{street}}
{{townline}}

Pernoctaciones en el refugio, 2 noches, 9 personas, media pensión    738,00 €
Picnics para la travesía, 9 unidades                                  81,00 €
Total                                                                819,00 €

Transferencia a IBAN {{iban}}, concepto {{ticket}}."""),
    ("it", """\
DOCUMENTO DI TRASPORTO n. {{invoice}}

Mittente: {{company}} Restauro Auto d'Epoca
Destinatario: {{name}}
{{street}}
{{townline}}

Causale: riconsegna del veicolo dopo il restauro
Bene trasportato: spider del 1967, telaio n. {{serial}}, con libretto e targhe originali
Trasporto su bisarca chiusa, consegna su appuntamento: tel. {{phone}}
Pratica {{ticket}}"""),
]

DIALOGUE = [
    ("en", """\
Phone booking – glassblowing taster (studio line)

Studio: {{company}} Glass, {{first}} speaking.
Caller: Hi, I'd like to book the taster session for my partner's birthday, two people if possible.
Studio: Lovely. Saturday at 10:00 has two places at the bench. Is anyone under 16?
Caller: No, both adults. The booking's under {{name}}.
Studio: And a mobile, in case the furnace is down and we need to move you?
Caller: {{phone}}. The voucher code is {{ticket}}.
Studio: Perfect. Cotton clothes and closed shoes, please: nothing synthetic near the glory hole."""),
    ("en", """\
Hire base – out-of-hours breakdown line (call notes)

Engineer ({{first}}): Breakdown line, what's the problem?
Hirer: The engine alarm's going and there's steam at the back. We've tied up below lock 21.
Engineer ({{first}}): Turn the engine off and leave it off. Which boat are you on?
Hirer: The 58-footer, booking {{ticket}}. I'm {{name}}.
Engineer ({{first}}): Probably weed round the prop or the cooling. Best number for you?
Hirer: {{phone}}, but the signal's poor by the lock. My wife's is {{phone2}}.
Engineer ({{first}}): I'll be with you within two hours; there's a lane down to the bridge just below you."""),
    ("en", """\
WhatsApp – Saturday boat dive (wreck, max 30 m)

[{{clock}}] {{first}}: Boat leaves 08:15 sharp, be on the pontoon by 07:45 with kit assembled
[{{clock2}}] {{first2}}: Buddy pairs? I still don't have one
[{{clock3}}] {{first}}: You're with {{name}}, both on nitrox 32, cylinders analysed at the shop
[{{clock4}}] {{name}}: Hi! My number for the day: {{phone}}
[{{clock5}}] {{first3}} {{last3}}: Can't make it, tummy bug. Refund to my card please, booking {{ticket}}
[{{clock6}}] {{first}}: No problem, logged. Sea state 2, vis around 8 m"""),
    ("en", """\
#workshop (Slack)

{{first}} {{last}}  {{clock}}
owner of the green roadster called again, wants the trim colour confirmed before we order the hide
{{first2}}  {{clock2}}
i'll ring him. is that {{name}}? number on the job card is {{phone}}
{{first}} {{last}}  {{clock3}}
yes. also the repro panels arrived, order {{invoice}}, one door skin is dented
{{first2}}  {{clock4}}
photograph it and email {{email}} for a replacement, ref {{ticket}}"""),
    ("en", """\
WhatsApp – Tower ringers

[{{clock}}] {{first}}: Practice tonight is cancelled, the clock winder needs the ringing chamber until 20:00
[{{clock2}}] {{first2}}: Shame. Still on for the wedding on Saturday? Call changes on the back six
[{{clock3}}] {{first}}: Yes, 13:15 at the tower. The fee goes to the bell fund
[{{clock4}}] {{name}}: I can ring. New mobile by the way: {{phone}}
[{{clock5}}] {{first2}}: Noted. Can someone collect the tower key from {{first3}} {{last3}}? {{street}}"""),
    ("en", """\
Radio log – hut warden and mountain rescue (overdue party)

[{{clock}}] Hut ({{first}}): Rescue base, hut. Party of two booked for tonight hasn't arrived. Left the valley at 07:00.
[{{clock2}}] Rescue ({{first2}}): Copy, hut. Names and a contact?
[{{clock3}}] Hut ({{first}}): Leader is {{name}}, mobile {{phone}}. Second is {{name2}}. Route via the north ridge.
[{{clock4}}] Rescue ({{first2}}): Mobile goes to voicemail. Emergency contact on the booking?
[{{clock5}}] Hut ({{first}}): {{name3}}, {{phone2}}. Reservation {{ticket}}.
[{{clock6}}] Rescue ({{first2}}): Thanks. Helicopter on standby, we'll call you at 21:00, incident {{ticket2}}."""),
    ("en", """\
Call transcript – thatching yard (after the storm)

Yard ({{first}}): {{company}} Thatching, good morning.
Caller: Hello, the wind has pulled the netting off our ridge and there's straw all over the garden.
Yard ({{first}}): Is water coming through inside?
Caller: A drip in the back bedroom. It's {{name}}, at {{street}}, {{townline}}.
Yard ({{first}}): We'll put a tarpaulin over it today and come back to repair the ridge. Best number?
Caller: {{phone}}. The insurer wants your report, claim reference {{ticket2}}.
Yard ({{first}}): Noted, job {{ticket}}."""),
    ("en", """\
Live chat – planetarium bookings

Visitor: Hi, can we hire the dome for a birthday party? Ten kids turning nine.
Agent ({{first}}): Hello! Yes, on Sunday mornings: a 30-minute show plus the party room for an hour.
Visitor: Great. This coming Sunday at 10?
Agent ({{first}}): That's free. Name for the booking and a mobile?
Visitor: {{name}}, {{phone}}.
Agent ({{first}}): And where should I send the invitation pack?
Visitor: {{email}}
Agent ({{first}}): Done, booking {{ticket}}. A deposit link follows in a few minutes."""),
    ("en", """\
Teams meeting – new racing sails (auto-generated captions, excerpt)

[00:02:10] {{name}}: So for the autumn series we're looking at a new jib and the asymmetric.
[00:02:24] {{name2}}: The jib we can do in a month. Can you send me the rig dimensions, I, J, P and E?
[00:02:37] {{name}}: Our bowman {{first3}} {{last3}} measured last week, he'll send them from {{email}}.
[00:02:51] {{name2}}: Perfect. The sail plan goes to the class measurer before we cut, quote {{invoice}}.
[00:03:05] {{name}}: And the old kite can go to the repair bench, order {{ticket}}."""),
    ("en", """\
Repair café – welcome desk (sign-in, from the volunteer's voice notes)

Volunteer: Hi, welcome! What have you brought today?
Visitor: A toaster that stopped heating and a jacket with a broken zip.
Volunteer: Toaster to the electrical table, the jacket to sewing. Can I take your name?
Visitor: {{name}}.
Volunteer: And an email or a phone, so we can tell you when your number's up?
Visitor: Text me on {{phone}}. Or {{email}}.
Volunteer: Great, you're tickets {{ticket}} and {{ticket2}}. Please sign the disclaimer: repairs are at your own risk."""),
    ("de", """\
Hütte – telefonische Reservierung (Notiz)

Hüttenwirt ({{first}}): Hütte, Grüß Gott.
Anrufer: Grüß Gott, haben Sie am Samstag noch Platz für drei Personen im Lager?
Hüttenwirt ({{first}}): Ja, drei Plätze sind frei. Auf welchen Namen?
Anrufer: {{name}}. Handy {{phone}}.
Hüttenwirt ({{first}}): Halbpension? Und sind Sie Mitglied im Alpenverein?
Anrufer: Ja und ja, Mitgliedsnummer {{account}}.
Hüttenwirt ({{first}}): Passt. Reservierung {{ticket}}. Bei Gewitter bitte rechtzeitig absagen."""),
    ("de", """\
WhatsApp – Repair Café Helferteam

[{{clock}}] {{first}}: Samstag brauchen wir noch jemanden für die Fahrradecke, wer kann?
[{{clock2}}] {{first2}}: Ich! Ich bringe meinen Montageständer mit
[{{clock3}}] {{first}}: Super. Die Kaffeemaschine von {{name}} ist fertig, bitte anrufen: {{phone}}
[{{clock4}}] {{name2}}: Ich bin neu im Team, meine Nummer: {{phone2}}, Mail {{email}}
[{{clock5}}] {{first}}: Willkommen! Die Haftungsfreistellung liegt am Empfang, Zettel {{ticket}}"""),
    ("fr", """\
Centre de plongée – appel téléphonique (réservation)

Accueil ({{first}}) : Centre de plongée, bonjour.
Client : Bonjour, je voudrais réserver deux plongées d'exploration dimanche, je suis Niveau 2.
Accueil ({{first}}) : Très bien. Votre nom et votre numéro de licence ?
Client : {{name}}, licence {{account}}.
Accueil ({{first}}) : Et un portable pour vous prévenir si la météo annule la sortie ?
Client : {{phone}}.
Accueil ({{first}}) : C'est noté, départ 8 h 45, réservation {{ticket}}. Pensez au certificat médical."""),
    ("fr", """\
WhatsApp – Club d'astronomie, soirée d'observation

[{{clock}}] {{first}} : Ciel dégagé ce soir, on ouvre la coupole à 22 h
[{{clock2}}] {{first2}} : Je viens avec le télescope de 300, quelqu'un peut m'ouvrir la barrière ?
[{{clock3}}] {{first}} : Le code du cadenas, c'est {{name}} qui l'a, appelle-le au {{phone}}
[{{clock4}}] {{name2}} : Nouvelle adhérente ici, mon mail : {{email}}
[{{clock5}}] {{first}} : Bienvenue ! Cotisation annuelle reçue, reçu {{invoice}}"""),
    ("es", """\
Taller de vidrio soplado – llamada de encargo

Taller ({{first}}): Taller de vidrio, buenas tardes.
Cliente: Hola, quería encargar doce copas sopladas a mano para una boda, con el borde azul.
Taller ({{first}}): Se puede. ¿Para qué fecha y a nombre de quién?
Cliente: Para finales del mes que viene. A nombre de {{name}}, teléfono {{phone}}.
Taller ({{first}}): Le envío el presupuesto por correo. ¿A qué dirección?
Cliente: {{email}}.
Taller ({{first}}): Perfecto, encargo {{ticket}}."""),
    ("it", """\
Chat WhatsApp – Gruppo campanari

[{{clock}}] {{first}}: Domenica suoniamo a distesa per la festa patronale, ritrovo alle 9:30 sotto il campanile
[{{clock2}}] {{first2}}: Ci sono. Le chiavi della cella campanaria chi le ha?
[{{clock3}}] {{first}}: Le ha {{name}}, il suo numero è {{phone}}
[{{clock4}}] {{name2}}: Posso portare mio figlio a imparare? Scrivetemi a {{email}}
[{{clock5}}] {{first}}: Certo, dai 14 anni in su e con l'imbragatura. Iscrizione {{ticket}}"""),
]

CODE = [
    ("en", """\
#!/usr/bin/env python3
# furnace_watch.py – glass furnace and annealer temperature alerts (hot shop)
import paho.mqtt.client as mqtt
from twilio.rest import Client

MQTT_HOST = "{{ip}}"
MQTT_USER = "{{username}}"
MQTT_PASS = "{{password}}"
TWILIO_AUTH_TOKEN = "{{token}}"
ALERT_TO = "{{e164}}"
FURNACE_MAX_C = 1180
ANNEALER_SOAK_C = 482
# controller firmware {{version}} · last calibration {{timestamp}} · {{short_sha}}"""),
    ("en", """\
# .env – hire fleet booking site (narrowboats)
APP_ENV=production
APP_URL=https://{{hostname}}
DATABASE_URL=mysql://{{username}}:{{password}}@{{ip}}:3306/fleet
STRIPE_SECRET={{stripe}}
SENDGRID_API_KEY={{token}}
CUSTOMER_PORTAL_TOKEN={{jwt}}
BASE_MANAGER_EMAIL={{email}}
RELEASE={{version}}
GIT_SHA={{sha}}"""),
    ("en", """\
# k8s/cert-portal.yaml – diver certification and boat booking API
apiVersion: v1
kind: ConfigMap
metadata:
  name: cert-portal-config
  namespace: dive-centre
data:
  AGENCY_ENDPOINT: "https://{{hostname}}/v2/certifications"
  BUILD: "{{version}}"
---
apiVersion: v1
kind: Secret
metadata:
  name: cert-portal
  namespace: dive-centre
type: Opaque
stringData:
  DATABASE_URL: "postgresql://{{username}}:{{password}}@{{ip}}:5432/divers"
  AGENCY_API_TOKEN: "{{token}}"
  BOAT_ROTA_WEBHOOK: "{{slack_hook}}"
  SHOP_MANAGER: "{{email}}"
# image {{digest}}"""),
    ("en", """\
# docker-compose.yml – parts inventory and project photos (restoration workshop)
services:
  inventory:
    image: ghcr.io/workshop/parts-inventory:{{version}}
    environment:
      DB_HOST: db
      DB_USER: {{username}}
      DB_PASSWORD: "{{password}}"
      MARKETPLACE_API_TOKEN: "{{token}}"
      PHOTO_BUCKET_KEY: "{{aws_key}}"
      PHOTO_BUCKET_SECRET: "{{aws_secret}}"
      WORKSHOP_EMAIL: {{email}}
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: "{{password}}"
# commit {{short_sha}} · deployed {{timestamp}}"""),
    ("en", """\
# .gitlab-ci.yml – guild peal records site (static build and upload)
stages: [build, deploy]
variables:
  SFTP_HOST: "{{ip}}"
  SFTP_USER: "{{username}}"
  SFTP_PASSWORD: "{{password}}"
  PEAL_DB_TOKEN: "{{gitlab}}"
  RECORDS_SECRETARY: "{{email}}"
build:
  stage: build
  script:
    - python build_peals.py --since 1950 --out public/
deploy:
  stage: deploy
  script:
    - lftp -u "$SFTP_USER,$SFTP_PASSWORD" "sftp://$SFTP_HOST" -e "mirror -R public/ /www; quit"
# pipeline template {{version}}"""),
    ("en", """\
# hut-sync.toml – reservations sync over the satellite link (runs when the modem is up)
[modem]
host = "{{ip}}"
user = "{{username}}"
password = "{{password}}"

[reservations]
api = "https://{{hostname}}/api/huts/reservations"
token = "{{token}}"
warden = "{{email}}"
warden_phone = "{{intl}}"

[weather]
bulletin_api_key = "{{gcp}}"

[meta]
version = "{{version}}"  # {{short_sha}}"""),
    ("en", """\
<?php
// wp-config.php – thatcher's website and quote request form
define( 'DB_NAME', 'thatch_site' );
define( 'DB_USER', '{{username}}' );
define( 'DB_PASSWORD', '{{password}}' );
define( 'DB_HOST', '{{ip}}' );
define( 'AUTH_KEY', '{{token}}' );
define( 'SECURE_AUTH_KEY', '{{token2}}' );
define( 'QUOTE_FORM_RECIPIENT', '{{email}}' );
define( 'MAPS_API_KEY', '{{gcp}}' );
$table_prefix = 'wp_';
// theme {{version}}, deployed {{timestamp}}"""),
    ("en", """\
; remote-telescope.ini – dome, mount and all-sky camera (public observatory)
[dome]
controller = {{ip}}
user = {{username}}
password = {{password}}

[allsky]
upload = sftp://{{hostname}}/allsky/latest.jpg
upload_user = {{username2}}
upload_password = {{password2}}

[alerts]
cloud_sensor_webhook = {{slack_hook}}
duty_astronomer = {{internal_email}}

[about]
driver_version = {{version}}"""),
    ("en", """\
#!/usr/bin/env bash
# push_cut_files.sh – nested sail panels from the design office to the cutting plotter PC
set -euo pipefail
PLOTTER_HOST={{ip}}
PLOTTER_USER={{username}}
install -m 600 /dev/null ~/.ssh/plotter_key
cat > ~/.ssh/plotter_key <<'EOF'
{{private_key}}
EOF
export AWS_ACCESS_KEY_ID={{aws_key}}
export AWS_SECRET_ACCESS_KEY={{aws_secret}}
aws s3 cp "s3://loft-designs/nests/{{ticket}}.plt" /tmp/cut.plt
scp -i ~/.ssh/plotter_key /tmp/cut.plt "$PLOTTER_USER@$PLOTTER_HOST:/queue/"
# sail {{serial}} · nest {{md5}} · questions to {{email}}"""),
    ("en", """\
{
  "project": "repair-cafe-signup",
  "firebase": {
    "apiKey": "{{gcp}}",
    "authDomain": "{{hostname}}",
    "projectId": "repair-cafe-signup"
  },
  "slack_webhook": "{{slack_hook}}",
  "smtp": {"host": "{{ip}}", "user": "{{username}}", "pass": "{{password}}"},
  "coordinator": "{{email}}",
  "build": "{{version}}",
  "commit": "{{sha}}"
}"""),
    ("de", """\
# application.properties – Werkstattplanung Oldtimer-Restaurierung
spring.datasource.url=jdbc:mariadb://{{ip}}:3306/werkstatt
spring.datasource.username={{username}}
spring.datasource.password={{password}}
teile.haendler.api-schluessel={{token}}
fotos.s3.access-key={{aws_key}}
fotos.s3.secret-key={{aws_secret}}
benachrichtigung.an={{email}}
app.version={{version}}"""),
    ("de", """\
# /etc/systemd/system/kuppel-steuerung.service – Planetarium, Kuppelsteuerung und Ticketabgleich
[Unit]
Description=Kuppelsteuerung und Ticketabgleich
After=network-online.target

[Service]
User=planetarium
Environment=TICKET_API=https://{{hostname}}/api/vorstellungen
Environment=TICKET_API_TOKEN={{token}}
Environment=PROJEKTOR_HOST={{ip}}
Environment=PROJEKTOR_PASSWORT={{password}}
Environment=BENACHRICHTIGUNG={{email}}
ExecStart=/opt/kuppel/bin/steuerung --profil abend --build {{version}}

[Install]
WantedBy=multi-user.target"""),
    ("fr", """\
# config.yml – application de devis, toitures en chaume et en roseau
app:
  nom: devis-chaume
  version: "{{version}}"
base_de_donnees:
  hote: {{ip}}
  utilisateur: {{username}}
  mot_de_passe: "{{password}}"
cartographie:
  cle: "{{gcp}}"
notifications:
  slack: "{{slack_hook}}"
  responsable: {{email}}
# commit {{sha}}"""),
    ("fr", """\
# brouillons_reservations.py – brouillons de réponse aux demandes de location de bateaux
import anthropic

client = anthropic.Anthropic(api_key="{{anthropic}}")
BOITE_RESERVATIONS = "{{email}}"
IMAP = {"hote": "{{hostname}}", "utilisateur": "{{username}}", "mot_de_passe": "{{password}}"}
MODELE = "Bonjour, merci pour votre demande de location au départ de notre base fluviale."
# version {{version}} · dernier lancement {{timestamp}}"""),
    ("es", """\
# .env – centro de buceo, reservas y fichas de buceadores
APP_URL=https://{{hostname}}
DB_HOST={{ip}}
DB_USUARIO={{username}}
DB_CLAVE={{password}}
PASARELA_PAGO_CLAVE={{stripe}}
WHATSAPP_TOKEN={{token}}
CORREO_RESERVAS={{email}}
VERSION={{version}}"""),
    ("it", """\
{
  "applicazione": "vetreria-ordini",
  "server": "https://{{hostname}}",
  "database": {"host": "{{ip}}", "utente": "{{username}}", "password": "{{password}}"},
  "github_token": "{{github}}",
  "openai_key": "{{openai}}",
  "responsabile": "{{email}}",
  "versione": "{{version}}",
  "commit": "{{short_sha}}"
}"""),
]

PROSE = [
    ("en", """\
Taster session registration – hot shop (participants must be 16 or over)

Participant: {{name}}
Date of birth: {{dob}}
Mobile: {{phone}} · Email: {{email}}
Emergency contact: {{name2}}, {{phone2}}
Session: Saturday 10:00, bench 2, gaffer {{first3}} {{last3}}
Safety briefing given: yes · cotton clothing and closed shoes checked
Voucher {{ticket}} · pieces ready after 48 h in the annealer · form v{{version}}"""),
    ("en", """\
Hirer record – skipper and crew (handover sheet)

Lead hirer: {{name}}
Home address: {{street}}, {{townline}}
Date of birth: {{dob}}
Mobile: {{phone}}
Customer no.: {{account}}
Second competent adult: {{name2}}
Boat: 62 ft, sleeps 6 · boat safety certificate {{serial}}
Damage deposit taken, ref {{invoice}} · booking {{ticket}} · handover {{date}}"""),
    ("en", """\
Diver registration – boat dive (kept at the shop for 12 months)

Diver: {{name}}
Date of birth: {{dob}}
Certification: Advanced Open Water, card no. {{serial}}, agency member no. {{account}}
Last logged dive: {{date}}
Medical statement signed: yes (no boxes ticked)
Emergency contact: {{name2}}, {{phone}}
Nitrox analysed by the diver: 32 % · cylinder {{serial2}}
Boat {{ticket}} · form {{uuid}}"""),
    ("en", """\
Restoration project record – customer file

Owner: {{name}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Customer account: {{account}}
Vehicle: 1963 roadster, chassis {{serial}}, engine {{serial2}}
Agreed scope: body-off restoration, original colour, concours standard
Stage payments: 6 · paid to date: 3 · last invoice {{invoice}}
Project {{ticket}} · opened {{date}}"""),
    ("en", """\
Guild membership – new ringer

Name: {{name}}
Date of birth: {{dob}} (junior member: parent or guardian consent required)
Parent/guardian: {{name2}}, {{phone}}, {{email}}
Tower: {{company}} parish church, ring of six
Learning since: {{date}} · teacher: {{first3}} {{last3}}
Teacher's safeguarding check: reference {{ticket}}
Subscription: junior, paid, receipt {{invoice}}"""),
    ("en", """\
Hut book – overnight guests (every guest fills in a line)

Name: {{name}}
Date of birth: {{dob}}
Home address: {{street}}, {{townline}}, {{country}}
Mobile: {{intl}}
Alpine club member no.: {{account}}
Tomorrow's route: over the glacier to the col, then the east ridge; back by 15:00
In an emergency inform: {{name2}}, {{phone}}
Bed 14 · reservation {{ticket}} · night of {{date}}"""),
    ("en", """\
Job sheet – rethatch, listed cottage

Client: {{name}}
Property: {{street}}, {{townline}}
Contact: {{phone}} · {{email}}
Conservation officer: {{name2}}, {{internal_email}}
Listed building consent: {{ticket}}, conditions 3 and 4 (ridge pattern, fire barrier)
Materials: 900 bundles of water reed, hazel spars, stainless wire
Scaffold from {{date}} · quote {{invoice}} · lead thatcher {{first3}} {{last3}}"""),
    ("en", """\
Volunteer record – planetarium presenter

Volunteer: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Mobile: {{phone}}
Booking system login: {{username}}
Trained on: dome projector, roof-terrace telescope, school shows
Training certificate {{serial}} · issued {{date}}
Volunteer id {{account}} · record {{uuid}}"""),
    ("en", """\
Sail order – customer record

Owner: {{name}}
Boat: 34 ft cruiser-racer, sail no. {{serial}} on the main
Berth: pontoon C, 14 · marina contact {{name2}}, {{phone2}}
Owner's phone: {{phone}} · email: {{email}}
Refund of the overpaid deposit to IBAN {{iban}}
Account {{account}} · order {{ticket}} · invoice {{invoice}} · VAT {{vat}}"""),
    ("en", """\
Repair log – item 27 (keep with the item)

Owner: {{name}}
Contact: {{phone}} / {{email}}
Item: food mixer, no power
Fixer: {{first2}} (electrical table)
Fault found: broken wire in the plug, replaced; PAT test passed, label {{serial}}
Owner present during the repair: yes · disclaimer signed
Ticket {{ticket}} · event {{date}} · logged by {{username}}"""),
    ("de", """\
Fahrzeugannahme – Oldtimer-Restaurierung

Eigentümer: {{name}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}} · E-Mail: {{email}}
Kundennummer: {{account}}
Fahrzeug: Coupé, Baujahr 1971, Fahrgestellnummer {{serial}}
Zustand bei Annahme: nicht fahrbereit, Unterboden stark korrodiert
Auftrag {{ticket}} · Angebot {{invoice}} · Annahme am {{date}}"""),
    ("de", """\
Reparaturzettel – Repair Café (bitte beim Gerät lassen)

Name: {{name}}
Telefon: {{phone}}
E-Mail: {{email}}
Gerät: Staubsauger, saugt nicht mehr
Reparateur/in: {{first2}} {{last2}}
Ergebnis: Filter getauscht, Schlauch geklebt, Sicherheitsprüfung bestanden (Prüfplakette {{serial}})
Haftungsausschluss unterschrieben: ja · Nummer {{ticket}} · Termin {{date}}"""),
    ("fr", """\
Fiche client – voilerie

Propriétaire : {{name}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}} · Courriel : {{email}}
Bateau : voilier de 9,50 m, ponton B, place 22
Travaux : génois neuf, reprise des coutures de la grand-voile, housse de bôme
Numéro client {{account}} · commande {{ticket}} · devis {{invoice}} · TVA {{vat}}"""),
    ("fr", """\
Inscription – stage d'initiation à l'astronomie (observatoire)

Participant : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Responsable légal (pour les mineurs) : {{name2}}, {{phone}}
Courriel : {{email}}
Stage : 3 nuits, coupole et télescope de 600 mm, hébergement au gîte de l'observatoire
Dossier {{ticket}} · facture {{invoice}} · le {{date}}"""),
    ("es", """\
Ficha de cliente – restauración de vehículos clásicos

Propietario: {{name}}
Domicilio: {{street}}, {{townline}}
Teléfono: {{phone}}
Correo: {{email}}
Vehículo: descapotable de 1966, número de bastidor {{serial}}
Trabajos: chapa y pintura completas, tapicería de cuero, revisión del motor
Cliente {{account}} · presupuesto {{invoice}} · expediente {{ticket}} · alta {{date}}"""),
    ("it", """\
Scheda di iscrizione – corso Open Water, centro immersioni

Allievo: {{name}}
Data di nascita: {{dob}}
Residenza: {{street}}, {{townline}}
Cellulare: {{phone}} · E-mail: {{email}}
Certificato medico sportivo: consegnato, valido fino al {{date}}
Contatto di emergenza: {{name2}}, {{phone2}}
Tessera n. {{account}} · corso {{ticket}} · ricevuta {{invoice}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
