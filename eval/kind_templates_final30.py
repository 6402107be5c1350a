"""FINAL30 templates of the generalisation corpus kinds (eval.kinds), for the `final30` split.

Written by a helper session that never ran the detection engine on them, never read its code, any
results or any split's misses: only the labelled texts themselves were generated and checked, by
filling every template with planted values (no engine involved). Never to be tuned on: the lead
scores them once (`python -m eval --split final30`). They imitate what staff and volunteers of sport
fencing clubs, violin makers and luthiers, gourmet mushroom farms, milliners and hat makers,
fireworks display companies, alpaca trekking farms, speciality coffee roasters, bonsai nurseries and
societies, picture framers and mobile wood-fired sauna hire paste into an LLM at work: a beginners'
foil course reply with a quoted header, a violin repair estimate with the maker's vCard, a head
grower's out-of-office reply, a milliner's fitting follow-up with a quoted reply, a bonfire-night
display proposal with a legal footer, an alpaca trek confirmation, a roastery's wholesale welcome, a
bonsai repotting workshop notice, a conservation framing quote, a sauna trailer hire confirmation; an
armoury invoice to a club's PO box with an IBAN, an insured violin parcel label in capitals, grow-kit
dispatches as CSV, a CN 23 customs declaration for a hat, a dangerous-goods transport document for
display fireworks, alpaca yarn and fleece parcels in SQL, a coffee delivery run in YAML, live bonsai
shipments in XML, an artwork collection and delivery docket, a sauna delivery site in JSON; a fencing
coaches' WhatsApp group, a cello drop-off at a workshop counter with a spelled-out number, a chef's
standing-order call to a mushroom farm, a milliner's Instagram DMs, a firing team's radio log on
display night, an alpaca trek booking call, a roastery's wholesale Teams meeting captions, a bonsai
society's WhatsApp group, a framing shop's counter call notes, a sauna hire website's live chat; a
tournament results ini, a violin workshop's Django settings with AWS keys, a grow-room climate
controller TOML, a millinery shop's .env, a firing-script upload with an SSH private key, an alpaca
farm's Kubernetes Secret, a roastery docker-compose with AWS and OpenAI keys, a bonsai irrigation
GitHub Actions workflow, a framing quote app's JSON with an Azure key, a sauna booking site's GitLab
CI job log; fencing member registrations, instrument intake records, a mushroom wholesale account
with an IBAN, a milliner's client record, a display crew member record, an alpaca trek waiver, a
coffee subscription account with a temporary password, bonsai society memberships, an artist's
consignment record with an IBAN and a sauna trailer hire agreement.
The German, French, Spanish and Italian ones are a Fechtclub trial session reply, a Kaffeerösterei
wholesale offer, a Bonsai-Gärtnerei delivery note, a Hutmanufaktur invoice with an IBAN, an
Alpakahof booking call, a mushroom farm team's WhatsApp group, a Rösterei application.yml, a
Saunaverleih .env, a Fechtverein membership application with an IBAN and a Bildereinrahmung order; a
milliner's quote, a pyrotechnician's out-of-office reply, a coffee roaster's delivery note, an alpaca
farm's parcel notice, a salle d'armes enrolment call, a mobile sauna chat, a champignonnière's YAML
config, a framing quote drafter with an Anthropic key, a firing crew member sheet and an alpaca walk
registration; a Spanish guitar repair estimate, fireworks delivery note, coffee order call, alpaca
farm .env and mushroom-growing course registration; an Italian bonsai course
confirmation, cello transport document after restoration, hat shop chat, violin workshop JSON and
sauna hire contract.

Checked against the docstrings (and, by word search, the templates) of every earlier module, dev,
heldout and final to final29: none of them has fencing clubs, luthiers or violin makers, mushroom
farms, milliners, fireworks or pyrotechnics, alpacas, coffee roasters, bonsai, picture framing or
saunas as a sector. Near earlier ones, and so other situations: luthiers beside final21's touring
orchestras (players and a tour, not repairs) and final22's piano tuners and organ builders (bowed and
plucked instruments: seams, soundposts, bow rehairs, rentals); mushroom farms beside final13's farms
and food processors and final16's aquaculture (grow rooms, spawn, restaurant standing orders, grow
kits); fencing beside final13's and final17's sports clubs and final22's chess, bridge and skating
clubs (an armoury, weapon control, poules, masks and the national federation's numbers); alpaca treks
beside final20's riding stables and final25's husky tours (walking alpacas on halters, a farm shop's
yarn and fleece); picture framers beside final25's stained-glass studio and final26's upholsterers
(mounts, mouldings, glazing, artists' consignments); sauna hire beside final27's
canal-boat hire and final19's car rental (a towed wood-fired sauna: delivery sites, firewood, deposits).
Ordinary text surrounds the values (amounts, head sizes, blade sizes and mask ratings, cue counts and
net explosive masses, UN numbers, humidity and CO2 set points, roast temperatures and doses, tree ages
and pot sizes, frame and mount sizes, trailer widths, HS codes, ticket, invoice, order and voucher
numbers, serials, tracking numbers, versions, hashes, UUIDs, digests, commit ids, VAT ids, hostnames,
companies) so that over-redaction is measured as well as recall.

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
Subject: RE: Beginners' foil course – kit and first session

Hi {{first2}},

Great that your daughter wants to start. The beginners' course is six Wednesday sessions, 18:00 to
19:30 in the sports hall (badminton court end). For the course we lend masks, jackets, plastrons,
gloves and foils from the club armoury; she only needs trainers with non-marking soles and tracksuit
bottoms. Juniors under 14 fence with a size 2 blade. The course fee is GBP 60, paid on the first
evening, and after the course she can join the club on a junior membership.

All the best,

{{first}} {{last}}
Club Secretary & Level 2 Coach
{{company}} Fencing Club – foil, épée, sabre
Club phone {{phone}} · Mobile {{intl}}
{{email}}

From: {{first2}} {{last2}} <{{email2}}>
Sent: {{timestamp}}
To: {{email}}
Subject: Beginners' foil course

Is there space on the next course for a 12-year-old? Our enquiry form ref is {{ticket}}."""),
    ("en", """\
Dear {{first2}},

Thank you for bringing in the violin. Under the lights the crack in the top runs about 4 cm from the
lower eye of the treble f-hole towards the saddle; it is clean and can be glued and cleated from the
inside, which means taking the top off. While it is open I would fit a new soundpost, dress the
fingerboard and cut a new bridge. The bow needs a full rehair and a new thumb leather. The estimate
{{invoice}} is attached; please allow four weeks.

BEGIN:VCARD
VERSION:3.0
N:{{last}};{{first}};;;
FN:{{first}} {{last}}
ORG:{{company}} Violins;Workshop
TITLE:Violin Maker & Restorer
TEL;TYPE=WORK,VOICE:{{phone}}
TEL;TYPE=CELL:{{e164}}
TEL;TYPE=FAX:{{local7}}
EMAIL;TYPE=INTERNET:{{email}}
NOTE:Intake {{ticket}} · instrument tag {{serial}}
END:VCARD"""),
    ("en", """\
Subject: Automatic reply: Standing order for next week

Thank you for your message. I am in the grow rooms and the lab all week (we are re-spawning the
oyster blocks) and only read email in the evening. Harvest and deliveries carry on as normal: lion's
mane and king oyster on Tuesdays, grey and pink oyster on Tuesdays and Fridays, shiitake when the
logs flush. Changes to a restaurant standing order must reach us by 12:00 the day before: please
ring the packing shed, not my mobile.

Best,
{{first}} {{last}}
Head Grower
{{company}} Mushrooms – gourmet mushrooms, grow kits, spawn
Packing shed {{phone}} · Mobile {{e164}}
{{email}}
Orders ref {{ticket}}"""),
    ("en", """\
Hi {{first2}},

Thank you for coming in for the fitting. Your head measures 56.5 cm, so the block we shaped the
sinamay on is slightly big; I will take it in with a grosgrain band rather than re-block it. The
navy percher with the silk flower is ready to trim: I finish the hand-rolled edge this week, and it
goes on a covered headband rather than a comb, as you asked. It travels in a hat box, collected or
posted insured. Order {{ticket}}, balance invoice {{invoice}}.

Best wishes,

{{first}} {{last}}
Milliner
{{company}} Millinery – bridal, race day and bespoke hats
Studio {{phone}} | Mobile {{intl}}
{{email}}

On {{timestamp}}, {{first2}} {{last2}} <{{email2}}> wrote:
> Could the flower sit a little further back, towards the left ear? My outfit is pale blue.
> And can you post it? The wedding is in three weeks."""),
    ("en", """\
Dear {{name}},

Thank you for the site visit on Tuesday. For the village bonfire night we propose a 12-minute display
fired electronically from the far end of the playing field, with a 100 m safety distance behind crowd
barriers and the bonfire lit at 19:00. Largest shell 75 mm, then cakes and single-shot comets, and a
low-noise finale because of the horses in the neighbouring paddock. Our crew of four arrives from
13:00 to rig; we carry public liability cover of GBP 10 million and send the risk assessment and site
plan a week before. Quote {{invoice}}, event {{ticket}}.

Yours sincerely,

{{first}} {{last}}
Display Manager
{{company}} Fireworks Ltd – professional displays
Office {{phone}} | Fax {{local7}} | Display day mobile {{e164}}
{{email}}

{{company}} Fireworks Ltd is licensed to store explosives; VAT {{vat}}.
This email is confidential. If you have received it in error, please delete it and let us know."""),
    ("en", """\
Hi {{first2}},

You are booked on Sunday's alpaca trek for two adults and two children (10:30, about 90 minutes
through the wood and back round the top field). Each pair walks an alpaca on a halter after a short
handling talk; children have to be 8 or over to lead one on their own. Wear boots, as it is muddy by
the gate, and please leave dogs at home. Afterwards there is time to feed the females and this year's
cria in the paddock. Booking {{ticket}}.

See you at the farm,

{{first}} {{last}}
{{company}} Alpaca Farm – treks, walks and fleece
Farm office: {{phone}}
Mobile (on the day): {{e164}}
{{email}}"""),
    ("en", """\
Dear {{first2}},

Welcome aboard as a wholesale customer. Your first order, 12 kg of the house espresso blend and 3 kg
of the seasonal filter, is roasted on Monday and leaves with Tuesday's courier; the beans need five
to seven days' rest before they taste right, so please rotate by roast date. Our trainer will come
to dial in your machine (18 g in, 36 g out, 28 to 30 seconds) and run a milk session for your
baristas. Your customer account is {{account}}; invoice {{invoice}} is on 30-day terms.

Kind regards,

{{first}} {{last}}
Wholesale Manager
{{company}} Coffee Roasters
Roastery {{phone}}
Direct {{ext}}
Mobile {{intl}}
{{email}}"""),
    ("en", """\
Hi all,

Spring repotting workshop this Saturday, 10:00 to 15:00 in the polytunnel. Bring your own tree if it
is due (deciduous trees before the buds open, pines a few weeks later) or buy a nursery tree on the
day. We provide akadama, pumice, lava rock, mesh and wire; please bring root hooks and scissors if you
have them. Places are limited to twelve, with tea and cake at lunch. Workshop {{ticket}}.

Happy growing,

{{first}} {{last}}
{{company}} Bonsai Nursery
Nursery {{phone}} · Polytunnel phone {{local7}}
{{email}}
VAT {{vat}}"""),
    ("en", """\
Dear {{name}},

Thank you for leaving the lithograph with us. As discussed: a conservation mount in 4-ply cotton
museum board, 75 mm borders with 10 mm extra at the bottom, the print hinged with Japanese tissue and
no adhesive on it. The frame in limed oak, 30 mm moulding, glazed with UV-filtering anti-reflective
acrylic, with a sealed backing and a dust cover. Ready in ten working days. Quote {{invoice}}, job
{{ticket}}.

Kind regards,

{{first}} {{last}}
Guild Commended Framer
{{company}} Framing & Gallery
Shop {{phone}} · Workshop {{ext}}
{{email}}"""),
    ("en", """\
Hi {{first2}},

Your wood-fired sauna trailer is booked from Friday to Monday. We deliver on Friday from 14:00 and
need a level, firm spot of 7 m by 3 m that a car and trailer can reach. The stove takes about 45
minutes to reach 80 °C on kiln-dried birch (two nets included, more at GBP 8 a net). Please read the
safety sheet: no alcohol in the sauna, children always supervised, and the fire out before you leave
it. The damage deposit of GBP 250 is returned after collection. Booking {{ticket}}.

Warmly,

{{first}} {{last}}
Bookings
{{company}} Sauna Hire – mobile wood-fired saunas
Desk {{ext}}
{{internal_email}}
Emergency line on hire weekends {{e164}}"""),
    ("de", """\
Betreff: Probetraining Florett für Ihren Sohn

Hallo {{first2}},

gern kann Ihr Sohn am Donnerstag zum Probetraining kommen: 17:30 bis 19:00 Uhr in der Sporthalle,
Eingang über den Schulhof. Maske, Jacke, Handschuh und Florett leihen wir aus der Waffenkammer des
Vereins; mitbringen sollte er Hallenschuhe mit heller Sohle, eine lange Sporthose und etwas zu
trinken. Nach drei Probestunden können Sie ihn mit dem Aufnahmeantrag anmelden. Anfrage {{ticket}}.

Sportliche Grüße

{{first}} {{last}}
Jugendwart und Fechttrainer (C-Lizenz)
{{company}} Fechtclub e.V. – Florett, Degen, Säbel
Geschäftsstelle {{phone}} · Mobil {{intl}}
{{email}}"""),
    ("de", """\
Sehr geehrte/r {{name}},

vielen Dank für das Gespräch in Ihrem Café. Wie besprochen bieten wir Ihnen unsere Espresso-
Hausmischung (Trommelröstung, 16 Minuten) zu EUR 21,40 je kg netto an, ab 10 kg pro Woche frei Haus.
Wir stellen eine Mühle leihweise, schulen Ihr Team an der Siebträgermaschine und kommen alle vier
Wochen zur Kalibrierung vorbei. Angebot {{invoice}}; die Kundennummer folgt mit der ersten Lieferung.

Mit freundlichen Grüßen

{{first}} {{last}}
Röstmeister / Vertrieb Gastronomie
{{company}} Kaffeerösterei
Tel. {{phone}} · Fax {{local7}} · Mobil {{e164}}
{{email}} · USt-IdNr. {{vat}}"""),
    ("fr", """\
Bonjour {{first2}},

Merci pour votre visite à l'atelier. Pour le mariage de votre fille, je vous propose un bibi en
sisal bleu nuit monté sur serre-tête, avec une fleur en soie façonnée à la main et une courte
voilette. Tour de tête : 57 cm. Le chapeau sera bloqué sur forme cette semaine ; deuxième essayage
le 12, puis remise dans une boîte à chapeau. Devis {{invoice}}, commande {{ticket}}, acompte de 40 %.

Bien cordialement,

{{first}} {{last}}
Modiste – chapeaux sur mesure
{{company}} Chapellerie
Atelier {{phone}} · Portable {{intl}}
{{email}}"""),
    ("fr", """\
Réponse automatique : feu d'artifice du 14 juillet

Bonjour, je suis en tir toute la semaine et je lis mes messages le soir. Pour la commune, la
déclaration du spectacle est déposée en préfecture ; le tir durera 15 minutes depuis la digue, avec
un périmètre de sécurité de 150 m et deux artificiers certifiés. Pour toute urgence le jour J,
appelez la ligne de l'équipe de tir. Dossier {{ticket}}.

{{first}} {{last}}
Artificier responsable (certificat F4-T2)
{{company}} Pyrotechnie
Bureau {{phone}} · Équipe de tir {{e164}} · Fax {{local7}}
{{email}}"""),
    ("es", """\
Hola, {{first2}}:

Ya he revisado su guitarra. La tapa tiene una grieta de 6 cm junto al puente, que se puede encolar y
reforzar con parches por dentro, y el puente empieza a levantarse, así que lo despego y lo vuelvo a
encolar. Además propongo un repaso de trastes, una cejuela nueva de hueso y ajustar la altura de las
cuerdas. Presupuesto {{invoice}}; plazo de tres semanas. Ficha de taller {{ticket}}.

Un saludo,

{{first}} {{last}}
Luthier
{{company}} Taller de Guitarras
Taller {{phone}} · Móvil {{e164}}
{{email}}"""),
    ("it", """\
Gentile {{name}},

le confermiamo l'iscrizione al corso di bonsai per principianti: quattro sabati mattina in serra,
dalle 9:30 alle 12:30. Il primo incontro è dedicato al rinvaso (akadama e pomice), poi potatura,
legatura con filo di alluminio e cure estive. Ogni partecipante riceve un ginepro da vivaio di circa
cinque anni. Iscrizione {{ticket}}, ricevuta {{invoice}}.

Cordiali saluti,

{{first}} {{last}}
{{company}} Vivaio Bonsai
Tel. {{phone}} · Cell. {{intl}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
INVOICE {{invoice}}

Deliver to:
{{company}} Fencing Club – armoury (attn. {{name}}, club armourer)
{{street}}
{{townline}}

Invoice to:
Club Treasurer
{{pobox}}
{{townline2}}

6 x foil blade, maraging, size 5                         GBP   534.00
4 x foil body wire, 2-pin                                GBP    72.00
10 x mask, 350N, junior, with bib                        GBP   690.00
Delivery (2 parcels, 14 kg)                              GBP    18.00
Total                                                    GBP 1,314.00

Payment within 30 days to IBAN {{iban}}, reference {{ticket}}."""),
    ("en", """\
FRAGILE – MUSICAL INSTRUMENT – THIS WAY UP – DO NOT DROP
INSURED PARCEL · SIGNATURE REQUIRED

TO:
{{name_uc}}
{{street_uc}}
{{townline_uc}}
{{country_uc}}
TEL {{phone}}

FROM:
{{company_uc}} VIOLINS
{{street2_uc}}
{{townline2_uc}}

CONTENTS: 1 VIOLIN 4/4 IN CASE, BRIDGE DOWN, STRINGS SLACKENED · DECLARED VALUE GBP 4,200
REPAIR {{ticket}} · TRACKING {{tracking}}"""),
    ("en", """\
order_no,customer,street,town_line,country,kit,qty,dispatched,tracking
{{invoice}},{{name}},{{street}},{{townline}},{{country}},pink oyster grow kit,1,yes,{{tracking}}
{{invoice2}},{{name2}},{{street2}},{{townline2}},{{country2}},lion's mane grow kit,2,yes,{{tracking2}}
{{invoice3}},{{name3}},{{street3}},{{townline3}},{{country3}},shiitake log (plug spawn),1,held (frost),
# mushroom farm web shop · live culture posted Mondays only · batch {{ticket}} · export {{uuid}}"""),
    ("en", """\
CUSTOMS DECLARATION CN 23

Sender:
{{company}} Millinery
{{street2}}
{{townline2}}
{{country2}}

Addressee:
{{name}}
{{street}}
{{townline}}
{{country}}
Tel. {{phone}}

Category of item: sale of goods
Detailed description: 1 lady's hat, sisal straw and silk flower, in hat box (1.3 kg gross)
HS tariff number: 6504.00 · Quantity: 1
Value: GBP 485.00 · invoice {{invoice}} · tracking {{tracking}}"""),
    ("en", """\
TRANSPORT DOCUMENT – DANGEROUS GOODS (ADR, small load exemption, below 333 kg NEM)

Consignor: {{company}} Fireworks Ltd, {{street2}}, {{townline2}}

Consignee / display site:
  {{name}} (event organiser)
  {{street}}
  {{townline}}
  Site contact on the day: {{phone}}

UN 0336 FIREWORKS, 1.4G        18 boxes    net explosive mass  96 kg
UN 0335 FIREWORKS, 1.3G         6 boxes    net explosive mass  41 kg
Total NEM 137 kg · two 2 kg extinguishers carried · driver holds ADR awareness training

Display {{ticket}} · delivery note {{invoice}} · load checked {{clock}}"""),
    ("en", """\
-- alpaca farm shop: yarn and fleece parcels to post (export)
INSERT INTO parcels (order_no, customer, street, town_line, country, items, weight_g, tracking) VALUES
  ('{{invoice}}', '{{name}}', '{{street}}', '{{townline}}', '{{country}}', '5 x 100 g DK yarn, fawn', 560, '{{tracking}}'),
  ('{{invoice2}}', '{{name2}}', '{{street2}}', '{{townline2}}', '{{country2}}', '1 raw fleece, grey, skirted', 2400, '{{tracking2}}');
-- shearing batch {{ticket}} · run {{uuid}}"""),
    ("en", """\
# wholesale delivery run – Thursday, van 1 (roastery to cafés)
run: {{ticket}}
driver: {{first}}
drops:
  - account: {{account}}
    cafe: "{{company}} Café"
    contact: "{{name}}"
    street: "{{street}}"
    town_line: "{{townline}}"
    phone: "{{phone}}"
    bags: "6 x 1 kg house espresso, 2 x 1 kg decaf"
    note: "back door, leave in the cool store"
  - account: {{account2}}
    cafe: "{{company2}} Bakery"
    contact: "{{name2}}"
    street: "{{street2}}"
    town_line: "{{townline2}}"
    bags: "3 x 1 kg seasonal filter"
route_id: {{uuid}}"""),
    ("en", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- bonsai nursery: live plant shipments, courier collection on Tuesday -->
<shipments collection="{{ticket}}">
  <shipment ref="{{invoice}}" service="next day, live plants, this way up">
    <recipient>
      <name>{{name}}</name>
      <street>{{street}}</street>
      <townLine>{{townline}}</townLine>
      <country>{{country}}</country>
      <phone>{{phone}}</phone>
    </recipient>
    <contents>1 x trident maple, 12 years, in training pot, 38 cm</contents>
    <tracking>{{tracking}}</tracking>
  </shipment>
  <shipment ref="{{invoice2}}" service="48 h">
    <recipient>
      <name>{{name2}}</name>
      <unit>{{unit}}</unit>
      <street>{{street2}}</street>
      <townLine>{{townline2}}</townLine>
    </recipient>
    <contents>2 x akadama 14 l, 1 x aluminium wire set</contents>
    <tracking>{{tracking2}}</tracking>
  </shipment>
</shipments>"""),
    ("en", """\
COLLECTION & DELIVERY DOCKET {{ticket}}

Collect from (artist):
  {{name}}
  {{street}}
  {{townline}}
  Mobile: {{phone}}

Deliver to (gallery, summer exhibition):
  {{company}} Gallery, attn. {{name2}}
  {{street2}}
  {{townline2}}

Items: 8 framed watercolours, 50 x 40 cm, oak, glazed (bubble wrap and corner protectors)
       2 unframed prints in a portfolio
Hang-ready with D-rings and security plates. Condition checked on collection. Invoice {{invoice}}."""),
    ("en", """\
{
  "hire": "{{ticket}}",
  "unit": "sauna trailer 2 (6-seat, wood-fired)",
  "hirer": {
    "name": "{{name}}",
    "phone": "{{phone}}",
    "email": "{{email}}"
  },
  "delivery_site": {
    "street": "{{street}}",
    "town_line": "{{townline}}",
    "country": "{{country}}",
    "notes": "gravel drive, gate 2.4 m wide, park on the lawn by the pond"
  },
  "delivery_window": "Fri 14:00-16:00",
  "collection_window": "Mon 10:00-12:00",
  "firewood_nets": 3,
  "deposit_gbp": 250,
  "invoice": "{{invoice}}"
}"""),
    ("de", """\
Lieferschein {{ticket}} – Bonsai-Gärtnerei

Empfänger:
{{name}}
{{street}}
{{townline}}

Ware: 1 Fächerahorn (Acer palmatum), ca. 15 Jahre, Höhe 42 cm, in Tonschale
      1 Sack Akadama 14 l · 1 Rolle Aluminiumdraht 2,5 mm
Lebende Pflanze – sofort auspacken, nicht in die pralle Sonne stellen
Versand per Spedition, Sendungsnummer {{tracking}} · Rechnung {{invoice}}
Rückfragen: {{company}} Bonsai, {{phone}}"""),
    ("de", """\
Rechnung {{invoice}}

{{company}} Hutmanufaktur
{{street2}}
{{townline2}}

An:
{{name}}
{{street}}
{{townline}}

Herrenhut aus Haarfilz, Kopfweite 58, Ripsband, handgeformt        EUR   340,00
Hutschachtel mit Prägung                                           EUR    28,00
Versand versichert                                                 EUR    12,90
Summe (inkl. 19 % MwSt.)                                           EUR   380,90

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf IBAN {{iban}}, Verwendungszweck {{ticket}}."""),
    ("fr", """\
Bon de livraison {{ticket}} – Torréfaction

Livré à :
{{company}} Café-Librairie
à l'attention de {{name}}
{{street}}
{{townline}}

Mélange espresso maison, en grains, 6 sacs de 1 kg (torréfié lundi)
Café filtre de saison, en grains, 2 sacs de 1 kg
Décaféiné, moulu pour filtre, 1 sac de 500 g
Livraison par nos soins jeudi avant 10 h · client n° {{account}} · facture {{invoice}}"""),
    ("fr", """\
Avis d'expédition – ferme des alpagas

Destinataire :
{{name}}
{{street}}
{{townline}}
{{country}}

Colis : 1 toison brute (gris clair, 2,1 kg), 4 pelotes de laine de 100 g, écru
Transporteur : suivi {{tracking}} · commande {{invoice}}
Expéditeur : {{company}} Alpagas, {{street2}}, {{townline2}} · Tél. {{phone}}"""),
    ("es", """\
Albarán de entrega {{ticket}} – pirotecnia

Expedidor: {{company}} Pirotecnia
{{street2}}
{{townline2}}

Destinatario (lugar del espectáculo):
{{name}}
{{street}}
{{townline}}
Contacto el día del disparo: {{phone}}

Material: 14 cajas de artificios de categoría F4 (UN 0335, 1.3G), 220 kg brutos
Entrega el viernes antes de las 12:00 · factura {{invoice}}"""),
    ("it", """\
Documento di trasporto n. {{ticket}}

Mittente: {{company}} Liuteria
{{street2}}
{{townline2}}

Destinatario:
{{name}}
{{street}}
{{townline}}

Merce: 1 violoncello 4/4 in custodia rigida, dopo restauro (incollatura fessure, nuova anima, ponticello)
Colli: 1 · peso 9 kg · valore assicurato EUR 12.000
Causale: reso da riparazione · fattura {{invoice}}"""),
]

DIALOGUE = [
    ("en", """\
WhatsApp – Fencing club coaches

[{{clock}}] {{first}}: Reminder, regional épée open on Saturday: check-in 08:00, poules from 09:00, weapon control at the armoury table
[{{clock2}}] {{first2}}: Three of our juniors are entered. {{name}}'s mask failed the punch test last week, has she got a new one?
[{{clock3}}] {{first}}: Her dad ordered one, invoice {{invoice}}, should arrive Friday
[{{clock4}}] {{first3}} {{last3}}: If not she can borrow the club's 350N mask. I'll ring her mum on {{phone}}
[{{clock5}}] {{name2}}: I'm refereeing the junior poules, can someone bring the spare spools and body wires?
[{{clock6}}] {{first}}: Will do. Entry list ref {{ticket}}"""),
    ("en", """\
Workshop counter – instrument drop-off (dictated notes)

Luthier ({{first}}): Good morning, what have we got here?
Customer: It's my son's cello, a three-quarter. The seam on the back has opened and it buzzes on the C string.
Luthier ({{first}}): Let me see... yes, the lower bout seam is open about 10 cm, and the fingerboard is lifting at the end. Both are glue jobs, hide glue, nothing serious.
Customer: How long will it take?
Luthier ({{first}}): About a week. What name shall I put on the ticket?
Customer: {{name}}.
Luthier ({{first}}): And a phone number?
Customer: {{spelled}}.
Luthier ({{first}}): Thanks. Intake {{ticket}}; he can borrow one of our rental cellos, serial {{serial}}, in the meantime."""),
    ("en", """\
Phone order – restaurant standing order (farm office call notes)

Farm ({{first}}): {{company}} Mushrooms, {{first}} speaking.
Caller: Hi, it's the head chef at {{company2}} Kitchen. Can I change tomorrow's drop?
Farm ({{first}}): Sure. You're down for 3 kg oyster mix and 1 kg lion's mane.
Caller: Make it 5 kg oyster and 2 kg lion's mane, we've got a wedding on Saturday. And some shiitake if you have any.
Farm ({{first}}): The shiitake flush is small this week, I can do 1 kg. Whose name shall I put it under?
Caller: {{name}}. If the van's late, call my mobile, {{phone}}.
Farm ({{first}}): Done. Amended order {{ticket}}, on Friday's invoice {{invoice}}."""),
    ("en", """\
Instagram DMs – studio account (exported)

{{clock}}  customer: Hi! I love the navy percher from your last post. Could you make one in emerald for a wedding on the 28th?
{{clock2}}  studio: Hi! Yes, if we do the fitting next week. Emerald sinamay with a silk flower works beautifully. Do you know your head size?
{{clock3}}  customer: No idea haha. About 56?
{{clock4}}  studio: We'll measure at the fitting. Can I take your name and number for the booking?
{{clock5}}  customer: {{name}}, {{phone}}
{{clock6}}  studio: Thank you! Tuesday 15:30 with {{first2}}, booking {{ticket}}. The deposit link follows by email."""),
    ("en", """\
Display night – firing team and event control radio log (channel 3)

{{clock}}  Control ({{first}}): Firing point, control. Bonfire lit, crowd behind the barriers, wind 8 mph from the west.
{{clock2}}  Firing ({{first2}} {{last2}}): Control, firing. All modules armed, continuity checked, 48 cues green.
{{clock3}}  Control ({{first}}): Steward reports a child under the barrier at the north end, {{name}}, now back with her father.
{{clock4}}  Firing ({{first2}} {{last2}}): Holding until you confirm clear.
{{clock5}}  Control ({{first}}): Clear. Fire when ready.
{{clock6}}  Firing ({{first2}} {{last2}}): Display complete, 11 min 40 s. Cue 27 failed to fire, field closed until searched at first light. Incident {{ticket}}; landowner called on {{phone}}."""),
    ("en", """\
Alpaca farm – booking line (call notes)

Farm: {{company}} Alpacas, {{first}} here.
Caller: Hello, my wife called yesterday about a trek for her mother's 70th birthday. Did she leave a message?
Farm: She did, I have it here: {{name}}, five people, Saturday afternoon. Is that right?
Caller: Yes. Her mother walks with a stick, is the route all right?
Farm: We'd do the short meadow walk, 45 minutes, all on the flat. I'll need a number for the day.
Caller: Mine is {{phone}}, or my wife's, {{phone2}}.
Farm: Lovely. Booking {{ticket}}, and I'll email the voucher to {{email}}."""),
    ("en", """\
Teams meeting – wholesale accounts weekly (automatic captions)

{{first}} {{last}}  {{clock}}
First one, the café on the high street. Their grinder burrs are worn, the shots are running in fifteen seconds.
{{first2}} {{last2}}  {{clock2}}
I spoke to the owner, {{name}}, on Monday. She wants a grinder on loan until the new burrs arrive.
{{first}} {{last}}  {{clock3}}
We've got the spare in the roastery, serial {{serial}}. Can someone take it out on Thursday?
{{first2}} {{last2}}  {{clock4}}
I'll take it on the delivery run and text her first, her number is {{phone}}. Service ticket {{ticket}}."""),
    ("en", """\
WhatsApp – Bonsai society

[{{clock}}] {{first}}: Show set-up is Friday 18:00 in the garden centre hall, tables and black cloths are in the van
[{{clock2}}] {{first2}}: I can bring the juniper and the hornbeam forest. Has anyone heard from {{name}} about the display stands?
[{{clock3}}] {{first}}: He called me this morning, the stands are in his garage. His number is {{phone}}
[{{clock4}}] {{first3}} {{last3}}: I'll collect them Thursday. Entry form ref {{ticket}} for the judging
[{{clock5}}] {{name2}}: Raffle prize this year is a trident maple from the nursery, voucher {{serial}}
[{{clock6}}] {{first}}: Perfect. Everyone please label trees with species and years in training"""),
    ("en", """\
Call notes – framing shop, front counter

{{clock}}  {{name}} called about her late father's medals (six, with ribbons) and a photograph of him in uniform. Wants them framed together in a deep box frame.
{{clock2}}  Quoted a 45 x 35 cm shadow box in black ash with a linen-covered backing, medals stitched on, not glued. GBP 185.
{{clock3}}  She will drop them in on Saturday. Her number: {{phone}}. Email for the layout proof: {{email}}.
{{clock4}}  Note for {{first2}}: the ribbons are frayed, ask her before trimming anything. Job {{ticket}}."""),
    ("en", """\
Live chat – sauna hire website

Visitor: Hi, is the big sauna trailer free for the last weekend of the month?
Agent ({{first}}): Hi! Let me check... yes, Friday to Monday is free. How many people?
Visitor: Eight, it's for my partner's 40th. We're staying at a holiday cottage, is that okay?
Agent ({{first}}): Usually fine if the owner agrees and there's a flat spot. What's the address?
Visitor: {{street}}, {{townline}}
Agent ({{first}}): Thanks. And your name and mobile?
Visitor: {{name}}, {{phone}}
Agent ({{first}}): Great, provisional booking {{ticket}}. I'll send the safety sheet and the deposit link shortly."""),
    ("de", """\
Telefonnotiz – Alpakawanderung (Hofladen)

Hof: {{company}} Alpakahof, {{first}} am Apparat.
Anrufer: Guten Tag, wir möchten eine Alpakawanderung zum Kindergeburtstag unserer Tochter buchen, acht Kinder.
Hof: Gern. Ab sechs Jahren dürfen die Kinder zu zweit ein Tier führen. Samstag um 14 Uhr?
Anrufer: Passt. Auf den Namen {{name}}.
Hof: Und eine Handynummer, falls es regnet?
Anrufer: {{phone}}.
Hof: Danke, Buchung {{ticket}}. Bitte feste Schuhe, und Hunde bleiben zu Hause."""),
    ("de", """\
WhatsApp – Team Pilzzucht

[{{clock}}] {{first}}: Raum 2 hat heute früh 94 % Luftfeuchte, die Kräuterseitlinge fruchten, Ernte ab 10 Uhr
[{{clock2}}] {{first2}}: Bei den Austernpilz-Blöcken in Raum 1 ist Grünschimmel, 12 Stück aussortiert
[{{clock3}}] {{first}}: Danke. Kann jemand {{name}} anrufen? Er wollte 4 kg für den Markt, Nummer {{phone}}
[{{clock4}}] {{first3}} {{last3}}: Mach ich. Lieferschein für den Bioladen ist {{invoice}}
[{{clock5}}] {{first2}}: Neue Körnerbrut kommt Donnerstag, Charge {{serial}}"""),
    ("fr", """\
Appel – salle d'armes (notes de l'accueil)

Accueil : {{company}} Escrime, bonjour.
Appelante : Bonjour, je voudrais inscrire mon fils au sabre, il a dix ans. C'est possible en cours d'année ?
Accueil : Oui, il reste de la place le mercredi à 17 h. Le matériel est prêté la première saison. Quel est son nom ?
Appelante : {{name}}.
Accueil : Et votre numéro de portable ?
Appelante : {{phone}}. Vous pouvez aussi m'écrire à {{email}}.
Accueil : C'est noté, dossier {{ticket}}. Il faudra un certificat médical pour la licence."""),
    ("fr", """\
Chat – location de sauna mobile

[{{clock}}] {{first}} : Bonjour ! La remorque sauna est livrée samedi à 10 h, c'est bon pour vous ?
[{{clock2}}] {{name}} : Parfait. Le chemin est étroit, la remorque passe en 2,20 m ?
[{{clock3}}] {{first}} : Oui, elle fait 2,10 m. Vous serez là à la livraison ?
[{{clock4}}] {{name}} : Mon voisin {{name2}} ouvrira le portail, son numéro : {{phone}}
[{{clock5}}] {{first}} : Merci. Réservation {{ticket}}, caution de 300 € par empreinte bancaire"""),
    ("es", """\
Llamada – pedido de café (tostadero, notas)

Tostadero: {{company}} Café, buenos días, le atiende {{first}}.
Cliente: Hola, llamo de la cafetería de la plaza. Necesitamos adelantar el pedido, nos hemos quedado sin espresso.
Tostadero: Sin problema. ¿Los 8 kg de siempre?
Cliente: Diez, por favor, y dos de descafeinado. Soy {{name}}.
Tostadero: ¿Un móvil para el repartidor?
Cliente: El {{phone}}.
Tostadero: Perfecto, pedido {{ticket}}, sale hoy a las 16:00."""),
    ("it", """\
Chat – cappelleria e modisteria

[{{clock}}] {{first}}: Buongiorno! Il cappello in feltro per la signora {{name}} è pronto per la prova
[{{clock2}}] {{first2}}: La chiamo io. Il numero è ancora {{phone}}?
[{{clock3}}] {{first}}: Sì. Circonferenza 55, nastro in gros-grain bordeaux
[{{clock4}}] {{first3}} {{last3}}: Ricordate la scatola regalo, ordine {{ticket}}
[{{clock5}}] {{first2}}: Fatto, appuntamento giovedì alle 11"""),
]

CODE = [
    ("en", """\
; results.ini – fencing club tournament software: results publishing and referee tablets
[database]
host = {{ip}}
port = 5432
name = tournaments
user = {{username}}
password = {{password}}

[publish]
url = https://{{hostname}}/results/junior-epee
api_token = {{token}}
notify = {{email}}

[tablets]
pairing_pin_hash = {{sha256}}
firmware = {{version}}"""),
    ("en", """\
# settings/production.py – violin workshop: repairs, rentals and instrument photos
DEBUG = False
ALLOWED_HOSTS = ["{{hostname}}"]
SECRET_KEY = "{{token}}"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "{{ip}}",
        "NAME": "workshop",
        "USER": "{{username}}",
        "PASSWORD": "{{password}}",
    },
}
AWS_ACCESS_KEY_ID = "{{aws_key}}"
AWS_SECRET_ACCESS_KEY = "{{aws_secret}}"
AWS_STORAGE_BUCKET_NAME = "instrument-photos"
DEFAULT_FROM_EMAIL = "{{email}}"
RENTAL_FLEET_EXPORT = "{{uuid}}"
# release {{version}} ({{short_sha}})"""),
    ("en", """\
# growroom.toml – mushroom farm climate controller (fruiting rooms 1-4)
[mqtt]
broker = "{{ip}}"
port = 8883
username = "{{username}}"
password = "{{password}}"

[rooms]
target_rh = 92
target_co2_ppm = 800
fresh_air_cycle_min = 15

[cloud]
api_token = "{{token}}"
alert_sms = "{{e164}}"
alert_email = "{{email}}"

[build]
firmware = "{{version}}"
commit = "{{sha}}"
# rooms 3 and 4 on the spare sensor board until the new probes arrive"""),
    ("en", """\
# .env – millinery web shop (made-to-order hats, fitting appointments)
APP_URL=https://{{hostname}}
DB_CONNECTION=mysql
DB_HOST={{ip}}
DB_DATABASE=hats
DB_USERNAME={{username}}
DB_PASSWORD={{password}}
STRIPE_SECRET={{stripe}}
CALENDAR_API_KEY={{gcp}}
INSTAGRAM_GRAPH_TOKEN={{token}}
MAIL_FROM_ADDRESS={{email}}
APP_VERSION={{version}}"""),
    ("en", """\
#!/usr/bin/env bash
# upload_cues.sh – pushes the firing script to the field modules' base station (fireworks display)
set -euo pipefail
BASE_HOST="{{ip}}"
BASE_USER="{{username}}"
SHOW_FILE="shows/bonfire-night.csv"   # 48 cues, 11:40 runtime, display {{ticket}}
KEY=/tmp/firing_key
cat > "$KEY" <<'EOF'
{{private_key}}
EOF
chmod 600 "$KEY"
sha256sum "$SHOW_FILE"   # expected {{sha256}}
scp -i "$KEY" "$SHOW_FILE" "$BASE_USER@$BASE_HOST:/firing/show.csv"
rm -f "$KEY"
# script {{version}} · {{short_sha}}"""),
    ("en", """\
# k8s/treks-secret.yaml – alpaca farm trek bookings and gift vouchers
apiVersion: v1
kind: Secret
metadata:
  name: trek-bookings
  namespace: farm
type: Opaque
stringData:
  POSTGRES_DSN: "postgresql://{{username}}:{{password}}@{{ip}}:5432/treks"
  STRIPE_API_KEY: "{{stripe}}"
  VOUCHER_SIGNING_KEY: "{{token}}"
  SMTP_PASSWORD: "{{password2}}"
  FARM_OFFICE_EMAIL: "{{email}}"
---
# image {{digest}} · release {{version}}"""),
    ("en", """\
# docker-compose.yml – roastery: roast profile logger and tasting-notes assistant
services:
  roastlog:
    image: ghcr.io/roastery/roastlog:{{version}}
    environment:
      PROBE_GATEWAY: "{{ip}}"
      DB_URL: "postgres://{{username}}:{{password}}@db:5432/roasts"
      BACKUP_AWS_ACCESS_KEY_ID: "{{aws_key}}"
      BACKUP_AWS_SECRET_ACCESS_KEY: "{{aws_secret}}"
  notes:
    image: ghcr.io/roastery/cupping-notes:{{version2}}
    environment:
      OPENAI_API_KEY: "{{openai}}"
      HEAD_ROASTER: "{{email}}"
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: "{{password2}}"
# profile: charge 205 °C, first crack 9:40, drop 218 °C · commit {{short_sha}}"""),
    ("en", """\
# .github/workflows/irrigation.yml – bonsai nursery: deploy the watering controller firmware
name: irrigation-deploy
on:
  push:
    tags: ["v*"]
env:
  CONTROLLER_HOST: "{{ip}}"
  CONTROLLER_USER: "{{username}}"
  CONTROLLER_PASSWORD: "{{password}}"
  WEATHER_API_KEY: "{{token}}"
  RELEASE_TOKEN: "{{github}}"
  ALERTS_TO: "{{email}}"
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && python build.py --zones 14
      - run: ./deploy.sh "$CONTROLLER_USER@$CONTROLLER_HOST"
# {{short_sha}} · firmware {{version}}"""),
    ("en", """\
{
  "app": "frame-quote",
  "pricing": {
    "moulding_per_m": 18.5,
    "museum_glass_per_m2": 240,
    "mount_board": "4-ply cotton"
  },
  "storage": {
    "account": "framingphotos",
    "access_key": "{{azure}}"
  },
  "database": {
    "host": "{{ip}}",
    "user": "{{username}}",
    "password": "{{password}}"
  },
  "workshop_email": "{{email}}",
  "build": "{{version}}",
  "export_id": "{{uuid}}"
}"""),
    ("en", """\
Running with gitlab-runner {{version}} on shared-runner-3 (sauna hire booking site, stage: deploy)
Checking out {{short_sha}} as detached HEAD
$ export DATABASE_URL="mysql://{{username}}:{{password}}@{{ip}}:3306/saunahire"
$ export MAPS_API_KEY="{{gcp}}"
$ export STRIPE_KEY="{{stripe}}"
$ export DEPLOY_TOKEN="{{gitlab}}"
$ ./scripts/migrate.sh
Applying migration 0042_add_firewood_nets ... OK
Applying migration 0043_delivery_site_notes ... OK
Notifying {{email}} ... sent
Uploading artifacts: dist.tar.gz {{sha256}}
Job succeeded"""),
    ("de", """\
# application.yml – Kaffeerösterei, Großkundenportal und Röstprotokolle
spring:
  datasource:
    url: jdbc:mariadb://{{ip}}:3306/roesterei
    username: {{username}}
    password: "{{password}}"
  mail:
    host: {{hostname}}
    username: {{email}}
    password: "{{password2}}"
shop:
  stripe-secret: "{{stripe}}"
  version: {{version}}
# Commit {{short_sha}}"""),
    ("de", """\
# .env – Saunaverleih (mobile Fass- und Anhängersaunen), Buchungen und Kaution
APP_URL=https://{{hostname}}
DB_HOST={{ip}}
DB_BENUTZER={{username}}
DB_PASSWORT={{password}}
PAYPAL_SECRET={{token}}
KARTEN_API_KEY={{gcp}}
BUCHUNGEN_AN={{email}}
NOTFALL_HANDY={{e164}}
VERSION={{version}}"""),
    ("fr", """\
# config.yaml – champignonnière : sondes des caves et commandes des restaurateurs
caves:
  passerelle: "{{ip}}"
  utilisateur: "{{username}}"
  mot_de_passe: "{{password}}"
  consigne_humidite: 90
commandes:
  cle_api: "{{token}}"
  paiement: "{{stripe}}"
alertes:
  email: "{{email}}"
  sms: "{{e164}}"
version: "{{version}}"
# dernier déploiement {{timestamp}} · {{short_sha}}"""),
    ("fr", """\
# devis_encadrement.py – rédige les devis de l'atelier d'encadrement
import anthropic

client = anthropic.Anthropic(api_key="{{anthropic}}")
BDD_HOTE = "{{ip}}"
BDD_UTILISATEUR = "{{username}}"
BDD_MOT_DE_PASSE = "{{password}}"
EXPEDITEUR = "{{email}}"
ENCADREUR = "{{first}} {{last}}"
PRIX_BAGUETTE_M = 22.0  # chêne, 30 mm
# version {{version}} · {{short_sha}}"""),
    ("es", """\
# .env – granja de alpacas: reservas de paseos y tienda de lana
DB_HOST={{ip}}
DB_USUARIO={{username}}
DB_CLAVE={{password}}
STRIPE_SECRET={{stripe}}
MAPAS_API_KEY={{gcp}}
RESERVAS_A={{email}}
VERSION={{version}}
COMMIT={{sha}}"""),
    ("it", """\
{
  "bottega": "liuteria – riparazioni e noleggio di strumenti ad arco",
  "db": {
    "host": "{{ip}}",
    "utente": "{{username}}",
    "password": "{{password}}"
  },
  "foto_strumenti": {
    "aws_access_key_id": "{{aws_key}}",
    "aws_secret_access_key": "{{aws_secret}}"
  },
  "email_bottega": "{{email}}",
  "versione": "{{version}}"
}"""),
]

PROSE = [
    ("en", """\
Fencing club – new member registration (secretary's file)

Name: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Mobile: {{phone}} · Email: {{email}}
Weapon: épée, left-handed · category: senior · joined {{date}}
National federation membership no.: {{account}}
Club booking system login: {{username}}
Kit on loan: jacket size 44, mask size M (armoury tag {{serial}})
Subs paid, receipt {{invoice}} · form {{ticket}}"""),
    ("en", """\
Instrument intake record – violin workshop

Owner: {{name}}
Address: {{street}}, {{townline}}, {{country}}
Phone: {{phone}} · Email: {{email}}
Instrument: violin 4/4, German trade instrument, c. 1900, label reads "copy of a Cremonese model"
Bow: nickel-mounted, octagonal stick, 59.5 g
Condition: open seam on the lower bass side, soundpost fallen, bridge warped
Insurance policy no.: {{account}} (insured value GBP 3,500)
Received {{date}} · intake {{ticket}} · estimate {{invoice}}"""),
    ("en", """\
Wholesale account application – mushroom farm

Business: {{company}} Bistro
Contact: {{name}}, head chef
Delivery address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Standing order: 3 kg mixed oyster, 1 kg lion's mane, Tuesdays and Fridays
Direct debit: account holder {{name2}}, IBAN {{iban}}
Credit limit GBP 400 · account {{account}} · approved {{date}} · VAT {{vat}}"""),
    ("en", """\
Client record – bespoke millinery (studio file)

Client: {{name}}
Date of birth: {{dob_words}} (birthday offer)
Address: {{street}}, {{townline}}
Mobile: {{phone}} · Email: {{email}}
Head size: 56.5 cm · prefers headbands to combs · no feathers (allergy), use silk
Previous orders: race-day percher {{invoice}}, felt cloche {{invoice2}}
Online account: {{username}}
Next fitting {{date}} · order {{ticket}}"""),
    ("en", """\
Display crew member record – fireworks company (kept by the display manager)

Name: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Mobile: {{phone}}
Emergency contact: {{name2}}, {{phone2}}
Training: firing system module 2 passed on {{date}}; manual firing: yes
Explosives certificate ref.: {{account}}
Displays this season: 14 · hi-vis size L · crew app login {{username}}
Record {{ticket}}"""),
    ("en", """\
Alpaca trek – participant waiver

Lead participant: {{name}}
Date of birth: {{dob_iso}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Children in the group: 2 (aged 9 and 11), guardian signs above
Medical or mobility needs: none declared
I understand that alpacas may kick and spit and that walkers follow the handler's instructions.
Signed {{date}} · booking {{ticket}} · voucher {{serial}}"""),
    ("en", """\
Coffee subscription – customer account (support view)

Customer: {{name}}
Delivery address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Plan: 2 x 250 g every 2 weeks, whole bean, filter roast
Login: {{username}} · temporary password {{password}} (set by support, customer to change it)
Customer no. {{account}} · last roast batch {{serial}} · complaint {{ticket}}
Refund for the parcel lost in transit: credit note {{invoice}}"""),
    ("en", """\
Bonsai society – membership record

Member: {{name}}
Date of birth: {{dob}} (for the junior and senior rates)
Address: {{street}}, {{townline}}
Phone: {{phone}}
Email: {{email}}
Member no.: {{account}} · joined {{date}}
Trees entered for the show: Chinese elm (18 years), black pine (25 years)
Annual fee paid, receipt {{invoice}} · newsletter by email"""),
    ("en", """\
Artist consignment record – framing shop gallery wall

Artist: {{name}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Works: 6 linocut prints, edition of 30, framed by us in white ash (job {{ticket}})
Commission: 35 % on sales · framing cost deducted from the first sale
Proceeds paid to account holder {{name2}}, IBAN {{iban}}
Agreement signed {{date}} · stock sheet {{invoice}}"""),
    ("en", """\
Sauna trailer hire agreement

Hirer: {{name}}
Date of birth: {{dob}} (hirer must be over 21)
Home address: {{street}}, {{townline}}
Delivery site (if different): {{street2}}, {{townline2}}
Mobile: {{phone}} · Email: {{email}}
Unit: 6-seat trailer sauna, stove serial {{serial}}
Hire from {{date}} for 3 nights · deposit GBP 250 by card
Customer no. {{account}} · agreement {{ticket}} · invoice {{invoice}}"""),
    ("de", """\
Aufnahmeantrag – Fechtverein

Name: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}} · E-Mail: {{email}}
Waffe: Degen · Abteilung: Jugend · Eintritt zum {{date}}
Fechterpass-Nr.: {{account}}
SEPA-Lastschrift vom Konto IBAN {{iban}}, Kontoinhaber/in {{name2}}
Mandatsreferenz {{ticket}}"""),
    ("de", """\
Rahmenauftrag – Bildereinrahmung

Kunde: {{name}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}}
Objekt: Radierung, 32 x 24 cm, Passepartout 8 cm, museumsgerecht montiert
Rahmen: Nussbaum massiv, 25 mm, entspiegeltes Museumsglas
Kundenkonto: {{account}} · Benutzername im Onlineportal: {{username}}
Auftrag {{ticket}} · Abholung ab {{date}} · Rechnung {{invoice}}"""),
    ("fr", """\
Fiche artificier – équipe de tir

Nom : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}}
Certificat de qualification F4-T2 niveau 2, n° {{account}}
Formation de recyclage du {{date}}
Identifiant de l'application de tir : {{username}}
Fiche {{ticket}}"""),
    ("fr", """\
Inscription – balade avec les alpagas

Participant : {{name}}
Né(e) le : {{dob}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}} · Courriel : {{email}}
Accompagnants : 3, dont 2 enfants de 8 et 10 ans
Balade de 1 h 30, départ à 10 h · réservation {{ticket}} · reçu {{invoice}}
Inscrit le {{date}}"""),
    ("es", """\
Inscripción – curso de cultivo de setas en casa

Alumno/a: {{name}}
Fecha de nacimiento: {{dob}}
Domicilio: {{street}}, {{townline}}
Teléfono: {{phone}} · Correo: {{email}}
Curso: seta de ostra sobre paja y posos de café, 2 sábados
Usuario del aula virtual: {{username}}
N.º de socio/a de la asociación micológica: {{account}}
Pago con tarjeta, recibo {{invoice}} · inscripción {{ticket}} · fecha {{date}}"""),
    ("it", """\
Contratto di noleggio – sauna mobile a legna

Cliente: {{name}}
Data di nascita: {{dob}}
Indirizzo: {{street}}, {{townline}}
Telefono: {{phone}} · E-mail: {{email}}
Luogo di consegna: {{street2}}, {{townline2}}
Periodo: dal {{date}} per 2 notti · legna inclusa: 3 sacchi
Cauzione EUR 300 · codice cliente {{account}} · contratto {{ticket}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
