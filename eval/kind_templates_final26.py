"""FINAL26 templates of the generalisation corpus kinds (eval.kinds), for the `final26` split.

Written by a helper session after the final24 and final25 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final26`). They imitate what staff and volunteers of ferry
ticket offices, lighthouse heritage trusts, farmhouse cheese makers, thatchers, upholsterers and
furniture restorers, pottery studios, public observatories and planetariums, Christmas tree farms,
borehole and water-well drillers and sheep-shearing contractors paste into an LLM at work: a sailing
change with the original message quoted below, a tower guide's welcome with the coordinator's vCard,
a Christmas wholesale offer to a delicatessen, a re-ridging quote for a listed cottage, an
upholsterer's out-of-office reply with an estimate, a wheel-throwing course confirmation, a clouded-out
observing evening, a corporate tree order, a borehole proposal with an Outlook header under it, a
shearing date; lost property posted back to a passenger, new members' CSV, a chilled cheese-club label
in capitals, a thatching invoice with an IBAN, a collection and delivery docket, fired pots shipped as
JSON, a telescope loan return label with a PO box, a delivery run in XML, water samples dispatched as
SQL, a wool consignment note; a ticket office call after a cancelled crossing, a tower guides'
WhatsApp group, a phone order of Christmas boxes, a thatcher and a loss adjuster on site, an Instagram
DM about an armchair, a kiln-room Slack channel, a school-visits meeting's captions, a tree delivery
booking, a drilling rig's calls to the office, a shearing round's text messages; a booking
platform's .env, a cottage-letting Kubernetes secret, a ripening-cave monitor script, an estimating
app's TOML, a workshop compose file with backup keys, a kiln controller's ini, an all-sky camera
uploader with AWS keys and an SSH key, a delivery-slot site's CI workflow, a water-level logger's
JSON, a shearing bookings database's grants; passenger assistance requests, volunteer registrations,
a trade account application with an IBAN, a thatching job sheet, an upholstery commission record, a
pottery course enrolment, a telescope loan agreement, a seasonal worker record with an IBAN, a
borehole completion record and a shearer's registration.
The German, French, Spanish and Italian ones are an island ferry booking confirmation, a cheese box
subscription, an upholsterer's collection slip, a Christmas tree delivery note, a well builder's
phone note, a pottery class WhatsApp group, a thatching estimator's .env, an observatory's booking
properties, a volunteer lighthouse guide's registration and a shearing order sheet; a lighthouse
guides' welcome, a thatcher's estimate, a chilled cheese delivery note, a ferry's lost property
return, an observatory booking call, an upholstery live chat, a pottery class booking config.php, a
borehole telemetry YAML, a Christmas tree seasonal worker's hiring sheet and a domestic borehole
declaration; a Spanish pottery workshop confirmation, wool delivery note, Christmas tree reservation
call, upholstery shop config.js and ferry assistance request; an Italian observing evening, a
lighthouse friends' membership card mailing, a shearing WhatsApp chat, a dairy shop's .env and a
reed-roof job sheet.

Checked against the earlier modules' docstrings and templates. Seven of the sectors this split's brief
proposed had been used and were replaced by new ones: beekeeping associations and honey packers
(final20's beekeeping co-operative: extraction room, swarm hotline, apiary registrations) by
sheep-shearing contractors; piano tuners and restorers (final22's piano tuners and organ builders) by
upholsterers and furniture restorers; escape-room venues (final22) by pottery studios; hot-air balloon
operators (final20 and final21) by public observatories and planetariums; sign-language interpreting
agencies (final17's translation and interpreting agencies: interpreter bookings, a video remote
interpreting platform, interpreter profiles) by Christmas tree farms; locksmiths and safe engineers
(final19's locksmiths and alarm installers, final6's locksmith quotes) by borehole and water-well
drillers; allotment societies (final22) by thatchers. Ferry ticket offices, lighthouse heritage trusts
and farmhouse cheese makers are new, as are the seven that replace the others. Near earlier ones, and
so other situations: the ferries beside final14's ports, shipping lines and seafarer records, final23's
cruise shore excursions and final24's harbour pilots (here a passenger and vehicle ferry's ticket
office: sailing changes, vehicle bookings, lost property, assistance requests); the lighthouse trust
beside final15's museums and galleries (volunteer tower guides, keepers' cottages let to holiday
guests, friends' memberships; final22 had a puzzle room named after a lighthouse and nothing more);
the cheese makers beside final13's farms and food processors (HACCP, dairy telemetry) and final17's
agricultural co-operatives (milk collection), so here a farm dairy's own sales (delicatessen
wholesale, cheese-club boxes, a ripening cave); the shearers beside the same farms (livestock
movement forms), so here a contractor's rounds, gangs and wool consignments; the Christmas trees beside
final18's forestry contractors and sawmills (here seasonal retail: delivery runs, pot-grown trees taken
back, seasonal staff); the borehole drillers beside final15's water utilities (here a private supply:
drilling, casing, test pumping, water samples); the thatchers beside final18's architecture practices
and final20's scaffolding firms and chimney sweeps (here reed and straw roofs, ridges, listed building
consent); the observatory beside final15's museums (observing evenings, school visits, telescope
loans); the pottery beside final23's adult language schools and final25's circus school classes
(kilns, firings, glazes).
Ordinary text surrounds the values (amounts, sailing times, deck and lane numbers, steps, cheese
weights and ages, roof areas and bundle counts, fabric lengths, kiln cones and temperatures, telescope
apertures, tree sizes, depths and yields, head counts and bale weights; ticket, invoice, loan, job and
consignment numbers, serials, seals, tracking numbers, versions, hashes, UUIDs, VAT ids, hostnames,
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
Subject: RE: Booking {{ticket}} – change of sailing (car + 2 adults)

Dear {{first2}},

Thank you for your message. As the 07:40 sailing on Saturday has been withdrawn for the vessel's
annual dry-dock, we have moved your car and both passengers to the 10:15 departure at no charge. Your
vehicle is booked as under 5 m long and under 1.85 m high; if you fit a roof box, please let us know,
as it changes the fare band. The amended e-ticket and receipt {{invoice}} are attached. Check-in
closes 30 minutes before departure.

Kind regards,

{{first}} {{last}}
Ticket Office Supervisor, Harbour Terminal
{{company}} Ferries
Ticket office {{phone}} · Direct {{intl}}

-----Original Message-----
From: {{email2}}
Sent: {{timestamp}}
To: {{internal_email}}
Subject: Booking {{ticket}} – change of sailing

Hello, we've been told our Saturday crossing may not run. Can you move us to the next one?"""),
    ("en", """\
Hi {{first2}},

Thanks for signing up as a tower guide for the summer season. Tours run every half hour from 10:30 to
16:00; groups are capped at 12 because of the spiral stair (112 steps), and the lantern gallery only
takes six at a time. Please do the fire and evacuation briefing before your first shift: the next one
is on Wednesday at 18:00 in the keepers' cottage. My contact card is below.

Best wishes,
{{first}}

BEGIN:VCARD
VERSION:3.0
N:{{last}};{{first}};;;
FN:{{first}} {{last}}
ORG:{{company}} Lighthouse Heritage Trust;Volunteers
TITLE:Volunteer & Visitor Experience Coordinator
TEL;TYPE=WORK,VOICE:{{phone}}
TEL;TYPE=CELL:{{e164}}
EMAIL;TYPE=INTERNET:{{email}}
ADR;TYPE=WORK:;;{{street}};{{city}};;;{{country}}
NOTE:Tower rota {{ticket}}
REV:{{timestamp}}
END:VCARD"""),
    ("en", """\
Subject: Christmas wholesale – clothbound truckles and the washed-rind rounds

Hello {{first2}},

Good news: the autumn make has come through well. We can offer you 8 clothbound truckles (about 2.2 kg
each, 14 months) and 30 of the small washed-rind rounds for the Christmas counter, delivered chilled
on our own van in the week before. Prices as last year; the pro-forma is {{invoice}}. Batch codes and
our dairy approval number will be on the labels as usual, and the raw-milk warning on each round.

Warm regards,

{{first}} {{last}}
Cheesemaker & Partner
{{company}} Farmhouse Dairy
Dairy {{phone}} · Mobile {{e164}}
{{email}} · VAT {{vat}}"""),
    ("en", """\
Dear {{name}},

Thank you for showing me round the cottage on Tuesday. The main coat of long straw is good for another
ten to twelve years, but the ridge is worn through in three places and birds have lifted the netting
along the rear slope. I recommend a new block-cut ridge in combed wheat reed with new liggers and
spars, and re-netting the whole roof. As the cottage is listed, the ridge pattern must match the
existing one; with your permission I will send photos to the conservation officer.

Quote {{invoice}}: GBP 6,850 + VAT, no scaffold needed (we work from ladders and roof hooks). Site
visit ref {{ticket}}.

Yours sincerely,

{{first}} {{last}}
Master Thatcher
{{company}} Thatching
Mobile {{intl}} · Yard {{phone}}
{{email}}"""),
    ("en", """\
Subject: Automatic reply: Wingback chair – estimate (job {{ticket}})

Thank you for your email. The workshop is closed for a week's holiday; I will reply when I am back at
the bench on Monday.

If you are writing about the wingback chair: the estimate is ready. Strip to the frame, re-glue the
back rail, new webbing and springs tied eight ways by hand, hair and calico stuffing, and your chosen
fabric (8.5 m, with a fire-retardant back-coating): GBP 1,120 labour and materials. Collection and
delivery within 20 miles are included.

Best wishes,

{{first}} {{last}}
Upholsterer (AMUSF)
{{company}} Upholstery & Restoration
Workshop {{phone}} · {{email}}"""),
    ("en", """\
Hi {{first2}},

You're booked onto the eight-week beginners' wheel-throwing course on Thursday evenings, 18:30 to
21:00. Clay, glazes and two firings are included; aprons are provided, but bring a towel, and short
nails help. The pieces you want to keep are bisque-fired in week 5 and glaze-fired after the last
session, so collection is about two weeks after the course ends. Payment received, receipt
{{invoice}}.

See you at the wheel,
{{first}}
--
{{first}} {{last}}
Studio Manager & Tutor
{{company}} Pottery Studio
Studio {{local7}} · Mobile {{e164}}
{{internal_email}}"""),
    ("en", """\
Dear {{name}},

I'm sorry to say that Friday's public observing evening is cancelled: the forecast shows full cloud
cover from 19:00, and the dome cannot open in rain. Your four tickets (booking {{ticket}}) have been
moved to the next clear-sky date; if that does not suit you, reply and we will refund you in full
(order {{invoice}}). The planetarium show at 19:30 still goes ahead for anyone who would like to come
anyway.

Clear skies,

{{first}} {{last}}
Public Outreach Officer
{{company}} Observatory & Planetarium
Tel {{ext}} · {{email}}"""),
    ("en", """\
Subject: Order confirmed – 22 trees for your offices, delivery and January collection

Hello {{first2}},

Thank you for your order. We will deliver 20 Nordmann firs (6-7 ft) and 2 pot-grown Fraser firs
(4 ft) to your offices in the first week of December, each in a cast-iron stand with a water
reservoir, netted for carrying. We collect the cut trees for chipping in the second week of January;
the pot-grown ones go back to the field to be replanted. Order {{ticket}}; invoice {{invoice}} follows
on delivery.

Season's greetings,

{{first}} {{last}}
Corporate Sales
{{company}} Christmas Tree Farm
Farm office {{phone}} · Mobile {{e164}}
{{email}}"""),
    ("en", """\
Hi {{first2}},

Thanks for meeting me at the farm. From the geology map and the neighbouring well records I'd expect
water in the sandstone at 45 to 60 m. We would drill 200 mm to about 70 m, line it with 125 mm PVC
casing and screen, grout the top 6 m and test-pump for 24 hours before fitting the submersible pump.
You only need to tell the regulator if you take more than 20 m³ a day, which is unlikely for the
house and yard. Quote {{invoice}}, survey {{ticket}}.

Regards,

{{first}} {{last}}
Hydrogeologist, Drilling & Pumps
{{company}} Water Well Drilling Ltd
Office {{phone}} · Rig mobile {{intl}}
{{email}}

From: {{name2}} <{{email2}}>
Sent: {{timestamp}}
To: {{first}} {{last}} <{{email}}>
Subject: Borehole for the farmhouse and yard"""),
    ("en", """\
Hi {{first2}},

Just confirming we'll be with you on the Tuesday after next for the ewes (about 640 head) and the
shearlings, weather permitting: the sheep must be dry and kept off feed from the night before. Two
shearers, a wool wrapper and a rouseabout; we'll need the shearing board swept and the catching pens
ready by 7. The rate is GBP 1.85 a head, wool packs on you. If it rains I'll ring you the evening
before.

Cheers,
{{first}}

{{first}} {{last}}
Shearing Contractor
{{company}} Shearing Co.
Mobile {{e164}} · {{email}}"""),
    ("de", """\
Betreff: Buchungsbestätigung Inselfähre – Fahrzeug und 3 Personen

Guten Tag {{name}},

vielen Dank für Ihre Buchung. Für die Überfahrt sind Ihr Pkw (bis 5 m Länge) sowie zwei Erwachsene
und ein Kind angemeldet. Bitte finden Sie sich spätestens 45 Minuten vor Abfahrt an der Vorstauspur
ein; die Bordkarten erhalten Sie am Schalter. Buchungsnummer {{ticket}}, Rechnung {{invoice}}.

Mit freundlichen Grüßen

{{first}} {{last}}
Fahrkartenschalter / Reservierung
{{company}} Reederei
Tel. {{phone}} · Mobil {{intl}}
{{email}} · USt-IdNr. {{vat}}"""),
    ("de", """\
Hallo {{first2}},

ab nächstem Monat bekommst du dein Käseabo wie besprochen alle vier Wochen: ein Stück Bergkäse
(12 Monate gereift), einen Weichkäse mit Rotschmiere und einen Frischkäse mit Kräutern, zusammen etwa
900 g, gekühlt im Styroporkarton. Versand immer dienstags, damit nichts übers Wochenende liegt.
Abo-Nummer {{ticket}}, erste Rechnung {{invoice}}.

Viele Grüße aus der Käserei
{{first}} {{last}}
Käsermeisterin
{{company}} Hofkäserei
Hofladen {{phone}} · Mobil {{e164}}
{{email}}"""),
    ("fr", """\
Bonjour {{first2}},

Merci pour votre inscription comme guide bénévole au phare pour la saison. Les visites ont lieu de
10 h à 18 h, par groupes de 15 personnes au plus (285 marches, pas d'accès à la lanterne par grand
vent). Une formation sécurité est prévue samedi à 9 h 30 dans l'ancienne maison des gardiens.
Planning {{ticket}}.

Bien cordialement,

{{first}} {{last}}
Chargée des bénévoles et des visites
{{company}} – Association pour la sauvegarde du phare
Tél. {{phone}} · {{email}}"""),
    ("fr", """\
Madame, Monsieur {{last2}},

Suite à notre visite, nous vous proposons la réfection complète du faîtage en argile et la reprise de
la couverture en roseau sur le versant nord (environ 60 m²), avec le remplacement des chevrons
abîmés. Le chantier durera environ trois semaines, hors intempéries. Devis {{invoice}}, visite
{{ticket}}.

Veuillez agréer nos salutations distinguées,

{{first}} {{last}}
Chaumier couvreur
{{company}} Chaumes
Atelier {{phone}} · Portable {{intl}}
{{email}} · TVA {{vat}}"""),
    ("es", """\
Hola {{first2}}:

Te confirmamos la plaza en el taller intensivo de torno del fin de semana (sábado y domingo, de 10:00
a 14:00). Incluye barro, esmaltes y dos cocciones; las piezas se recogen unas tres semanas después,
cuando salgan del horno. Trae ropa que se pueda manchar. Reserva {{ticket}}, recibo {{invoice}}.

Un abrazo,

{{first}} {{last}}
Ceramista y profesora
{{company}} Taller de Cerámica
Tel. {{phone}} · Móvil {{e164}}
{{email}}"""),
    ("it", """\
Gentile {{name}},

la serata osservativa di sabato è confermata: apertura della cupola alle 21:00, osservazione della
Luna e di Saturno al telescopio riflettore da 50 cm, poi una proiezione in planetario. In caso di
cielo coperto la serata sarà rinviata e riceverà una comunicazione entro le 17:00. Prenotazione
{{ticket}} per 3 persone, ricevuta {{invoice}}.

Cordiali saluti,

{{first}} {{last}}
Responsabile divulgazione
{{company}} Osservatorio Astronomico
Tel. {{phone}} · Cell. {{intl}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
LOST PROPERTY – RETURN BY POST (found on board, vehicle deck 3)

Ship to:
  {{name}}
  {{street}}
  {{townline}}
  {{country}}
Item: child's rucksack (blue); inside: tablet, charger, reading book
Found on the 16:30 sailing · lost-property ref {{ticket}}
Postage paid by the passenger, receipt {{invoice}} · tracked {{tracking}}"""),
    ("en", """\
member_no,member,street,town_line,country,tier,gift_aid,welcome_pack
{{account}},{{name}},{{street}},{{townline}},{{country}},Family,yes,posted
{{account2}},{{name2}},{{street2}},{{townline2}},{{country2}},Keeper (life),no,posted
# Friends of the lighthouse – new members this month · export {{uuid}} · mailing batch {{ticket}}"""),
    ("en", """\
KEEP REFRIGERATED 0-5 °C · PERISHABLE · NEXT-DAY DELIVERY

{{name_uc}}
{{street_uc}}
{{townline_uc}}

Contents: cheese club box (3 farmhouse cheeses, 950 g), 2 ice packs
From: {{company}} Farmhouse Dairy, dispatch room
Tracking {{tracking}} · box {{ticket}}"""),
    ("en", """\
INVOICE {{invoice}}

To:
{{name}}
{{street}}
{{townline}}

Re-ridging, block-cut pattern in combed wheat reed, 14 m        GBP 4,900.00
Re-netting whole roof (galvanised wire, 20 mm mesh)             GBP 1,150.00
Spars, liggers and sways                                         GBP   800.00
Subtotal                                                          GBP 6,850.00
VAT 20%                                                           GBP 1,370.00
Total                                                             GBP 8,220.00

Payment within 14 days to {{company}} Thatching, IBAN {{iban}}, reference {{ticket}}."""),
    ("en", """\
COLLECTION & DELIVERY DOCKET – job {{ticket}}

Collect from:   {{name}}
                {{street}}
                {{townline}}
                Tel. {{phone}}
Items:          1 wingback chair, 2 dining chairs (drop-in seats), 1 footstool
Deliver to:     {{name2}} (new address after the move)
                {{street2}}
                {{townline2}}
Van {{serial}} · estimate {{invoice}} · blanket-wrapped, do not stack"""),
    ("en", """\
{
  "shipment": "{{ticket}}",
  "contents": "glaze-fired pieces from the summer course: 2 bowls, 1 jug, 3 mugs",
  "fragile": true,
  "recipient": {
    "name": "{{name}}",
    "street": "{{street}}",
    "town_line": "{{townline}}",
    "country": "{{country}}",
    "phone": "{{phone}}"
  },
  "packed_by": "studio technician",
  "carrier_ref": "{{tracking}}",
  "order_id": "{{uuid}}"
}"""),
    ("en", """\
TELESCOPE LOAN SCHEME – RETURN LABEL

From (borrower):
{{name}}
{{street}}
{{townline}}

Return to:
Loan Scheme Coordinator
{{company}} Astronomical Society
{{pobox}}
{{townline2}}

Contents: 130 mm Dobsonian reflector, eyepiece case (25 mm, 10 mm), red torch, star atlas
Telescope serial {{serial}} · loan {{ticket}} · courier {{tracking}}"""),
    ("en", """\
<?xml version="1.0" encoding="UTF-8"?>
<deliveryRun date="{{date}}" van="3" crew="seasonal">
  <drop seq="1" order="{{ticket}}">
    <customer>{{name}}</customer>
    <street>{{street}}</street>
    <townLine>{{townline}}</townLine>
    <phone>{{phone}}</phone>
    <item>Nordmann fir 7-8 ft, stand, netted</item>
  </drop>
  <drop seq="2" order="{{ticket2}}">
    <customer>{{name2}}</customer>
    <street>{{street2}}</street>
    <townLine>{{townline2}}</townLine>
    <phone>{{phone2}}</phone>
    <item>pot-grown Fraser fir 4 ft (taken back in January)</item>
  </drop>
</deliveryRun>"""),
    ("en", """\
-- water samples from new boreholes, sent to the accredited lab (chain of custody)
INSERT INTO sample_dispatch (sample_id, site_owner, street, town_line, depth_m, tests, courier_ref)
VALUES ('{{ticket}}', '{{name}}', '{{street}}', '{{townline}}', 68, 'coliforms, nitrate, iron, manganese', '{{tracking}}'),
       ('{{ticket2}}', '{{name2}}', '{{street2}}', '{{townline2}}', 54, 'coliforms, hardness, arsenic', '{{tracking2}}');
-- lab account {{invoice}}, batch {{uuid}}"""),
    ("en", """\
WOOL CONSIGNMENT NOTE

Producer:      {{name}}
Farm:          {{company}} Farm
Address:       {{street}}
               {{townline}}
Producer no.:  {{account}}
Bales: 9 (ewe fleece 7, shearling 2), about 1,260 kg
Sheared by: {{company2}} Shearing Co. on {{date}}
Collected by the haulier for the wool depot · consignment {{ticket}} · seal {{serial}}"""),
    ("de", """\
Abholschein Polsterei – Auftrag {{ticket}}

Abholung bei:
{{name}}
{{street}}
{{townline}}
Telefon: {{phone}}
Möbel: 1 Ohrensessel, 1 Chaiselongue (Biedermeier), Bezugsstoff vom Kunden (9 m)
Rücklieferung nach Fertigstellung, etwa sechs Wochen · Kostenvoranschlag {{invoice}}"""),
    ("de", """\
Lieferschein Weihnachtsbäume

Empfänger:
{{company}} – Empfang
z. Hd. {{name}}
{{street}}
{{townline}}
Inhalt: 6 Nordmanntannen 2,0-2,5 m mit Ständer, 1 Blaufichte im Topf (Rücknahme im Januar)
Lieferschein {{invoice}} · Bestellung {{ticket}}"""),
    ("fr", """\
BON DE LIVRAISON – colis réfrigéré, fromagerie fermière

Destinataire : {{name}}
{{street}}
{{townline}}
Tél. : {{phone}}
Contenu : 1 tomme fermière au lait cru (1,5 kg), 2 crottins affinés, 1 pot de faisselle
À conserver entre 2 et 6 °C · colis {{tracking}} · commande {{ticket}}"""),
    ("fr", """\
Service des objets trouvés – traversée du {{date}}

{{name}}
{{street}}
{{townline}}
{{country}}

Votre appareil photo, retrouvé dans le salon passagers du pont 5, vous est réexpédié en recommandé.
Les frais d'envoi ont été réglés.
Référence {{ticket}} · suivi {{tracking}}"""),
    ("es", """\
Albarán de entrega de lana – esquila de primavera

Ganadero: {{name}}
Dirección: {{street}}
{{townline}}
Explotación n.º {{account}}
Sacas: 14 (lana merina), peso aproximado 1.180 kg
Esquila: cuadrilla de {{company}}, {{date}}
Albarán {{invoice}} · precinto {{serial}}"""),
    ("it", """\
Associazione Amici del Faro – spedizione della tessera socio

{{name}}
{{street}}
{{townline}}

Gentile socio, in allegato la tessera per l'anno in corso, che dà diritto all'ingresso gratuito alla
torre e al museo dei fanalisti.
Tessera n. {{account}} · quota pagata, ricevuta {{invoice}}"""),
]

DIALOGUE = [
    ("en", """\
Ticket office – call recording, transcribed for quality and training

Agent: {{company}} Ferries ticket office, {{first}} speaking.
Caller: Hi, my crossing tomorrow morning was cancelled because of the weather, and I need to get across for an appointment.
Agent: I'm sorry. Can I take the booking reference?
Caller: It's {{ticket}}. The name's {{name}}.
Agent: Thank you. The afternoon sailing is running for now; I can move you and the car onto the 14:05. Is {{phone}} still the best number for sailing updates?
Caller: Yes. And can you email the new ticket to {{email}}?
Agent: Done. If the afternoon one is cancelled too, we'll text you before 11."""),
    ("en", """\
WhatsApp – Tower guides (summer rota)

[{{clock}}] {{first}}: Can anyone swap Sunday afternoon? I've got a family thing
[{{clock2}}] {{first2}}: I can do 1-4 if someone covers the shop till
[{{clock3}}] {{name}}: I'll do the shop. Lantern gallery is closed on Sunday anyway, wind forecast
[{{clock4}}] {{first}}: Thanks both! The coordinator is {{name2}} if anyone needs the door code, {{phone}}
[{{clock5}}] {{first2}}: Reminder: headcount sheet at the foot of the stair, max 12 up at once"""),
    ("en", """\
Farm shop – phone order for Christmas (notes typed during the call)

Shop ({{first}}): {{company}} Farmhouse Dairy, {{first}} here.
Customer: Hello, I'd like three of your Christmas boxes sent to family, please.
Shop ({{first}}): Of course: a clothbound, a blue and a washed-rind in each. Where does the first one go?
Customer: To my sister, {{name}}, {{street}}, {{townline}}.
Shop ({{first}}): And a phone number for the courier?
Customer: {{phone}}. The other two are on the form I emailed from {{email}}.
Shop ({{first}}): Got it. Dispatch on the 19th, order {{ticket}}, payment link to follow."""),
    ("en", """\
Site visit – voice memo, auto-transcribed

{{first}} (thatcher): It's the rear slope. You can see where the jackdaws have pulled the reed out round the chimney.
{{first2}} (loss adjuster): And the ridge?
{{first}} (thatcher): Worn, but that's age, not the storm. I'd put it on a separate quote.
{{first2}} (loss adjuster): Fine. The policyholder is {{name}}, claim {{ticket}}. Send the storm quote to {{email}}.
{{first}} (thatcher): Will do. If your office needs me, my mobile is {{phone}}."""),
    ("en", """\
Instagram DM – @{{username}}

{{first}}: Hi! Do you reupholster mid-century armchairs? Mine has a torn seat and the foam's gone.
Workshop: Hi {{first}}! Yes, we do. Can you send a photo of the frame and the underside?
{{first}}: [3 photos] I'm {{first}} {{last}}, probably easier by phone: {{phone}}
Workshop: Thanks. It looks like the original rubber webbing: we'd replace that and the foam, about 3 weeks. Email for the quote?
{{first}}: {{email}}
Workshop: Sent, quote {{invoice}}."""),
    ("en", """\
#kiln-room (Slack)

{{first}} {{last}}  {{clock}}
Bisque load is in kiln 2, cone 04, should be cool enough to unload Thursday lunchtime
{{first2}}  {{clock2}}
👍 glaze firing Friday then. Whose is the big jug with no name on the base?
{{first}} {{last}}  {{clock3}}
Thursday class, {{name}}. Her number's on the register: {{phone}}
{{first2}}  {{clock4}}
thanks. controller log for last night's firing: {{md5}}, peak 1002 °C, ticket {{ticket}}"""),
    ("en", """\
Teams meeting – school visits planning (transcript excerpt)

[00:02:10] {{name}}: Next term we have eleven school bookings, three of them for daytime solar viewing.
[00:02:24] {{name2}}: The primary school on Thursday wants the planetarium only, 58 pupils in two groups.
[00:02:37] {{name}}: Who's their contact?
[00:02:41] {{name2}}: A teacher, {{first3}} {{last3}}, on {{email}}. Booking {{ticket}}.
[00:03:02] {{name}}: Good. And the H-alpha telescope is back from its service, serial {{serial}}."""),
    ("en", """\
Delivery booking – call notes

Agent ({{first}}): Christmas tree farm, {{first}} speaking.
Customer: Hi, I ordered a 7-foot Nordmann online but no delivery slot is showing.
Agent ({{first}}): Let me look. Under what name?
Customer: {{name}}. The address is {{street}}, {{townline}}.
Agent ({{first}}): Found it, order {{ticket}}. Is Saturday morning between 9 and 12 all right?
Customer: Perfect. The driver can ring {{phone}} when they're close.
Agent ({{first}}): Noted. The stand and the netting are included."""),
    ("en", """\
Rig log – calls between the drilling rig and the office

[{{clock}}] Rig ({{first}}): Office, rig 2. We're at 52 m, water strike at 47, making about 2 litres a second.
[{{clock2}}] Office ({{first2}}): Good. The client wants a call before you case it: {{name}}, {{phone}}.
[{{clock3}}] Rig ({{first}}): Rang, no answer. Tried the landline too.
[{{clock4}}] Office ({{first2}}): Try the co-owner, {{name2}}, {{phone2}}. Job {{ticket}}.
[{{clock5}}] Rig ({{first}}): Spoke to them, go ahead to 70. Pump test tomorrow, logger {{serial}}."""),
    ("en", """\
SMS – shearing round, week 2

{{first}} (contractor): Rain's cleared, we can do your ewes tomorrow from 7 if they're dry
{{first2}}: Brilliant. They're in the shed tonight. 410 ewes, 120 hoggets
{{first}} (contractor): Ok. Bringing {{name}} as second shearer, first time on your place
{{first2}}: Fine. If you can't find the yard, ring my son, {{name2}}, {{phone}}
{{first}} (contractor): Will do. Invoice to {{email}} as usual? Ref {{invoice}}"""),
    ("de", """\
Brunnenbau – Telefonnotiz

Büro ({{first}}): {{company}} Brunnenbau, guten Tag.
Anrufer: Guten Tag, wir möchten einen Gartenbrunnen bohren lassen, etwa 20 Meter tief.
Büro ({{first}}): Gern. Haben Sie die Bohrung schon bei der Wasserbehörde angezeigt?
Anrufer: Noch nicht. Ich bin {{name}}, {{street}}, {{townline}}.
Büro ({{first}}): Eine Rückrufnummer für den Bohrmeister?
Anrufer: {{phone}}.
Büro ({{first}}): Er meldet sich diese Woche für einen Ortstermin. Vorgang {{ticket}}."""),
    ("de", """\
WhatsApp – Töpferkurs Mittwoch

[{{clock}}] {{first}}: Die Schalen vom letzten Mal sind aus dem Schrühbrand raus 🎉
[{{clock2}}] {{first2}}: Super! Kann ich meine erst nächste Woche glasieren? Bin Mittwoch krank
[{{clock3}}] {{name}}: Ich stell sie dir ins Regal. Kursleitung ist diesmal {{name2}}, Tel. {{phone}}
[{{clock4}}] {{first}}: Glasurbrand ist Freitag, Brennprotokoll {{ticket}}"""),
    ("fr", """\
Observatoire – réservation par téléphone

Accueil ({{first}}) : Observatoire, bonjour.
Appelant : Bonjour, je voudrais réserver la soirée d'observation de samedi pour deux adultes et un enfant.
Accueil ({{first}}) : Il reste de la place. À quel nom ?
Appelant : {{name}}. Mon portable : {{phone}}.
Accueil ({{first}}) : Et une adresse e-mail pour les billets ?
Appelant : {{email}}
Accueil ({{first}}) : C'est noté, réservation {{ticket}}. Prévoyez des vêtements chauds."""),
    ("fr", """\
Chat en ligne – atelier de tapisserie d'ameublement

Client : Bonjour, pouvez-vous refaire l'assise de deux chaises Louis-Philippe ? Le crin sort de partout.
Atelier ({{first}}) : Bonjour ! Oui, réfection traditionnelle en crin et sangles de jute. Vous êtes ?
Client : {{name}}, j'habite {{street}}, {{townline}}.
Atelier ({{first}}) : Merci. Nous pouvons passer les prendre jeudi. Un numéro ?
Client : {{phone}}
Atelier ({{first}}) : Parfait, le devis {{invoice}} vous est envoyé."""),
    ("es", """\
Vivero de árboles de Navidad – llamada de reserva

Empleada ({{first}}): Vivero, buenos días, le atiende {{first}}.
Cliente: Hola, quería reservar un abeto en maceta de metro y medio para recogerlo el sábado.
Empleada ({{first}}): Muy bien. ¿A nombre de quién?
Cliente: {{name}}. Mi móvil es el {{phone}}.
Empleada ({{first}}): Perfecto, reserva {{ticket}}. Si lo devuelve en enero, lo replantamos."""),
    ("it", """\
Chat WhatsApp – tosatura delle pecore

[{{clock}}] Tosatore ({{first}}): Buongiorno, martedì possiamo venire per la tosatura, se il tempo tiene
[{{clock2}}] Allevatore: Va bene, sono circa 300 pecore. Le teniamo al chiuso la sera prima
[{{clock3}}] Tosatore ({{first}}): Perfetto. Viene anche {{name}} come secondo tosatore
[{{clock4}}] Allevatore: Ok. Se non trovate la strada chiamate mio nipote, {{name2}}, al {{phone}}"""),
]

CODE = [
    ("en", """\
# .env – ticket office booking platform (sailings, vehicle deck allocation)
APP_URL=https://{{hostname}}
DATABASE_URL=postgresql://{{username}}:{{password}}@{{ip}}:5432/reservations
STRIPE_SECRET_KEY={{stripe}}
SMS_SAILING_ALERTS_TOKEN={{token}}
PORT_GATE_API_KEY={{token2}}
OPS_MAILBOX={{internal_email}}
RELEASE={{version}}
GIT_SHA={{sha}}"""),
    ("en", """\
# k8s/cottage-bookings-secret.yaml – holiday lets in the keepers' cottages
apiVersion: v1
kind: Secret
metadata:
  name: cottage-bookings
  namespace: trust-web
type: Opaque
stringData:
  MYSQL_USER: {{username}}
  MYSQL_PASSWORD: "{{password}}"
  PAYMENT_API_KEY: "{{stripe}}"
  MAPS_EMBED_KEY: "{{gcp}}"
  LANTERN_WEBCAM_URL: "rtsp://{{username2}}:{{password2}}@{{ip}}:554/lantern"
  BOOKINGS_CONTACT: "{{email}}"
# chart {{version}}, image {{digest}}"""),
    ("en", """\
#!/usr/bin/env python3
# cave_monitor.py – ripening cave humidity and temperature to the dairy's dashboard, alerts by Slack
import paho.mqtt.client as mqtt
import requests

BROKER = "{{ip}}"
MQTT_USER = "{{username}}"
MQTT_PASS = "{{password}}"
SLACK_WEBHOOK = "{{slack_hook}}"
SHOP_API_TOKEN = "{{token}}"
ON_CALL = "{{email}}"  # cheesemaker on call this week
CAVE_SENSORS = ["{{serial}}", "{{serial2}}"]
# firmware {{version}} · last calibration {{timestamp}}"""),
    ("en", """\
# estimator.toml – quoting app for thatching jobs (roof areas measured from aerial photos)
[app]
name = "thatch-estimator"
version = "{{version}}"
commit = "{{short_sha}}"

[database]
host = "{{ip}}"
user = "{{username}}"
password = "{{password}}"

[maps]
api_key = "{{gcp}}"

[mail]
from = "{{email}}"
smtp_password = "{{password2}}\""""),
    ("en", """\
# docker-compose.yml – workshop job tracker and fabric stock
services:
  tracker:
    image: ghcr.io/workshop/job-tracker:{{version}}
    environment:
      DB_HOST: {{ip}}
      DB_USER: {{username}}
      DB_PASSWORD: "{{password}}"
      FABRIC_SUPPLIER_API_KEY: "{{token}}"
      QUOTE_DRAFTING_KEY: "{{anthropic}}"
      WORKSHOP_EMAIL: {{email}}
  backups:
    image: restic/restic
    environment:
      AWS_ACCESS_KEY_ID: {{aws_key}}
      AWS_SECRET_ACCESS_KEY: "{{aws_secret}}"
# deployed {{timestamp}} · {{sha}}"""),
    ("en", """\
; kilnctl.ini – Wi-Fi kiln controller, studio kiln 2 (top-loader, 9 kW)
[device]
serial = {{serial}}
firmware = {{version}}

[mqtt]
host = {{ip}}
username = {{username}}
password = {{password}}

[cloud]
session = {{jwt}}
owner_email = {{email}}
firing_log_sha = {{sha256}}"""),
    ("en", """\
#!/usr/bin/env python3
# allsky_upload.py – push all-sky camera frames and the night's star trails to the public site
import boto3
import paramiko

s3 = boto3.client("s3", aws_access_key_id="{{aws_key}}", aws_secret_access_key="{{aws_secret}}")
BUCKET = "observatory-allsky"
DOME_PC = "{{ip}}"
DOME_USER = "{{username}}"
DOME_KEY = '''{{private_key}}'''
NOTIFY = "{{email}}"
# camera {{serial}}, script {{version}}, frames manifest {{sha256}}"""),
    ("en", """\
# .github/workflows/deploy.yml – delivery-slot booking site (December rush)
name: deploy-slots
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DEPLOY_HOST: {{ip}}
      DEPLOY_USER: {{username}}
      DEPLOY_PASSWORD: "{{password}}"
      GH_TOKEN: "{{github}}"
      ROUTE_PLANNER_KEY: "{{gcp}}"
      FARM_OFFICE: {{email}}
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh --release {{version}}"""),
    ("en", """\
{
  "logger": {"serial": "{{serial}}", "firmware": "{{version}}", "site": "{{ticket}}"},
  "channels": ["water_level_m", "pump_current_a", "conductivity_us_cm"],
  "upload": {
    "endpoint": "https://{{hostname}}/api/v2/readings",
    "bearer": "{{jwt}}",
    "azure_storage_key": "{{azure}}"
  },
  "alarm_sms": "{{e164}}",
  "owner_email": "{{email}}",
  "device_id": "{{uuid}}"
}"""),
    ("en", """\
-- shearing_rounds.sql – bookings database for the contracting season
CREATE USER '{{username}}'@'%' IDENTIFIED BY '{{password}}';
GRANT SELECT, INSERT, UPDATE ON rounds.* TO '{{username}}'@'%';
INSERT INTO bookings (booking_ref, farmer, phone, head_count, shed, rate_per_head)
VALUES ('{{ticket}}', '{{name}}', '{{phone}}', 640, 'main shed, 2 stands', 1.85);
-- migration {{version}}, applied on {{hostname}} at {{timestamp}} · {{short_sha}}"""),
    ("de", """\
# .env – Reetdachdeckerei, Angebote und Terminplanung
APP_URL=https://{{hostname}}
DB_HOST={{ip}}
DB_BENUTZER={{username}}
DB_PASSWORT={{password}}
KARTEN_API_SCHLUESSEL={{gcp}}
WETTER_API_TOKEN={{token}}
BUERO_MAIL={{email}}
VERSION={{version}}"""),
    ("de", """\
# application.properties – Sternwarte, Online-Buchung der Führungen
spring.datasource.url=jdbc:mariadb://{{ip}}:3306/fuehrungen
spring.datasource.username={{username}}
spring.datasource.password={{password}}
zahlung.api-schluessel={{stripe}}
wetter.token={{token}}
kontakt.vorstand={{email}}
app.version={{version}}
# Build {{short_sha}}"""),
    ("fr", """\
<?php
// config.php – réservation des cours de l'atelier de poterie
define('DB_HOST', '{{ip}}');
define('DB_USER', '{{username}}');
define('DB_PASS', '{{password}}');
define('STRIPE_SECRET', '{{stripe}}');
define('MAIL_ATELIER', '{{email}}');
define('VERSION', '{{version}}');
// commit {{sha}}"""),
    ("fr", """\
# telemetrie-forages.yml – suivi du niveau d'eau des forages clients
serveur:
  url: https://{{hostname}}/mesures
  jeton: "{{token}}"
base:
  hote: {{ip}}
  utilisateur: {{username}}
  mot_de_passe: "{{password}}"
alertes:
  sms: "{{e164}}"
  courriel: {{email}}
enregistreur: {{serial}}
version: "{{version}}\""""),
    ("es", """\
// config.js – tienda online de la tapicería (telas y presupuestos)
module.exports = {
  db: { host: "{{ip}}", user: "{{username}}", password: "{{password}}" },
  stripeSecret: "{{stripe}}",
  mailgunKey: "{{token}}",
  avisos: "{{email}}",
  version: "{{version}}",
  commit: "{{short_sha}}",
};"""),
    ("it", """\
# .env – caseificio, negozio online e spedizioni refrigerate
NEGOZIO_URL=https://{{hostname}}
DB_HOST={{ip}}
DB_UTENTE={{username}}
DB_PASSWORD={{password}}
CORRIERE_API_KEY={{token}}
PAGAMENTI_SECRET={{stripe}}
EMAIL_ORDINI={{email}}
VERSIONE={{version}}"""),
]

PROSE = [
    ("en", """\
Passenger assistance request – booking {{ticket}}

Passenger: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Mobile: {{phone}} · Email: {{email}}
Travelling with: {{name2}} (companion, travels free)
Assistance: wheelchair user; lift from vehicle deck 3 to the passenger lounge; no cabin needed
Vehicle: adapted car, under 2 m high, lane 1 at check-in
Form {{version}} · received {{timestamp}}"""),
    ("en", """\
Volunteer registration – Lighthouse Heritage Trust

Name: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Roles: tower guide, shop till, fog-signal demonstration days
Can climb 112 steps unaided: yes · working-at-height briefing: {{date}}
Emergency contact: {{name2}}, {{phone2}}
Volunteer no. {{account}} · registration {{ticket}}"""),
    ("en", """\
Trade account application – wholesale cheese

Business: {{company}} Delicatessen
Buyer: {{name}}, {{job}}
Delivery address: {{street}}, {{townline}}
Phone: {{phone}} · Orders email: {{email}}
Company VAT: {{vat}}
Bank account for direct debit: {{iban}}
Credit limit requested: GBP 2,500, 30 days
Chilled delivery window: Tue/Fri 07:00-10:00 · account {{account}} · approved by {{name2}}"""),
    ("en", """\
Thatching job sheet

Client: {{name}}
Property: {{street}}, {{townline}} (Grade II listed, listed building consent {{ticket}})
Phone: {{phone}}
Work: new block-cut ridge in combed wheat reed; re-net whole roof; patch rear slope round the chimney
Materials: 180 bundles of wheat reed, 2,000 hazel spars, 220 m of wire netting
Crew: {{name2}} (lead), apprentice {{first3}} {{last3}}
Start {{date}} · quote {{invoice}} accepted · sheet v{{version}}"""),
    ("en", """\
Commission record – upholstery

Client: {{name}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Piece: Victorian nursing chair, walnut show-wood, about 1870
Work: full traditional re-upholstery, stitched edge, horsehair; French polish touch-up
Fabric: client's own, 3.5 m; fire-safety interliner fitted (schedule 3 label)
Collected {{date}} · job {{ticket}} · deposit paid, receipt {{invoice}}"""),
    ("en", """\
Course enrolment – adult pottery

Student: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Course: beginners' wheel-throwing, Thursdays 18:30, 8 weeks
Health & safety: no known allergy to glaze materials; wears a dust mask when sanding
Photo consent: studio Instagram – no
Enrolment {{ticket}} · invoice {{invoice}} · locker 14"""),
    ("en", """\
Telescope loan agreement – members' scheme

Borrower: {{name}}
Membership no.: {{account}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Equipment: 130 mm Dobsonian, serial {{serial}}; eyepieces 25 mm and 10 mm; finder scope
Loan period: 4 weeks from {{date}}; deposit GBP 50, returned on safe return
Agreed by: {{name2}}, loan scheme coordinator · loan {{ticket}}"""),
    ("en", """\
Seasonal worker record – tree harvest and yard sales

Name: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Mobile: {{phone}} · Email: {{email}}
Bank account for wages: {{iban}}
Role: netting and loading, yard sales at weekends; chainsaw ticket: no
Start {{date}}, end of season 24 December · staff no. {{account}}
Emergency contact: {{name2}}, {{phone2}}"""),
    ("en", """\
Borehole completion record

Landowner: {{name}}
Site: {{street}}, {{townline}}
Contact: {{phone}} · {{email}}
Drilled: 200 mm to 68 m; water strikes at 47 m and 61 m; rest water level 18.4 m
Casing: 125 mm PVC to 68 m, screened 44-68 m; grouted 0-6 m
Yield on the 24-hour test: 1.9 l/s · pump serial {{serial}}
Driller: {{name2}} · job {{ticket}} · record form {{version}}"""),
    ("en", """\
Contract shearer registration – season

Shearer: {{name}}
Date of birth: {{dob}}
Home address: {{street}}, {{townline}}, {{country}}
Mobile: {{e164}}
Wool handling certificate: level 2 · machine shearing certificate: yes
Tally app login: {{username}}
Pay to: {{iban}}
Registration {{ticket}} · contractor ref {{account}}"""),
    ("de", """\
Anmeldung Ehrenamt – Leuchtturmführungen

Name: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}} · E-Mail: {{email}}
Einsatz: Turmführungen samstags, Museumskasse bei Bedarf
Schwindelfrei: ja · Sicherheitseinweisung am {{date}}
Notfallkontakt: {{name2}}, {{phone2}}
Mitgliedsnummer {{account}} · Vorgang {{ticket}}"""),
    ("de", """\
Auftragsblatt Schafschur

Betrieb: {{name}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}}
Tiere: 280 Mutterschafe, 60 Jährlinge, 4 Böcke
Termin: {{date}}, ab 7 Uhr, Schafe trocken und nüchtern
Scherer: {{name2}} und ein Helfer · 3,20 € je Tier
Auftrag {{ticket}} · Rechnung {{invoice}}"""),
    ("fr", """\
Fiche d'embauche – saisonnier, sapins de Noël

Nom : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}} · Courriel : {{email}}
Poste : coupe et filetage des sapins, vente sur le parking le week-end
RIB (IBAN) : {{iban}}
Début le {{date}} · contrat {{ticket}}"""),
    ("fr", """\
Déclaration de forage domestique – dossier client

Propriétaire : {{name}}
Adresse du forage : {{street}}, {{townline}}
Téléphone : {{phone}} · Courriel : {{email}}
Profondeur prévue : 40 m · usage : arrosage et sanitaires
Foreur : {{company}} Forages, chef de chantier {{name2}}
Dossier {{ticket}} · devis {{invoice}}"""),
    ("es", """\
Solicitud de asistencia a pasajeros con movilidad reducida – naviera

Pasajero: {{name}}
Fecha de nacimiento: {{dob}}
Dirección: {{street}}, {{townline}}
Teléfono: {{phone}} · Correo: {{email}}
Acompañante: {{name2}}
Asistencia: silla de ruedas, embarque por la rampa de vehículos
Reserva {{ticket}} · solicitud {{invoice}}"""),
    ("it", """\
Scheda intervento – copertura in canna palustre

Committente: {{name}}
Indirizzo: {{street}}, {{townline}}
Telefono: {{phone}} · Email: {{email}}
Lavori: rifacimento del colmo e ripasso della falda nord, circa 45 m²
Squadra: {{name2}} e un apprendista
Inizio lavori {{date}} · preventivo {{invoice}} · pratica {{ticket}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
