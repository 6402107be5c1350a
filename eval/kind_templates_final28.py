"""FINAL28 templates of the generalisation corpus kinds (eval.kinds), for the `final28` split.

Written by a helper session after the final26 and final27 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final28`). They imitate what staff and volunteers of
farriers and blacksmith forges, community orchards and cider presses, bookbinders and paper
conservators, saddlers and leatherworkers, wildlife rescue centres and hedgehog hospitals, window
cleaners and rope-access firms, florists, dry-stone wallers and hedge layers, orienteering clubs and
knife makers and sharpening services paste into an LLM at work: a shoeing-round reply with a quoted
header, a press coordinator's vCard, a paper conservator's out-of-office reply, a saddle-fitting
follow-up, an owl's release update, a rope-access glazing quote with a legal footer, a wedding
florist's proposal with a quoted reply, a field-wall rebuild quote, an event organiser's final details,
a knife commission with a vCard; a forged-gate delivery note, a cider shipping label in capitals, a
thesis binding collection slip to a PO box, a saddle repairs form with an IBAN, hedgehog release sites
in YAML, a window-cleaning round CSV, a funeral flowers delivery docket, a walling stone delivery
JSON, a map mailing in SQL, a postal sharpening order in XML; a lost-shoe call to a forge's answering
service, an orchard volunteers' WhatsApp group, a Teams meeting's captions about flood-damaged parish
records, a saddlery live chat, a casualty-line call about a swan, a façade cleaning radio log, a
florist's Slack channel, a waller's voicemail transcripts, an event control WhatsApp group about an
overdue competitor, a knife shop's engraving chat; a forge thermocouple alert script, a pressing-day
booking .env, a conservation studio's monitoring docker-compose with AWS keys, a saddle-fitting
Kubernetes Secret, a casualty database backup GitHub Actions workflow, a round planner TOML, a florist
shop's Django settings, a drone survey upload script with an SSH private key, a results uploader ini
with an OpenAI key, an engraving order JSON with a JWT and an Anthropic key; shoeing records,
tree-adoption forms, conservation intake records, rider profiles, wildlife casualty admissions,
rope-access technician records with an IBAN, flower subscription accounts with an IBAN, hedge-laying
course bookings, orienteering memberships with a login and proof-of-age checks for a knife sale.
The German, French, Spanish and Italian ones are a Hufbeschlag appointment, a Familienbibel
restoration estimate, a Mosterei delivery note, a Sattlerei invoice to a Postfach with an IBAN, an
Igelhilfe call, an orienteering club's WhatsApp group, a Mosterei shop's application.yml, an
Igel-Cam systemd unit, a Schmiedekurs registration with an IBAN and a Messerschleiferei order; a
pressing slot confirmation, a wedding florist's quote with a quoted reply, a bookbinding return slip,
a dry-stone wall invoice with an IBAN, a farrier call, a rope-access team's Teams thread, a bindery's
.env with an OpenAI key, a florist's Node.js config with an Azure key, a wildlife care centre's
admission sheet and an orienteering race entry; a Spanish wildlife recovery centre's reply, a florist's
delivery note, a cider-mill booking call, a window-cleaning routes docker-compose and a saddlery
customer record with an IBAN; an Italian knife-sharpening confirmation, a wrought-iron gate transport
document, a bindery's WhatsApp chat, a saddlery's GitLab CI file and a dry-stone walling course
registration with an IBAN.

Checked against the earlier modules' docstrings and templates. Seven of the sectors this split's brief
proposed had been used and were replaced by new ones: beekeepers and honey co-operatives (final20's
beekeeping co-operative, which final26 took as used already) by saddlers and leatherworkers;
lighthouse heritage trusts (final26) by wildlife rescue centres and hedgehog hospitals; hot-air
balloon flights (final20's and final21's balloon operators) by window cleaners and rope-access firms;
falconry centres (final24's falconry bird-control contractors) by florists; allotment societies
(final22) by dry-stone wallers and hedge layers; escape-room venues (final22) by orienteering clubs;
tree surgeons and arborists (final25) by knife makers and sharpening services. Kept from the brief, as
no earlier split had them as a sector: farriers and blacksmith forges, community orchards and cider
presses, bookbinders and paper conservators. Near earlier ones, and so other situations: farriers
beside final20's riding stables and livery yards, which mention a farrier's visit only (here the
farrier's own shoeing rounds and records, a forge's gates and courses); orchards and cider presses
beside final20's vineyards' cellar doors and final24's harvest crews and wine presses (community
pressing days, tree adoption, apple days, age-restricted cider parcels); bookbinders and paper
conservators beside final25's archive digitisation bureaus (bench conservation, rebinding, thesis
binding, flood-damaged records); wildlife rescue beside final21's zoos and public aquariums and its
dog groomers and boarding kennels (casualty lines, admissions, release sites); rope access beside
final20's scaffolding firms (façade descents from roof anchors, rounds of domestic window cleaning);
dry-stone walling beside final23's memorial masons (field walls, hedge laying, stone deliveries);
orienteering beside final25's rowing clubs (event control, SI cards, an overdue competitor). Florists
and knife makers have no near earlier sector (weddings, funerals and subscriptions; commissions,
engraving, postal sharpening and proof of age).
Ordinary text surrounds the values (amounts, weights, sizes, temperatures, wind speeds, tree rows,
course and class names, horse heights, charity and company numbers, ticket, invoice, order and permit
numbers, passport, saddle, SI card and certification serials, tracking numbers, versions, hashes,
UUIDs, VAT ids, hostnames, companies) so that over-redaction is measured as well as recall.

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
Subject: RE: Shoeing round – the grey mare's hind feet

Hi {{first2}},

Thanks for the photos. The near hind has a small crack at the toe, nothing deep; I'd put her in front
shoes with clips and leave the hinds bare for another cycle, then look again in six weeks. I'm at your
yard on the Thursday round anyway, between the two livery yards, so 10:30 is realistic. Please have her
caught in and the feet picked out; I can't shoe in the field if it's raining.

Cheers,

{{first}} {{last}} DipWCF
Registered Farrier
{{company}} Farriery & Forge
Forge {{phone}} · Mobile (texts best) {{intl}}
{{email}}

-----Original Message-----
From: {{first2}} {{last2}} <{{email2}}>
Sent: {{timestamp}}
To: {{email}}
Subject: Shoeing round

Could you fit us in on your next round? Horse passport no. on file, ref {{ticket}}."""),
    ("en", """\
Hello {{first2}},

You're booked on the community press for Saturday's second slot (11:00–13:00). Bring your apples
washed and sorted, no more than about 150 kg per slot, and your own clean containers: we have bag-in-box
for sale at the barn door. Windfalls are fine if you cut out the rot; the scratter jams on whole quinces.
My card below, in case the lane is blocked by the tractor again.

BEGIN:VCARD
VERSION:4.0
FN:{{first}} {{last}}
N:{{last}};{{first}};;;
ORG:{{company}} Community Orchard;Pressing Days
TITLE:Press Coordinator
TEL;TYPE=cell;VALUE=uri:tel:{{e164}}
TEL;TYPE=work:{{phone}}
EMAIL:{{email}}
NOTE:Pressing slot {{ticket}} · orchard map version {{version}}
END:VCARD"""),
    ("en", """\
Subject: Automatic reply: Conservation of the estate plans

Thank you for your email. I am in the studio on Mondays to Wednesdays only and am currently at the
record office for the condition survey, back on the 14th. The surface cleaning and humidification of
your rolled estate plans is scheduled for the week after; the two tears along the fold will be lined
with Japanese tissue and wheat-starch paste, and the plans flattened under felts for a fortnight.
Please quote our job number {{ticket}} in any reply.

With kind regards,

{{name}} ACR
Senior Paper Conservator
{{company}} Book & Paper Conservation
Studio {{phone}} · {{email}}"""),
    ("en", """\
Hi {{first2}},

Following yesterday's fitting: the tree width on your current saddle is one size too narrow for him now
he's muscled up behind the withers, which would explain the dry patches after long hacks. We can widen
it on the adjustable gullet and re-flock the panels for £95; the new half-pad you asked about we'd only
recommend after the re-flock. I'll be back in the area on the 22nd to check it under you.

Kind regards,
{{first}} {{last}}
Master Saddler & Qualified Saddle Fitter
{{company}} Saddlery
Workshop: {{phone}} | Direct: {{ext}} | Mobile: {{intl}}
{{email}} | Fitting ref {{ticket}}"""),
    ("en", """\
Dear {{first2}},

Good news about the tawny owl you brought in: the wing was bruised, not broken, and after three weeks
in the flight aviary she's flying and hunting live prey well. We plan a soft release at dusk on
Friday as close to where she was found as we safely can; you're very welcome to come along, just
ring the hotline on the day, as the release is weather dependent.

Thank you for rescuing her.

{{first}} {{last}}
Wildlife Rehabilitation Lead
{{company}} Wildlife Rescue & Hedgehog Hospital
24 h casualty line {{local7}} · Office {{phone}}
{{internal_email}} (staff) · {{email}} (public)
Casualty no. {{ticket}} · Registered charity no. 1180 442"""),
    ("en", """\
Hi {{first2}},

Please find our quote {{invoice}} for the annual clean of the atrium glazing and the north elevation:
two technicians on ropes for three days, descent lines rigged from the roof anchors (tested on the
4th, certificate attached), exclusion zone at ground level with banksmen. Water-fed poles will cover
the ground-floor curtain wall from the car park. Total GBP 4,860 + VAT.

Regards,

{{first}} {{last}}
Operations Manager · IRATA Level 3
{{company}} Rope Access & Window Cleaning
T {{phone}} · M {{intl}} · {{email}}

{{company}} is a company registered in England and Wales, registered no. 10 224 918, VAT {{vat}}.
This email and any attachments are confidential and intended solely for the addressee."""),
    ("en", """\
Hi {{first2}},

Lovely to meet you both in the shop. I've put together the flowers we talked about: the bridal bouquet
in white garden roses, sweet peas and trailing jasmine, four bridesmaids' posies, twelve buttonholes and
the arch over the ceremony table. We set up at the venue from 9:00 on the day and take the arch down
after the speeches so it can move to the dining room. The deposit secures the date.

Warmly,
{{first}}
{{first}} {{last}} · Wedding & Event Florist
{{company}} Flowers · {{phone}} · {{email}}

On {{timestamp}}, {{first2}} {{last2}} <{{email2}}> wrote:
> Could we keep the arch mostly green with a few white roses? Our budget is about £1,800, ref {{ticket}}."""),
    ("en", """\
Dear {{name2}},

Thank you for walking the boundary with me on Tuesday. The 60 metres of field wall along the lane is
beyond patching: I'd take it down to the footings, sort the stone, and rebuild it double-faced with
through-stones every metre and a cope of upright stones. Roughly two weeks for two of us, weather
permitting, and we'd need about eight tonnes of matching stone on top of what's there. Quote attached.

Best wishes,

{{name}}
Master Craftsman, Dry Stone Walling Association
{{company}} Walling & Hedgelaying
Tel. {{phone}} · Mob. {{intl}}
{{email}}
Quote {{invoice}}"""),
    ("en", """\
Hi all,

Final details for Sunday's event: parking in the farm field (£3 per car), registration opens at 9:30,
starts from 10:30 to 12:30 and courses close at 14:00. Please check you've got your SI card; hired
dips are at the enquiries tent. Planners' notes: the marsh on the Blue course is out of bounds, and
the road crossing on Green is marshalled. Officials, please sign in with me when you arrive.

Thanks,
{{first}} {{last}}
Organiser, {{company}} Orienteering Club
{{phone}} (on the day: {{e164}})
{{email}}

Sent from my phone. Event ref {{ticket}}"""),
    ("en", """\
Dear {{first2}},

Your chef's knife commission is confirmed: a 210 mm gyuto forged from a san-mai billet, stainless
cladding over a carbon core, hand-finished to a 15° edge, with a stabilised walnut burl handle and a
brass ferrule. Lead time is about ten weeks. We'll send photos at the grinding stage; engraving of the
blade spine is included. My details are below.

BEGIN:VCARD
VERSION:3.0
FN:{{name}}
ORG:{{company}} Knives
TITLE:Bladesmith
TEL;TYPE=WORK:{{phone}}
TEL;TYPE=CELL:{{intl}}
EMAIL:{{email}}
NOTE:Commission {{invoice}} · billet {{serial}}
END:VCARD"""),
    ("de", """\
Betreff: Termin Hufbeschlag – Wallach im Offenstall

Hallo {{first2}},

danke für deine Nachricht. Ich komme am Mittwoch gegen 8 Uhr auf meiner Tour vorbei. Vorne bekommt er
wie besprochen Eisen mit Seitenkappen, hinten schauen wir, ob Barhuf noch reicht. Bitte das Pferd
vorher von der Koppel holen und die Hufe auskratzen; bei Regen brauche ich einen trockenen Stand.

Viele Grüße

{{first}} {{last}}
Geprüfter Hufbeschlagschmied
{{company}} Hufbeschlag & Schmiede
Tel. {{phone}} · Mobil {{intl}}
{{email}}
Auftrag {{ticket}}"""),
    ("de", """\
Sehr geehrte Frau {{last2}},

anbei unser Kostenvoranschlag {{invoice}} für die Restaurierung Ihrer Familienbibel: Lösen des
Buchblocks, Reinigung und Schließen der Risse im Papier, Neuheften auf Bünde, Ergänzung des
fehlenden Leders am Rücken und Rekonstruktion der Schließen. Der Originaleinband bleibt erhalten.
Bearbeitungszeit etwa acht Wochen; die Abholung ist nach Terminvereinbarung möglich.

Mit freundlichen Grüßen

{{name}}
Buchbindermeisterin und Restauratorin
{{company}} Buchbinderei
Telefon {{phone}}
E-Mail {{email}}
USt-IdNr. {{vat}}"""),
    ("fr", """\
Bonjour {{first2}},

Votre créneau au pressoir est confirmé pour samedi de 14 h à 16 h. Merci d'apporter des pommes lavées
et triées (pas plus de 200 kg par créneau), ainsi que vos bonbonnes propres ; le jus peut aussi être
pasteurisé sur place en poches de 5 litres. En cas de pluie, le pressage a lieu sous le hangar.

Bien cordialement,

{{first}} {{last}}
Responsable du pressoir associatif
Association {{company}} – Verger conservatoire
Tél. {{phone}} · Port. {{intl}}
{{email}}
Réservation {{ticket}}"""),
    ("fr", """\
Bonjour {{first2}},

Merci pour votre retour. Pour la cérémonie, nous partons sur une arche de feuillages avec quelques
roses blanches, le bouquet de mariée rond en pivoines et eucalyptus, et douze boutonnières. Nous
livrons à la salle le matin à partir de 9 h. L'acompte de 30 % confirme la date.

Belle journée,

{{first}} {{last}}
Artisan fleuriste
{{company}} Fleurs
{{phone}} · {{email}}

Le {{date}}, {{first2}} {{last2}} <{{email2}}> a écrit :
> Pourriez-vous nous faire un devis pour les fleurs du mariage ? Notre référence : {{ticket}}."""),
    ("es", """\
Hola, {{first2}}:

Gracias por traernos el erizo que encontró junto a la carretera. Tenía una herida leve en una pata y
algo de deshidratación; ya come solo y ha ganado peso. Si todo va bien, lo liberaremos dentro de dos
semanas cerca del lugar donde lo encontró. Le avisaremos con un día de antelación.

Un saludo,

{{first}} {{last}}
Veterinaria, Centro de Recuperación de Fauna {{company}}
Urgencias fauna: {{phone}} · Móvil: {{intl}}
{{email}}
N.º de ingreso {{ticket}}"""),
    ("it", """\
Gentile {{first2}},

le confermo l'affilatura dei sei coltelli da cucina e delle due forbici da sarto che ci ha spedito:
affilatura a mola ad acqua, rifinitura a mano su pietra e lucidatura del filo. Il pacco rientra con
corriere entro venerdì; il numero di spedizione le arriverà via e-mail.

Cordiali saluti,

{{first}} {{last}}
Coltelleria e Arrotino {{company}}
Tel. {{phone}} · Cell. {{intl}}
{{email}}
Ordine {{invoice}} · P. IVA {{vat}}"""),
]

ADDRESS_BLOCK = [
    ("en", """\
DELIVERY NOTE {{invoice}} – hand-forged garden gate

From: {{company}} Forge, Unit 3, Old Smithy Yard

Deliver to:
{{name}}
{{street}}
{{townline}}
{{country}}

1 × pedestrian gate, 900 × 1200 mm, scroll-work top rail, hot-dip galvanised and powder-coated black
2 × hanging hinges with pins, 1 × thumb latch and keep
Weight approx. 68 kg – two-person lift. Delivered on the forge van; fitting booked separately.
Received in good condition (signature): ____________"""),
    ("en", """\
FRAGILE – GLASS BOTTLES – THIS WAY UP

{{name_uc}}
{{street_uc}}
{{townline_uc}}
{{country_uc}}

12 × 750 ML DRY SPARKLING CIDER, 6.5% VOL
FROM: {{company_uc}} CIDER PRESS & ORCHARD SHOP
AGE-RESTRICTED DELIVERY – ID CHECK ON HANDOVER
PARCEL {{tracking}}"""),
    ("en", """\
COLLECTION SLIP – thesis binding

Order {{invoice}}: 3 copies, hard bound in navy buckram, spine and cover blocked in gold.
Collected in person ☐   Return by tracked post ☒ (tracking number sent by e-mail)

Return address:
{{name}}
{{pobox}}
{{townline}}
{{country}}

Please check the spine lettering before the copies go to the examiners: we cannot re-block a cover
once it has been signed off."""),
    ("en", """\
RETURNS & REPAIRS FORM – {{company}} Saddlery

Customer: {{name}}
Address: {{street}}, {{townline}}
Phone: {{phone}}

Item: general-purpose saddle, 17.5", medium-wide tree, serial {{serial}}
Work requested: re-flock both panels, replace girth straps, check the tree for twist
Estimate: GBP 140.00 (invoice {{invoice}} on completion)
Payment by bank transfer to {{iban}}, reference {{ticket}}

Send your saddle in a padded box: not in a saddle cover alone."""),
    ("en", """\
# release_sites.yaml – hedgehog hospital, autumn releases
- patient: {{ticket}}
  species: hedgehog (Erinaceus europaeus)
  weight_in_g: 412
  weight_out_g: 690
  finder:
    name: {{name}}
    phone: {{phone}}
  release_site:
    address: "{{street}}, {{townline}}"
    garden_access: hedgehog highway to next garden
    feeding_station: yes
  release_date: {{date}}"""),
    ("en", """\
round_id,customer,address,town,phone,frequency,last_clean,price_gbp
R7-014,{{name}},"{{street}}","{{townline}}",{{phone}},8 weeks,{{date}},18.00
R7-015,{{name2}},"{{street2}}","{{townline2}}",{{phone2}},4 weeks,{{date2}},24.00
R7-016,{{name3}},"{{street3}}","{{townline3}}",{{phone3}},8 weeks,{{date3}},15.00
# exported from the round planner {{version}}; conservatory roofs priced separately"""),
    ("en", """\
FUNERAL FLOWERS – DELIVERY DOCKET {{invoice}}

Deliver to the family home (not the chapel):
{{name}}
{{street}}
{{townline}}

Order: one casket spray in white lilies and roses, one heart tribute in red carnations.
Card message: "Forever in our hearts – all the grandchildren"
Delivery window: 8:00–9:30, before the cars leave. If no answer, call {{phone}}; do not leave on the step.
Ordered by {{name2}} · {{company}} Florists"""),
    ("en", """\
{
  "order": "{{invoice}}",
  "supplier": "{{company}} Stone",
  "material": "reclaimed gritstone walling, mixed sizes",
  "tonnes": 8,
  "delivery": {
    "contact": "{{name}}",
    "phone": "{{phone}}",
    "site": "{{street}}",
    "town": "{{townline}}",
    "note": "tipper lorry, field gate 3.6 m wide, unload by the lane wall"
  },
  "ticket": "{{ticket}}"
}"""),
    ("en", """\
-- members who asked for printed maps of the winter league, generated {{timestamp}}
INSERT INTO map_mailing (member_id, name, address_1, town_line, country, club, course) VALUES
  ('{{account}}', '{{name}}', '{{street}}', '{{townline}}', '{{country}}', '{{company}} OC', 'Green'),
  ('{{account2}}', '{{name2}}', '{{street2}}', '{{townline2}}', '{{country2}}', '{{company}} OC', 'Brown');
-- print run {{uuid}}"""),
    ("en", """\
<?xml version="1.0" encoding="UTF-8"?>
<sharpeningOrder id="{{invoice}}">
  <service>postal sharpening</service>
  <items>
    <item type="chef knife" length_mm="200" qty="2"/>
    <item type="bread knife" note="serrated, hand only" qty="1"/>
    <item type="garden secateurs" qty="1"/>
  </items>
  <returnAddress>
    <name>{{name}}</name>
    <street>{{street}}</street>
    <townLine>{{townline}}</townLine>
    <country>{{country}}</country>
  </returnAddress>
  <returnTracking>{{tracking}}</returnTracking>
</sharpeningOrder>"""),
    ("de", """\
Lieferschein {{invoice}}

{{company}} Mosterei & Streuobstwiese
Lohnmosterei – Apfelsaft aus Ihren eigenen Äpfeln

An:
{{name}}
{{street}}
{{townline}}

Ihre Anlieferung vom {{date}}: 340 kg Äpfel
Ausbeute: 64 × 5-Liter-Bag-in-Box, pasteurisiert
Abholung am Hof oder Lieferung gegen Aufpreis. Leergut bitte zurückbringen."""),
    ("de", """\
RECHNUNG {{invoice}}

{{company}} Sattlerei
Reparatur und Anfertigung von Lederwaren

Rechnungsanschrift:
{{name}}
{{pobox}}
{{townline}}

Pos. 1  Trense neu genäht, Backenstücke ersetzt       48,00 EUR
Pos. 2  Sattelgurt, Schnallen erneuert                  32,00 EUR
Zahlbar innerhalb von 14 Tagen auf {{iban}}
Verwendungszweck: {{ticket}}"""),
    ("fr", """\
BON DE RETOUR – Atelier de reliure {{company}}

Commande {{invoice}} : restauration d'un registre paroissial (XVIIIe siècle)
Travaux : dépoussiérage, comblement des lacunes, couture sur nerfs, demi-reliure en veau.

Destinataire :
{{name}}
{{street}}
{{townline}}
{{country}}

Envoi en colis suivi {{tracking}}, assuré pour la valeur déclarée."""),
    ("fr", """\
FACTURE N° {{invoice}}

{{company}} – Murets en pierre sèche et haies plessées

Client :
{{name}}
{{street}}
{{townline}}

Reconstruction d'un mur de soutènement en pierre sèche, 14 m linéaires   3 920,00 €
Plessage de haie champêtre, 40 m                                           880,00 €
Règlement par virement : {{iban}}
Référence à rappeler : {{ticket}}"""),
    ("es", """\
ALBARÁN DE ENTREGA {{invoice}}

Floristería {{company}}
Ramo de novia, 6 ramilletes y centros de mesa

Entregar a:
{{name}}
{{street}}
{{townline}}

Teléfono de contacto: {{phone}}
Entrega el sábado antes de las 10:00. Mantener las flores en lugar fresco."""),
    ("it", """\
DOCUMENTO DI TRASPORTO N. {{invoice}}

Mittente: {{company}} – Forgiatura artistica e mascalcia
Destinatario:
{{name}}
{{street}}
{{townline}}

Descrizione: cancello pedonale in ferro battuto, zincato a caldo, 1 collo
Peso lordo: 72 kg
Vettore: {{company2}} – spedizione {{tracking}}"""),
]

DIALOGUE = [
    ("en", """\
[Call to the forge, transcribed by the answering service]
Caller: Hi, it's {{first}} {{last}} from the livery yard past the church. My cob's pulled a front shoe in
the field and she's sore on it. Is anyone about today?
Office: The farrier's on the round until four. Can he call you back on this number?
Caller: Better on my mobile, it's {{spelled}}. The yard phone is in the tack room and nobody hears it.
Office: Got it. Keep her in on a deep bed and don't turn her out until he's seen the foot.
Caller: Will do. Oh, and the invoice for last month, it went to my old e-mail; the new one is {{email}}.
Office: Updated. Job number {{ticket}}."""),
    ("en", """\
Orchard Volunteers 🍏 (WhatsApp)
[{{clock}}] {{first}}: Apple Day is on! Press crew at the barn for 8:30 please, gazebos from 9
[{{clock2}}] {{first2}}: I've got the scratter cleaned. Who's doing the juice tasting table?
[{{clock3}}] {{first3}}: Me and {{first4}}. Also the grafting demo moved to 2pm
[{{clock4}}] {{first}}: Great. Anyone wanting to adopt a tree, send them to {{first2}}, she has the forms
[{{clock5}}] {{first2}}: Or they can ring me on {{phone}}, I'll be at the gate all morning
[{{clock6}}] {{first5}}: Cake tin's by the honesty box. Float is £50 in coins, ref {{ticket}} in the cash book"""),
    ("en", """\
Microsoft Teams – Meeting captions: flood-damaged parish records, triage
{{first}} {{last}} 00:00:12
OK, so the boxes from the vestry came in yesterday; most of the registers are damp but not wet.
{{first2}} {{last2}} 00:00:31
The worst one is the baptism register, eighteen-forties, the text block has swollen. I've interleaved
it and it's in the freezer so the mould doesn't take hold.
{{first}} {{last}} 00:00:58
Good. The churchwarden who brought them in is called {{name}}; can you send him the condition report?
{{first2}} {{last2}} 00:01:14
Yes, to {{email}}. I'll copy the diocesan archivist. Job {{ticket}}, insurer's claim {{invoice}}.
{{first3}} {{last3}} 00:01:40
And vacuum freeze-drying is booked for the twelfth at the regional lab."""),
    ("en", """\
Live chat – {{company}} Saddlery
Bot: Hi! How can we help today?
Visitor: I'd like to book a saddle fitting for my mare, she's changed shape since the winter.
Agent ({{first}}): Hi, I can help with that. Can I take the rider's name and a phone number?
Visitor: {{name}}, and my number is {{phone}}.
Agent ({{first}}): Thanks. Is the saddle one of ours? The serial is on a plate under the skirt.
Visitor: Yes, {{serial}}.
Agent ({{first}}): Perfect, that's a wide-fit GP, adjustable. Our fitter covers your area on Wednesdays;
the earliest is the 18th between 10 and 12. The visit is £55, deducted if you buy.
Visitor: Lovely, book it. Confirmation to {{email}} please.
Agent ({{first}}): Done, booking {{ticket}}."""),
    ("en", """\
CASUALTY LINE – call log, {{timestamp}}
Volunteer ({{first}}): Wildlife rescue, how can I help?
Caller: Hi, there's a swan on the bypass, it's sat on the hard shoulder and won't move.
Volunteer ({{first}}): Please don't try to lift it. Are you somewhere safe?
Caller: I'm in the lay-by. My name's {{name}}.
Volunteer ({{first}}): Thanks. Could you spell your surname? And a number for our driver?
Caller: It's on the form I sent, but it's {{phone}}.
Volunteer ({{first}}): Our rescuer {{first3}} is twenty minutes away with a swan bag. The police are
informed, incident {{ticket}}. If it moves onto the road, call 999 straight away."""),
    ("en", """\
RADIO LOG – façade cleaning, channel 2, {{date}}
{{clock}} Supervisor ({{first}}): Rope team, confirm both on the line at drop four.
{{clock2}} Tech 1 ({{first2}}): On main and backup, descending from level nine, over.
{{clock3}} Tech 2 ({{first3}}): Same, drop five. Gusting up here, about 20 knots, over.
{{clock4}} Supervisor ({{first}}): Noted. If it goes above 25 we stop. Ground crew, hold the gate.
{{clock5}} Ground ({{first4}}): Holding. A resident, {{name}}, asks when her window is done; she's on
{{phone}} and wants a call before you pass her balcony.
{{clock6}} Supervisor ({{first}}): Will call. Permit to work {{ticket}} still open."""),
    ("en", """\
#wedding-orders – Slack
{{first}} {{clock}}
Saturday's big one: {{name}}'s wedding at the barn. Arch, 8 tables, bouquet, 6 posies, 14 buttonholes
{{first2}} {{clock2}}
Bride changed the posies to blush, not white. She rang from {{phone}} this morning
{{first}} {{clock3}}
ok, I'll adjust the wholesale order {{invoice}} before the 2pm cut-off
{{first3}} {{clock4}}
Van's booked. Venue contact is the coordinator, e-mail {{email}}, setup from 9
{{first2}} {{clock5}}
Also a sympathy order came in for the crematorium chapel, card reads "with love" 🌷"""),
    ("en", """\
Voicemail transcripts – {{company}} Walling & Hedgelaying
1) {{timestamp}}: "Hi, it's {{first}} {{last}} at the farm up the valley. Sheep have been getting through the gap
in the top wall again, two metres fell in the frost. Could you come and have a look? My number is
{{phone}}. Thanks."
2) {{timestamp2}}: "Morning, this is {{first2}} from the estate office. We'd like a quote for laying the
hedge along the bridleway, about 300 metres, midland style. E-mail me at {{email}}; the survey
reference is {{ticket}}."
3) {{timestamp3}}: "It's {{first}} again, forget the gate, just the wall please." """),
    ("en", """\
Event control – WhatsApp group "Officials Sunday"
[{{clock}}] {{first}}: Start closing now. 212 starters, 209 downloaded
[{{clock2}}] {{first2}}: Who are the 3 missing?
[{{clock3}}] {{first}}: Two are retired at the start, one still out: {{name}}, M65, Brown course, started 11:42
[{{clock4}}] {{first3}}: Her car is still in the field. Mobile on her entry form is {{phone}}
[{{clock5}}] {{first2}}: Ringing… no answer. Sweepers, start from control 9 on Brown
[{{clock6}}] {{first4}}: Found her at 11, she twisted an ankle. Walking her out to the road crossing
[{{clock7}}] {{first}}: Thanks all. Closing download {{ticket}}"""),
    ("en", """\
Chat transcript – {{company}} Knives web shop
Customer: Hi, can you engrave the bolster on the 180 mm santoku?
Agent {{first}}: Yes, up to 12 characters in block or script. Is it a gift?
Customer: For my dad's 70th. Could you put his initials and born {{dob_words}}?
Agent {{first}}: That's too long for the bolster, but we can laser it on the box lid instead.
Customer: Perfect. Deliver to {{name}}, {{street}}, {{townline}}.
Agent {{first}}: Noted. Knives are age-restricted, so the courier will ask for ID on delivery.
Customer: Fine. My number for the courier: {{phone}}.
Agent {{first}}: Order {{invoice}} updated."""),
    ("de", """\
Anruf Wildtierstation – Igelhilfe, {{timestamp}}
Helferin ({{first}}): Igelhilfe, guten Tag.
Anrufer: Hallo, hier ist {{name}}. Bei uns im Garten läuft ein kleiner Igel am helllichten Tag herum.
Helferin ({{first}}): Wie groß ungefähr? Unter 500 Gramm im Herbst ist er zu leicht für den Winterschlaf.
Anrufer: Vielleicht 300 Gramm. Er wackelt ein bisschen.
Helferin ({{first}}): Bitte in einen Karton mit Handtuch setzen, nichts zu trinken geben, keine Milch.
Können Sie ihn zu uns bringen? Sonst schicke ich {{first2}} vorbei.
Anrufer: Ich bringe ihn. Meine Nummer, falls was ist: {{phone}}.
Helferin ({{first}}): Danke, Fundnummer {{ticket}}."""),
    ("de", """\
OL-Verein {{company}} – WhatsApp
[{{clock}}] {{first}}: Posten für Samstag sind gesetzt, 14 Stück im Stadtwald
[{{clock2}}] {{first2}}: Super. Wer macht die Anmeldung am Start?
[{{clock3}}] {{first3}}: Ich. Neue Mitglieder bitte vorher bei mir melden, {{phone}}
[{{clock4}}] {{first}}: Die Karten sind im Druck, Auftrag {{invoice}}
[{{clock5}}] {{first4}}: Meine Tochter läuft zum ersten Mal mit, geboren {{dob}}, gilt sie noch als D12?
[{{clock6}}] {{first3}}: Ja, D12. Schick mir ihren Namen per Mail: {{email}}"""),
    ("fr", """\
Appel au maréchal-ferrant – transcription
Maréchal ({{first}}) : Allô, oui ?
Cliente : Bonjour, {{name}} à l'appareil, de l'écurie près du moulin. Ma jument a perdu un fer
antérieur au pré, elle boite un peu.
Maréchal ({{first}}) : Je suis en tournée jusqu'à 17 h. Gardez-la au box sur une bonne litière.
Cliente : D'accord. Vous pouvez me rappeler sur mon portable ? C'est le {{spelled}}.
Maréchal ({{first}}) : Noté. Je passe demain à 8 h, avant la tournée. Intervention n° {{ticket}}.
Cliente : Merci. La facture, envoyez-la à {{email}}."""),
    ("fr", """\
Teams – équipe cordistes, chantier verrière
{{first}} {{last}} {{clock}}
On attaque la façade sud à 8 h. Ancrages contrôlés hier, PV n° {{ticket}}.
{{first2}} {{last2}} {{clock2}}
OK. La gardienne, Mme {{last4}}, demande qu'on l'appelle avant de passer devant le 4e : {{phone}}.
{{first}} {{last}} {{clock3}}
Je l'appelle. Vent prévu à 30 km/h en rafales, on arrête au-dessus de 40.
{{first3}} {{last3}} {{clock4}}
Zone balisée au sol, j'ai le permis de travail {{invoice}} sur moi."""),
    ("es", """\
Llamada al lagar – transcripción
Lagar ({{first}}): Lagar {{company}}, dígame.
Cliente: Hola, soy {{name}}. Quería reservar turno para prensar manzanas de mi huerta, unos 200 kilos.
Lagar ({{first}}): Tenemos hueco el sábado a las once. ¿Trae usted las garrafas?
Cliente: Sí, las traigo. Mi teléfono por si acaso es el {{phone}}.
Lagar ({{first}}): Apuntado. Las manzanas lavadas y sin podridas, por favor. Reserva {{ticket}}.
Cliente: Perfecto, gracias."""),
    ("it", """\
Chat legatoria {{company}} – WhatsApp
[{{clock}}] {{first}}: È arrivato il messale del cliente, {{name}}. Dorso staccato e carte con foxing
[{{clock2}}] {{first2}}: Lo fotografiamo prima di smontare. Preventivo?
[{{clock3}}] {{first}}: Circa 650 euro, con cucitura su nervi e restauro della pelle
[{{clock4}}] {{first2}}: Mandalo al cliente, mail {{email}}, telefono {{phone}}
[{{clock5}}] {{first}}: Fatto. Pratica {{ticket}}"""),
]

SECRETS_CODE = [
    ("en", """\
# forge_temp.py – reads the thermocouple on the gas forge and warns the smith's phone
import time, requests
from max6675 import Thermocouple

SLACK_WEBHOOK = "{{slack_hook}}"
ALERT_AT_C = 1350          # welding heat; the liner cracks above ~1400
ON_CALL = "{{name}}"       # who gets the ping
tc = Thermocouple(cs_pin=8)

while True:
    temp = tc.read_celsius()
    if temp > ALERT_AT_C:
        requests.post(SLACK_WEBHOOK, json={"text": f"Forge at {temp:.0f} °C, {ON_CALL} please check"})
    time.sleep(30)
# build {{short_sha}}"""),
    ("en", """\
# .env – pressing-day booking site (community orchard)
APP_ENV=production
APP_URL=https://press.{{hostname}}
DATABASE_URL=postgres://press_app:{{password}}@{{ip}}:5432/pressing_days
STRIPE_SECRET_KEY={{stripe}}
MAIL_FROM="{{name}} <{{email}}>"
ADMIN_USERNAME={{username}}
SLOT_LENGTH_MINUTES=120
MAX_KG_PER_SLOT=150
# rotated after the {{date}} volunteer handover; release {{version}}"""),
    ("en", """\
# docker-compose.yml – conservation studio environment monitoring
services:
  sensors:
    image: registry.{{hostname}}/studio/rh-logger:{{version}}
    environment:
      STUDIO: paper-lab
      RH_TARGET: "50"
      RH_ALARM_ABOVE: "60"
      ALERT_EMAIL: {{email}}
  backup:
    image: amazon/aws-cli:2.15.0
    command: s3 sync /data s3://conservation-logs-archive/
    environment:
      AWS_ACCESS_KEY_ID: {{aws_key}}
      AWS_SECRET_ACCESS_KEY: {{aws_secret}}
      AWS_DEFAULT_REGION: eu-west-2
    volumes:
      - ./data:/data"""),
    ("en", """\
apiVersion: v1
kind: Secret
metadata:
  name: saddle-fitting-bookings
  namespace: saddlery
  labels:
    app: fitting-calendar
    release: "{{version}}"
type: Opaque
stringData:
  DB_USER: {{username}}
  DB_PASSWORD: {{password}}
  GOOGLE_MAPS_KEY: {{gcp}}
  SMS_API_TOKEN: {{token}}
  OWNER_CONTACT: "{{name}}, {{phone}}"
---
# applied by {{internal_email}} from commit {{sha}}"""),
    ("en", """\
# .github/workflows/casualty-db-backup.yml – wildlife hospital
name: nightly casualty database backup
on:
  schedule:
    - cron: "15 2 * * *"
jobs:
  backup:
    runs-on: ubuntu-latest
    env:
      PGHOST: {{ip}}
      PGUSER: {{username}}
      PGPASSWORD: {{password}}
      GH_TOKEN: {{github}}
    steps:
      - uses: actions/checkout@v4
      - run: pg_dump casualties | gzip > casualties.sql.gz
      - run: gh release upload nightly casualties.sql.gz --clobber
# maintainer: {{name}} ({{email}}), last run {{uuid}}"""),
    ("en", """\
# round_planner.toml – window cleaning and rope-access scheduling
[app]
name = "round-planner"
version = "{{version}}"
depot = "{{street}}, {{townline}}"

[maps]
provider = "google"
api_key = "{{gcp}}"

[sms]
sender = "{{company}}"
api_token = "{{token}}"

[owner]
name = "{{name}}"
phone = "{{phone}}"
# weather cut-off for rope work: gusts above 25 kn"""),
    ("en", """\
# settings_local.py – florist web shop (Django)
DEBUG = False
SECRET_KEY = "{{token}}"
ALLOWED_HOSTS = ["shop.{{hostname}}"]
STRIPE_API_KEY = "{{stripe}}"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "florist",
        "USER": "{{username}}",
        "PASSWORD": "{{password}}",
        "HOST": "{{ip}}",
    },
}
ORDER_NOTIFY = ["{{email}}"]  # {{first}} does the morning orders
SAME_DAY_CUTOFF = "13:00"
"""),
    ("en", """\
#!/usr/bin/env bash
# upload_survey.sh – push drone photos of the wall survey to the client's SFTP
set -euo pipefail
SURVEY_ID="{{ticket}}"
KEY_FILE=$(mktemp)
cat > "$KEY_FILE" <<'KEY'
{{private_key}}
KEY
chmod 600 "$KEY_FILE"
sftp -i "$KEY_FILE" -b - {{username}}@{{ip}} <<BATCH
mkdir surveys/$SURVEY_ID
put -r ./photos/* surveys/$SURVEY_ID/
BATCH
rm -f "$KEY_FILE"
echo "done, tell {{name}} on {{phone}}"   # estate manager"""),
    ("en", """\
; results_uploader.ini – orienteering club event results
[event]
id = {{ticket}}
organiser = {{name}}
contact = {{email}}

[british_orienteering]
username = {{username}}
password = {{password}}

[summary]
; writes the club newsletter blurb from the splits
provider = openai
model = gpt-4o-mini
api_key = {{openai}}

[build]
version = {{version}}
commit = {{short_sha}}"""),
    ("en", """\
// engraving_order.json – sent by the web shop to the laser engraver service
{
  "order": "{{invoice}}",
  "item": "santoku 180 mm, bolster engraving",
  "text": "initials, block capitals",
  "customer": {
    "name": "{{name}}",
    "phone": "{{phone}}",
    "email": "{{email}}"
  },
  "auth": "Bearer {{jwt}}",
  "assistant": {
    "provider": "anthropic",
    "api_key": "{{anthropic}}",
    "task": "draft the gift card text"
  },
  "trace": "{{uuid}}"
}"""),
    ("de", """\
# application.yml – Online-Shop der Mosterei
spring:
  datasource:
    url: jdbc:postgresql://{{ip}}:5432/mosterei
    username: {{username}}
    password: {{password}}
  mail:
    host: smtp.{{hostname}}
    username: {{email}}
    password: {{password2}}
shop:
  betreiber: "{{name}}"
  telefon: "{{phone}}"
  zahlungen:
    stripe-key: {{stripe}}
# Version {{version}}, Stand {{date}}"""),
    ("de", """\
# /etc/systemd/system/igel-cam.service – Webcam im Igel-Gehege der Wildtierstation
[Unit]
Description=Igel-Cam Livestream
After=network-online.target

[Service]
User={{username}}
Environment=STREAM_KEY={{token}}
Environment=AZURE_STORAGE_KEY={{azure}}
Environment=ALARM_MAIL={{email}}
ExecStart=/usr/local/bin/igelcam --fps 10 --night-ir --upload
Restart=always

[Install]
WantedBy=multi-user.target
# Verantwortlich: {{name}}, Tel. {{phone}}"""),
    ("fr", """\
# .env – logiciel de suivi des restaurations (atelier de reliure)
APP_NAME=suivi-reliure
APP_VERSION={{version}}
DB_HOST={{ip}}
DB_USER={{username}}
DB_PASSWORD={{password}}
OPENAI_API_KEY={{openai}}
CONTACT_ATELIER="{{name}} <{{email}}>"
TEL_ATELIER={{phone}}
# clés changées le {{date}}"""),
    ("fr", """\
// envoi_commandes.js – fleuriste : transmet les commandes du jour au livreur
const config = {
  boutique: "{{company}}",
  responsable: "{{name}}",
  telephone: "{{phone}}",
  azureKey: "{{azure}}",
  smsToken: "{{token}}",
  webhook: "{{slack_hook}}",
};
// build {{short_sha}}
module.exports = config;"""),
    ("es", """\
# docker-compose.yml – app de rutas de limpieza de cristales
services:
  rutas:
    image: registry.{{hostname}}/limpieza/rutas:{{version}}
    environment:
      DB_USER: {{username}}
      DB_PASSWORD: {{password}}
      MAPS_API_KEY: {{gcp}}
      AWS_ACCESS_KEY_ID: {{aws_key}}
      AWS_SECRET_ACCESS_KEY: {{aws_secret}}
      CONTACTO: "{{name}} {{phone}}"
    ports:
      - "8080:8080\""""),
    ("it", """\
# .gitlab-ci.yml – gestionale della selleria
stages: [test, deploy]
variables:
  DB_USER: {{username}}
  DB_PASSWORD: {{password}}
  GITLAB_TOKEN: {{gitlab}}
  REFERENTE: "{{name}} <{{email}}>"
deploy:
  stage: deploy
  script:
    - ./deploy.sh --host {{ip}} --release {{version}}
  only: [main]"""),
]

LABELLED_PROSE = [
    ("en", """\
SHOEING RECORD – {{company}} Farriery
Horse: 16.2 hh bay gelding, passport no. {{serial}}
Owner: {{name}}
Owner's phone: {{phone}}
Yard: {{street}}, {{townline}}
Account no.: {{account}}
Last visit: {{date}} – fronts reset, hinds trimmed; mild thrush near fore, treated.
Next due: 6 weeks. Vet to X-ray the off fore before next set (ref {{ticket}})."""),
    ("en", """\
Please could you turn this tree-adoption form into a thank-you letter from the orchard group?

Tree adoption – Community Orchard
Adopter: {{name}}
Date of birth (junior adopters only): {{dob}}
E-mail: {{email}}
Address: {{street}}, {{townline}}
Tree: row C, no. 7 – a local russet on MM106 rootstock, planted two winters ago
Plaque wording: "Planted for Grandad"
Donation: £40 (Gift Aid declaration {{ticket}})"""),
    ("en", """\
CONSERVATION INTAKE RECORD
Job no.: {{ticket}}
Owner: {{name}}
Telephone: {{phone}}
E-mail: {{email}}
Address: {{street}}, {{townline}}, {{country}}
Object: letter book, 1790s, quarter calf; text block detached, active mould on the lower edge
Insurance value: £2,500 (declared by owner)
Treatment agreed: isolation, dry cleaning, resewing, reback in toned calf
Estimate {{invoice}}, agreed on {{date}}"""),
    ("en", """\
Rider profile – saddle fitting (customer portal export)
Name: {{first}} {{last}}
Date of birth: {{dob_iso}}
Portal username: {{username}}
Phone: {{phone}}
Horse: 7-year-old Irish Sport Horse, 16.3 hh, high withers
Saddles on file: GP {{serial}}, dressage {{serial2}}
Notes: rider prefers a deeper seat; check the panel balance again after the spring grass."""),
    ("en", """\
WILDLIFE CASUALTY ADMISSION
Casualty no.: {{ticket}}
Species: badger, adult male, approx. 11 kg
Found at: verge outside {{street}}, {{townline}}
Finder: {{name}}
Finder phone: {{phone}}
Finder e-mail (for updates): {{email}}
Circumstances: suspected road traffic collision; conscious, bleeding from the muzzle
Admitted by: {{first2}}, {{date}} at 23:10. Release must be within 1 km of the site (territorial)."""),
    ("en", """\
Technician record – rope access (confidential)
Name: {{name}}
Date of birth: {{dob}}
Employee no.: {{account}}
Certification: Level 2, card {{serial}}, valid until next June
Medical: fit for work at height, reviewed {{date}}
Next of kin: {{name2}}, {{phone}}
Home address: {{street}}, {{townline}}
Payroll IBAN: {{iban}}"""),
    ("en", """\
Flower subscription – customer account
Customer: {{name}}
Delivery address: {{street}}, {{townline}}
Phone: {{phone}}
E-mail: {{email}}
Plan: seasonal hand-tied bouquet, fortnightly, Thursdays
Payment: monthly direct debit from {{iban}}, mandate {{ticket}}
Allergies in the household: no lilies (cat)
Gift message on first delivery: "Happy anniversary"."""),
    ("en", """\
Hedge-laying weekend course – booking form
Name: {{name}}
Date of birth: {{dob_words}}
Address: {{street}}, {{townline}}
Mobile: {{phone}}
E-mail: {{email}}
Emergency contact: {{name2}}, {{phone2}}
Own tools: billhook ☒  bow saw ☒  gloves ☒
Medical notes: none. Booking {{invoice}}; tetanus up to date."""),
    ("en", """\
Membership record – {{company}} Orienteering Club
Member: {{first}} {{last}}
Date of birth: {{dob_iso}}
Age class for this season: W45
SI card no.: {{serial}}
Entry system login: {{username}} / temporary password {{password}}
Phone: {{phone}}
Address: {{street}}, {{townline}}
Joined {{date}}; volunteered as planner for the night event."""),
    ("en", """\
Proof of age check – online knife sale (retained for 2 years)
Order: {{invoice}}
Customer: {{name}}
Date of birth given: {{dob}}
ID checked: driving licence, last 4 digits only recorded
Delivery address: {{street}}, {{townline}}
Courier instruction: hand to the named adult only, ID on delivery
Checked by: {{first2}}, {{timestamp}}"""),
    ("de", """\
Anmeldung Schmiedekurs (Wochenende)
Name: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}}
E-Mail: {{email}}
Kurs: Grundkurs Feuerschweißen und Schmieden eines Feuerhakens
Kursgebühr: 290 EUR, überwiesen auf {{iban}}
Anmeldung Nr. {{ticket}} – bitte feste Schuhe und Baumwollkleidung mitbringen."""),
    ("de", """\
Schleifauftrag – Messerschleiferei {{company}}
Kunde: {{name}}
Telefon: {{phone}}
Kundennummer: {{account}}
Anschrift für den Rückversand: {{street}}, {{townline}}
Inhalt: 4 Kochmesser, 1 Brotmesser (Wellenschliff), 1 Schere
Eingang: {{date}}
Rückversand mit Sendungsnummer {{tracking}}"""),
    ("fr", """\
FICHE DE PRISE EN CHARGE – Centre de soins de la faune sauvage
N° d'entrée : {{ticket}}
Espèce : hérisson d'Europe, juvénile, 280 g
Découvreur : {{name}}
Téléphone : {{phone}}
Courriel : {{email}}
Lieu de découverte : {{street}}, {{townline}}
Date : {{date}}
Motif : animal actif en plein jour, déshydraté. Relâcher sur le lieu de découverte."""),
    ("fr", """\
Inscription – course d'orientation du club {{company}}
Nom : {{last}}
Prénom : {{first}}
Date de naissance : {{dob}}
N° de licence : {{account}}
Puce SportIdent : {{serial}}
Téléphone : {{phone}}
Adresse : {{street}}, {{townline}}
Circuit choisi : violet moyen. Certificat médical reçu le {{date}}."""),
    ("es", """\
FICHA DE CLIENTE – Guarnicionería {{company}}
Nombre: {{name}}
Fecha de nacimiento: {{dob}}
Teléfono: {{phone}}
Correo: {{email}}
Dirección: {{street}}, {{townline}}
Encargo: montura vaquera a medida, cuero de vaqueta, pedido {{invoice}}
Pago: transferencia a {{iban}}"""),
    ("it", """\
Iscrizione al corso di muretti a secco
Cognome e nome: {{name}}
Data di nascita: {{dob}}
Indirizzo: {{street}}, {{townline}}
Telefono: {{phone}}
E-mail: {{email}}
Quota: 180 euro, bonifico su {{iban}}
Iscrizione n. {{ticket}} – portare guanti da lavoro e scarpe antinfortunistiche."""),
]

TEMPLATES = {
    "signature": SIGNATURE,
    "address_block": ADDRESS_BLOCK,
    "dialogue": DIALOGUE,
    "secrets_code": SECRETS_CODE,
    "labelled_prose": LABELLED_PROSE,
}
