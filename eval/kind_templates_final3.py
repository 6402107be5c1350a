"""FINAL3 templates of the generalisation corpus kinds (eval.kinds), for the `final3` split.

Written by a helper session after the final2 split had been scored once, without ever running the
detection engine (nor the scorer, tests or benchmarks) on them, and never to be tuned on: the lead
scores them once (`python -m eval --split final3`). They imitate what enterprises send through an LLM
gateway (support tickets, mail threads with quoted replies, HR/CRM/KYC and clinical notes, chat
exports, delivery notes and invoices, JSON/YAML/CSV/SQL/XML, logs, stack traces, infrastructure
files, curl commands, notebook cells, git diffs), with plenty of ordinary text around the values
(products, amounts, order and ticket numbers, versions, hashes, hostnames, paths, job titles) so that
over-redaction is measured as well as recall.

Each kind maps to (language, template) pairs; `{{slot}}` names are eval.planted slots. No literal
personal value is written here (no names, e-mails, phone numbers, IP addresses, street addresses or
keys): every one is a slot, so that it is labelled; decoys (hashes, UUIDs, versions, ticket, invoice,
serial, tracking and VAT numbers) are slots too, so that they are labelled DECOY.
"""

from __future__ import annotations

SIGNATURE = [
    ("en", "Ticket {{ticket}} · Status: Pending · Priority: Normal\n\n{{first}} (Zendesk Support)\n"
           "Hi {{first2}},\n\nThe export job finished overnight; the CSV is attached (14,882 rows, 3.1 MB). "
           "If the column mapping still looks off in {{product}}, reply here and we'll take a look.\n\n"
           "Kind regards,\n{{first}} {{last}} | Tier 2 Support Engineer\n{{company}}\nDirect: {{ext}}\n\n"
           "---- Previous message ----\n{{first2}} {{last2}} ({{email}}), {{date}}:\n"
           "> Any update on the export? Our board meeting is on Thursday.\n> --\n> {{first2}} {{last2}}\n"
           "> {{job2}}\n> Mobile {{intl}}"),
    ("en", "From: {{name}} <{{email}}>\nSent: {{date}} 16:48\nTo: {{name2}} <{{internal_email}}>\n"
           "Cc: {{dept}}\nSubject: RE: PO-77412 revised delivery schedule\n\n{{first2}},\n\nWeek 32 works for us. "
           "Please make sure the pallets are labelled with the PO number this time.\n\nThanks,\n{{first}}\n\n"
           "{{first}} {{last}}\n{{job}}\n{{company}}\nOffice {{local7}} | Cell {{e164}}\n\n"
           "> On {{date2}}, {{name2}} wrote:\n> Hi {{first}}, the supplier has pushed the container by two weeks.\n"
           "> Can we split the delivery (60% in week 30, the rest in week 32)?"),
    ("en", "<table cellpadding=\"0\" style=\"font-family:Arial;font-size:12px\">\n  <tr><td><b>{{name}}</b><br>\n"
           "  {{job}} &middot; {{dept}}<br>\n  {{company}}<br>\n  T <a href=\"tel:{{e164}}\">{{intl}}</a><br>\n"
           "  E <a href=\"mailto:{{email}}\">{{email}}</a></td>\n"
           "  <td><img src=\"https://cdn.example.com/brand/logo-2025.png\" width=\"120\" alt=\"logo\"></td></tr>\n"
           "</table>\n<p style=\"color:#888\">Please consider the environment before printing this e-mail.</p>"),
    ("en", "{\n  \"Id\": \"0035g00000{{short_sha}}\",\n  \"attributes\": {\"type\": \"Contact\"},\n"
           "  \"FirstName\": \"{{first}}\",\n  \"LastName\": \"{{last}}\",\n  \"Title\": \"{{job}}\",\n"
           "  \"Account\": {\"Name\": \"{{company}}\"},\n  \"Phone\": \"{{phone}}\",\n  \"MobilePhone\": \"{{e164}}\",\n"
           "  \"Email\": \"{{email}}\",\n  \"LeadSource\": \"Trade Show\",\n  \"LastModifiedDate\": \"{{timestamp}}\"\n}"),
    ("en", "## On-call rota – Platform team (week 27)\n\n| Day | Engineer | Mobile | Escalation |\n|---|---|---|---|\n"
           "| Mon–Wed | {{name}} | {{intl}} | {{internal_email}} |\n| Thu–Fri | {{name2}} | {{e164}} | "
           "{{internal_email2}} |\n| Weekend | {{name3}} | {{phone}} | {{email}} |\n\nRunbook: "
           "https://wiki.example.com/ops/runbooks/pager v{{version}}. Page via {{product}} first, call only if "
           "no ack within 15 min."),
    ("en", "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nBEGIN:VEVENT\n"
           "UID:{{uuid}}\nSUMMARY:Quarterly business review – {{company}}\nDTSTART:20250916T090000Z\n"
           "ORGANIZER;CN=\"{{name}}\":mailto:{{email}}\nATTENDEE;CN=\"{{name2}}\";ROLE=REQ-PARTICIPANT:mailto:"
           "{{email2}}\nATTENDEE;CN=\"{{name3}}\";ROLE=OPT-PARTICIPANT:mailto:{{internal_email}}\n"
           "LOCATION:Microsoft Teams Meeting\nDESCRIPTION:Meeting ID: 347 219 884 120\\nPasscode: q7Xm2t\\n"
           "Questions before the call? Ring me on {{intl}}.\nEND:VEVENT\nEND:VCALENDAR"),
    ("en", "ok, approved – go ahead with the 3-year term.\n\n{{first_lc}}\n{{dept}} | {{company}}\nd: {{ext}}\n\n"
           "Sent from Outlook for Android\n________________________________\nFrom: {{name2}}\n"
           "Sent: {{date}}\nSubject: Approval needed: {{product}} renewal ({{invoice}})"),
    ("en", "VENDOR MASTER DATA – CHANGE REQUEST {{ticket}}\nSupplier: {{company}}\nVAT ID: {{vat}}\n"
           "Contact person: {{name}}, {{job}}\nPhone: {{phone}}\nE-mail (remittance advice): {{email}}\n"
           "New bank account: {{iban}}\nReason: bank merger, letter dated {{date}} attached\n"
           "Requested by: {{internal_email}} | Approved by: {{name2}}, Head of {{dept}}"),
    ("de", "Freundliche Grüße aus dem Lager\n\n{{first}} {{last}}\nDisponentin Versand\n{{company}}\n"
           "Zentrale: {{phone}}\nDurchwahl: {{local7}}\nMobil: {{e164}}\nE-Mail: {{email}}\n\n"
           "Geschäftsführer: {{name2}} | Amtsgericht {{city}} HRB 71604 | USt-IdNr.: {{vat}}\n"
           "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
           "informieren Sie bitte sofort den Absender."),
    ("de", "Hallo {{first}},\n\nanbei die Info von unserem Steuerberater, siehe unten.\n\nGruß {{first2}}\n\n"
           "---------- Weitergeleitete Nachricht ----------\nVon: {{name3}} <{{email}}>\nGesendet: {{date}}\n"
           "An: {{first2}} {{last2}} <{{internal_email}}>\nBetreff: Jahresabschluss 2024 – fehlende Belege\n\n"
           "> Sehr geehrte Frau {{last2}},\n> für die Umsatzsteuervoranmeldung fehlen noch drei Eingangsrechnungen.\n"
           "> Mit freundlichen Grüßen\n> {{name3}}\n> Steuerberater\n> Tel. {{intl}}"),
    ("fr", "Bien à vous,\n\n{{first}} {{last}}\nResponsable Grands Comptes – Région Sud-Est\n{{company}}\n"
           "Tél. : {{phone}}\nPort. : {{intl}}\nMél : {{email}}\n\nSIRET 552 100 554 00025 – Capital social "
           "1 250 000 €\nCe message et ses pièces jointes sont confidentiels."),
    ("fr", "Merci pour ces éléments, je transmets au service juridique.\n\n{{first}}\n\n"
           "Le {{date}} à 11:32, {{name2}} <{{email}}> a écrit :\n> Bonjour {{first}},\n"
           "> Vous trouverez ci-joint l'avenant n° 3 au contrat cadre (référence {{invoice}}).\n"
           "> Cordialement,\n> {{name2}}\n> {{job2}}, {{company}}\n> Ligne directe : {{local7}}"),
    ("es", "Un saludo,\n\n{{first}} {{last}}\nTécnico de Sistemas · {{dept}}\n{{company}}\nTfno.: {{phone}} "
           "(ext. 2214)\nMóvil: {{e164}}\n{{email}}\n\nEn cumplimiento del Reglamento (UE) 2016/679, le "
           "informamos de que sus datos se tratan con la finalidad de gestionar la relación comercial."),
    ("es", "BEGIN:VCARD\nVERSION:4.0\nFN:{{name}}\nN:{{last}};{{first}};;;\nORG:{{company}};{{dept}}\n"
           "TITLE:{{job}}\nTEL;TYPE=work;VALUE=uri:tel:{{e164}}\nTEL;TYPE=cell:{{intl}}\nEMAIL;TYPE=work:{{email}}\n"
           "NOTE:Conocido en la feria de Barcelona, interesado en {{product}}\nREV:{{timestamp}}\nEND:VCARD"),
    ("it", "Cordiali saluti\n\n{{first}} {{last}}\nUfficio Tecnico – Responsabile Commessa\n{{company}}\n"
           "Tel. diretto {{intl}} – Cell. {{e164}}\nE-mail {{email}}\nP.IVA {{vat}}\n\n"
           "Le informazioni contenute nella presente comunicazione sono riservate e destinate esclusivamente "
           "al destinatario."),
]

ADDRESS = [
    ("en", "DELIVERY NOTE  {{invoice}}\nCarrier: UPS Standard   Tracking: {{tracking}}\n\nDELIVER TO:\n"
           "{{name_uc}}\n{{company_uc}}\n{{street_uc}}\n{{townline_uc}}\n{{country_uc}}\n\n"
           "ITEM              SERIAL            QTY\nLaptop 14\" G11    {{serial}}        1\n"
           "Docking station   {{serial2}}       1\n\nPlease sign and return the proof of delivery."),
    ("en", "Ticket {{ticket}} – replacement router\n\nCustomer {{name}} says the old unit died during the storm on "
           "{{date_words}}. Please ship the replacement (model FRITZ!Box 7590 AX) to {{street}}, {{townline}} – "
           "she works from home, so any weekday before 5 pm is fine. Courier can call {{phone}} on arrival."),
    ("en", "### Field service visits – {{date}}\n\n| # | Customer | Address | Window | Job |\n"
           "|---|---|---|---|---|\n| 1 | {{name}} | {{street}}, {{townline}} | 08:00–10:00 | boiler service |\n"
           "| 2 | {{name2}} | {{street2}}, {{townline2}} | 10:30–12:00 | heat pump fault E-214 |\n"
           "| 3 | {{company}} | {{street3}}, {{unit}}, {{townline3}} | 13:00–15:00 | annual inspection |\n\n"
           "Van: HX-07, engineer on duty: {{first4}}"),
    ("en", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Order id=\"{{invoice}}\" created=\"{{timestamp}}\">\n"
           "  <ShipTo>\n    <Name>{{name}}</Name>\n    <Company>{{company}}</Company>\n"
           "    <Street>{{street}}</Street>\n    <Unit>{{unit}}</Unit>\n    <PostalLine>{{townline}}</PostalLine>\n"
           "    <Country>{{country}}</Country>\n  </ShipTo>\n  <Line sku=\"SRV-RACK-42U\" qty=\"1\" price=\"1890.00\"/>\n"
           "  <Line sku=\"PDU-16A\" qty=\"2\" price=\"240.00\"/>\n</Order>"),
    ("en", "customer:\n  id: {{account}}\n  display_name: \"{{name}}\"\n  segment: SMB\n  billing:\n"
           "    po_box: \"{{pobox}}\"\n    town: \"{{townline}}\"\n    country: {{country}}\n  shipping:\n"
           "    street: \"{{street}}\"\n    town: \"{{townline2}}\"\n  crm_owner: {{internal_email}}\n"
           "  updated: {{timestamp}}"),
    ("en", "<p>Hi {{first}},</p>\n<p>Good news: your order <strong>#{{invoice}}</strong> ({{product}} licence pack, "
           "2 × hardware token) has shipped and will be delivered to:</p>\n<p>{{name}}<br>\n{{street}}<br>\n"
           "{{townline}}<br>\n{{country}}</p>\n<p>Track it here: https://track.example.com/{{tracking}}</p>\n"
           "<p>The Webshop Team</p>"),
    ("en", "INVOICE {{invoice}}                       Date: {{date}}\n\nFrom: {{company}}, VAT {{vat}}\n"
           "Remit to: {{pobox}}, {{townline}}\n\nBill to:\n{{name}}\n{{street2}}\n{{townline2}}\n{{country}}\n\n"
           "Description                         Qty   Amount\nConsulting (senior), June            12    "
           "EUR 16,800.00\nTravel expenses                       1    EUR    742.30\nVAT 19%                              "
           "      EUR  3,332.04\nTOTAL                                     EUR 20,874.34\n\nBank transfer to "
           "{{iban}} within 14 days."),
    ("en", "rma_id,received,customer,street,postal_line,country,reason,serial\n"
           "{{ticket}},{{date}},\"{{name}}\",\"{{street}}\",\"{{townline}}\",{{country}},dead on arrival,"
           "{{serial}}\n{{ticket2}},{{date}},\"{{name2}}\",\"{{street2}}\",\"{{townline2}}\",{{country}},"
           "wrong colour,{{serial2}}"),
    ("de", "RECHNUNG Nr. {{invoice}}\nRechnungsdatum: {{date}}   Leistungszeitraum: Mai\n\n"
           "{{company}} · {{pobox}} · {{townline}}\n\nFirma\n{{company2}}\nz. Hd. Herrn {{name}}\n{{street2}}\n"
           "{{townline2}}\n\nPos. Bezeichnung                      Menge   Betrag\n1    Wartungsvertrag "
           "Klimaanlage         1     1.280,00 €\n2    Anfahrtspauschale                1        65,00 €\n"
           "     zzgl. 19 % MwSt.                          255,55 €\n\nZahlbar ohne Abzug bis zum Monatsende auf "
           "{{iban}}. USt-IdNr.: {{vat}}"),
    ("de", "Vorgang {{ticket}}: Adressänderung\nKunde: {{name}}, Kundennummer {{account}}\nAlte Anschrift: "
           "{{street}}, {{townline}}\nNeue Anschrift ab {{date}}:\n{{street2}}\n{{unit}}\n{{townline2}}\n"
           "Bitte auch die Lieferadresse im Abo \"{{product}} Business\" ändern. Nachsendeauftrag liegt vor."),
    ("fr", "BON DE LIVRAISON N° {{invoice}}\nDate d'expédition : {{date}}\nTransporteur : Geodis – "
           "{{tracking}}\n\nDestinataire :\n{{name}}\n{{company}}\n{{unit}}\n{{street}}\n{{townline}}\n"
           "{{country}}\nDigicode : 4B27 – livraison au quai n° 3\n\nRéf.        Désignation               Qté\n"
           "CH-220    Chaise de bureau ergonomique    8\nBU-160    Bureau 160 x 80 cm             4"),
    ("fr", "{{name}}\n{{street}}\n{{townline}}\n\n{{company}}\nService Résiliations\n{{pobox}}\n{{townline2}}\n\n"
           "Lettre recommandée avec accusé de réception\nObjet : résiliation du contrat n° {{account}}\n\n"
           "Madame, Monsieur,\nPar la présente, je vous informe de ma décision de résilier mon contrat à compter "
           "du {{date}}.\nVeuillez agréer mes salutations distinguées.\n{{name}}"),
    ("es", "ALBARÁN DE ENTREGA N.º {{invoice}}\nFecha: {{date}}\nPedido: PED-2025-3318\n\nEnviar a:\n{{name}}\n"
           "{{street}}\n{{unit}}\n{{townline}}\n{{country}}\nTeléfono de contacto: {{phone}}\n\nBultos: 2   Peso: "
           "18,6 kg   Agencia: SEUR 24 h\nObservaciones: no dejar en conserjería."),
    ("it", "<FatturaElettronicaHeader>\n  <CessionarioCommittente>\n    <DatiAnagrafici>\n"
           "      <IdFiscaleIVA><IdCodice>{{vat}}</IdCodice></IdFiscaleIVA>\n"
           "      <Anagrafica><Denominazione>{{company}}</Denominazione></Anagrafica>\n    </DatiAnagrafici>\n"
           "    <Sede>\n      <Indirizzo>{{street}}</Indirizzo>\n      <Comune>{{city}}</Comune>\n"
           "    </Sede>\n  </CessionarioCommittente>\n"
           "  <Referente>{{name}}</Referente>\n</FatturaElettronicaHeader>"),
    ("it", "Spett.le\n{{company}}\nAlla c.a. di {{name}}\n{{street}}\n{{townline}}\n\n{{city2}}, {{date}}\n\n"
           "Oggetto: sollecito di pagamento fattura n. {{invoice}}\n\nCon la presente Vi ricordiamo che la "
           "fattura in oggetto, scaduta da 45 giorni, risulta ancora insoluta per un importo di € 3.418,20. "
           "Vi preghiamo di provvedere al saldo tramite bonifico su {{iban}}.\n\nDistinti saluti\n{{dept}}"),
]

DIALOGUE = [
    ("en", "{{date}}, 14:02 - {{name}}: Hi, is the plumber still coming today?\n"
           "{{date}}, 14:05 - {{company}}: Hi {{first}}, yes – {{first2}} is running about 40 minutes late.\n"
           "{{date}}, 14:05 - {{name}}: ok. Tell him to ring {{local7}}, the doorbell is broken\n"
           "{{date}}, 14:06 - {{company}}: Will do 👍\n{{date}}, 16:31 - {{name}}: All fixed, thanks!"),
    ("en", "Ticket {{ticket}}: Refund not received\nRequester: {{name}} <{{email}}>\nAssignee: {{first2}} {{last2}}\n\n"
           "{{name}} · {{date}} 09:14\nI returned the headset three weeks ago and still have no refund.\n\n"
           "{{first2}} {{last2}} (internal note) · {{date}} 09:40\nReturn scanned at warehouse ({{tracking}}). "
           "Refund blocked by {{product}} sync error – asked {{first3}} in Finance to release manually.\n\n"
           "{{first2}} {{last2}} · {{date}} 09:42\nHi {{first}}, sorry about that! The refund of €129.00 has been "
           "released and should reach you in 3–5 business days."),
    ("en", "{{last}}, {{first}} (External)  09:12\nHi all – joining from the {{company}} side. Is the SFTP "
           "cut-over still planned for the weekend?\n{{first2}} {{last2}}  09:14\n@{{first}} yes, Saturday "
           "06:00 CET. {{first3}} will send the new host key fingerprint.\n{{first3}} {{last3}}  09:17\n"
           "Sent it by mail. Ping me on {{e164}} if the handshake fails."),
    ("en", "INTERVIEW NOTES – Senior Data Engineer (req. {{ticket}})\nCandidate: {{name}}\nPanel: {{name2}}, "
           "{{name3}}\n\nQ: Tell us about a pipeline you built.\nA: At {{company}} I moved the nightly ETL from "
           "cron jobs to {{product}}, cut runtime from 6 h to 50 min.\nQ: Who can we contact as a reference?\n"
           "A: My former manager, {{name4}} – best on {{intl}}.\nPanel score: 4/5, proceed to final round."),
    ("en", "AGENT: Before I can discuss the account I need to verify you. Full name please?\nCALLER: {{name}}.\n"
           "AGENT: And your date of birth?\nCALLER: {{dob_words}}.\nAGENT: Thank you. Is {{spelled}} still the best "
           "number?\nCALLER: No, use my wife's phone, {{first2}}'s: {{spelled2}}.\nAGENT: Updated. I can see the "
           "direct debit failed on {{date}}; shall I retry it on Friday?\nCALLER: Yes please."),
    ("en", "<{{username}}> anyone else seeing 502s from the {{product}} proxy?\n<{{username2}}> yep since {{clock}}, "
           "started after {{first3}}'s config push\n<{{username3}}> reverted in {{short_sha}}, should recover in "
           "a minute\n<{{username}}> thx. also the customer {{name4_lc}} from {{company}} called the hotline twice, "
           "can someone call back on {{phone}}?\n<{{username2}}> on it"),
    ("en", "Incident bridge – SEV2, payments EU\n09:12 {{first}} (IC): bridge open, {{first2}} is scribe\n"
           "09:14 {{first3}}: Kafka consumer lag on {{hostname}} above 2M\n09:17 {{first}} (IC): "
           "{{first3}}, restart the consumer group; {{first4}} {{last4}}, update the status page\n"
           "09:31 {{first4}}: done, customers notified\nPost-mortem owner: {{name}} ({{internal_email}})"),
    ("en", "Minutes – Procurement steering, {{date_words}}\nAttendees: {{name}} (chair), {{name2}}, {{name3}}, "
           "{{first4}} from {{company}} (guest)\n\n1. Tender for {{product}} licences: three bids received; "
           "shortlist by end of month.\n2. Supplier onboarding: {{first2}} reports VAT check pending.\n\n"
           "ACTIONS\n- {{first}}: send evaluation matrix to {{email}}\n- {{first3}}: book the room for the "
           "Q3 review\n- {{first4}}: confirm pricing, call {{first2}} on {{ext}}"),
    ("de", "Chatprotokoll Kundenservice – {{date}}\nKundin: Guten Tag, mein Name ist {{name}}, ich habe eine "
           "Frage zur Nebenkostenabrechnung.\nMitarbeiter ({{first2}}): Guten Tag Frau {{last}}, gern. Wie lautet "
           "Ihre Vertragsnummer?\nKundin: {{account}}\nMitarbeiter ({{first2}}): Danke. Die Abrechnung wurde am "
           "{{date_words}} verschickt. Soll ich Sie zurückrufen?\nKundin: Ja, unter {{spelled}}, am besten "
           "nachmittags."),
    ("de", "{{last}}, {{first}}  09:12\nKurze Frage: Wer betreut jetzt den Rahmenvertrag mit {{company}}? "
           "Herr {{last2}} ist ja in Elternzeit.\n{{first3}} {{last3}}  09:14\nDas macht übergangsweise "
           "{{name4}} aus dem Einkauf. Die Ansprechpartnerin beim Lieferanten ist Frau {{last5}}, Durchwahl "
           "{{local7}}.\n{{last}}, {{first}}  09:17\nSuper, danke! Dann schicke ich ihr die Bestellung für "
           "die Monitore."),
    ("fr", "Transcription appel SAV – durée 04:37\nConseillère : {{company}} bonjour, {{first}} à votre écoute.\n"
           "Client : Bonjour, {{name2}}, j'appelle pour mon lave-linge, il affiche l'erreur F21.\n"
           "Conseillère : Je vois votre dossier {{ticket}}. Le technicien peut passer le {{date}}, il vous "
           "appellera au {{spelled}}, c'est bien ça ?\nClient : Oui. Sinon ma femme, {{first3}}, au {{phone}}.\n"
           "Conseillère : C'est noté, bonne journée."),
    ("fr", "#projet-migration-sap\n{{first}} {{last}} – 09:12\nQuelqu'un a des nouvelles de {{first2}} ? Il "
           "devait valider les mappings des comptes fournisseurs.\n{{first3}} {{last3}} – 09:14\nIl est en "
           "déplacement chez {{company}}, tu peux le joindre au {{intl}}.\n{{first}} {{last}} – 09:17\n"
           "Merci, je l'appelle. La recette démarre lundi."),
    ("es", "[{{date}} 19:14:02] {{name}}: Hola, ¿me confirmáis la cita de mañana en el taller?\n"
           "[{{date}} 19:20:45] {{company}}: Hola {{first}}, sí, a las 9:30. El mecánico es {{first2}}.\n"
           "[{{date}} 19:21:10] {{name}}: Perfecto. Si hay algún problema llamadme al {{e164}}\n"
           "[{{date}} 19:21:58] {{company}}: Anotado. ¡Hasta mañana!"),
    ("it", "Trascrizione chiamata – pratica {{ticket}}\nOperatrice: Buonasera, sono {{first}}, come posso "
           "aiutarla?\nCliente: Buonasera, sono {{name2}}. Vorrei spostare l'appuntamento per il sopralluogo.\n"
           "Operatrice: Certo. Mi conferma la data di nascita dell'intestatario?\nCliente: {{dob_words}}.\n"
           "Operatrice: Grazie. Il tecnico la richiamerà al {{spelled}}.\nCliente: Perfetto, grazie mille."),
    ("it", "Verbale riunione di avanzamento – {{date}}\nPresenti: {{name}} (PM), {{name2}}, {{name3}} "
           "({{company}})\n\n{{first}}: il collaudo del modulo magazzino slitta di una settimana.\n{{first2}}: "
           "serve la conferma scritta del cliente; la chiedo a {{first3}}.\n{{first3}}: la mando entro venerdì; "
           "per urgenze sono al {{intl}}.\nProssima riunione: martedì ore 10:00, sala Garibaldi."),
]

CODE = [
    ("en", "# docker-compose.yml (staging)\nservices:\n  db:\n    image: postgres:16.3@{{digest}}\n"
           "    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: \"{{password}}\"\n"
           "    volumes:\n      - pgdata:/var/lib/postgresql/data\n  worker:\n    image: registry.example.com/"
           "billing/worker:{{version}}\n    environment:\n      STRIPE_API_KEY: {{stripe}}\n"
           "      SENTRY_RELEASE: {{sha}}\n      LOG_PATH: {{path}}\nvolumes:\n  pgdata: {}"),
    ("en", "name: nightly-eval\non:\n  schedule:\n    - cron: \"0 3 * * *\"\njobs:\n  run:\n    runs-on: ubuntu-24.04\n"
           "    env:\n      # TODO move to repository secrets\n      OPENAI_API_KEY: {{openai}}\n"
           "      HF_HOME: /tmp/hf\n    steps:\n      - uses: actions/checkout@{{sha}}\n"
           "      - uses: actions/setup-python@v5\n        with:\n          python-version: \"3.12\"\n"
           "      - run: make eval  # build {{short_sha}}"),
    ("en", "$ curl -sS -X POST https://api.example.com/v3/customers \\\n  -H \"Authorization: Bearer {{jwt}}\" \\\n"
           "  -H \"Content-Type: application/json\" \\\n  -d '{\"name\": \"{{name}}\", \"email\": \"{{email}}\", "
           "\"plan\": \"pro\"}'\n{\"id\":\"cus_{{md5}}\",\"status\":\"created\",\"request_id\":\"{{uuid}}\"}"),
    ("en", "In [12]:\nimport os, pandas as pd\nos.environ[\"ANTHROPIC_API_KEY\"] = \"{{anthropic}}\"\n"
           "df = pd.read_parquet(\"s3://analytics-eu/churn/{{uuid}}.parquet\")\ndf.head(3)\n\nOut[12]:\n"
           "   customer_id  full_name             email                    last_ip          churn_score\n"
           "0  {{account}}   {{name}}   {{email}}   {{ip}}   0.82\n1  {{account2}}   {{name2}}   {{email2}}   "
           "{{ip2}}   0.17\n2  {{account3}}   {{name3}}   {{email3}}   {{ip3}}   0.64"),
    ("en", "diff --git a/config/notify.yaml b/config/notify.yaml\nindex {{short_sha}}..{{short_sha2}} 100644\n"
           "--- a/config/notify.yaml\n+++ b/config/notify.yaml\n@@ -4,7 +4,7 @@ channels:\n   ops:\n"
           "     provider: slack\n-    token: {{slack}}\n+    token: {{slack2}}\n     channel: \"#ops-alerts\"\n"
           "   release:\n     webhook: {{slack_hook}}\n     version: {{version}}"),
    ("en", "{{ip}} - - [03/Jun/2025:08:14:51 +0000] \"GET /static/app.{{short_sha}}.js HTTP/2.0\" 200 48213 "
           "\"https://portal.example.com/\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)\"\n"
           "{{ip2}} - {{username}} [03/Jun/2025:08:14:53 +0000] \"POST /api/session HTTP/2.0\" 401 87 \"-\" "
           "\"okhttp/4.12.0\"\n2025/06/03 08:14:53 [error] 2231#2231: *90412 upstream timed out (110) while "
           "reading response header from upstream, client: {{ip3}}, server: {{hostname}}, request: \"GET "
           "/api/reports HTTP/2.0\""),
    ("en", "$ kubectl get events -n billing --sort-by=.lastTimestamp\nLAST SEEN   TYPE      REASON    OBJECT"
           "                         MESSAGE\n2m          Warning   BackOff   pod/invoice-api-7d9f-x2kqp     "
           "Back-off restarting failed container\n$ kubectl logs invoice-api-7d9f-x2kqp --previous | tail -3\n"
           "{{timestamp}} INFO  starting invoice-api {{version}} (commit {{sha}})\n{{timestamp2}} ERROR "
           "could not connect: mongodb://invoice:{{password}}@mongo-0.mongo.billing.svc:27017/invoices\n"
           "{{timestamp3}} FATAL exiting"),
    ("en", "# infra/terraform/prod/backend.tf\nprovider \"azurerm\" {\n  features {}\n}\n\nterraform {\n"
           "  backend \"azurerm\" {\n    storage_account_name = \"tfstateprod\"\n    container_name       = \"state\"\n"
           "    key                  = \"prod.terraform.tfstate\"\n    access_key           = \"{{azure}}\"\n  }\n}\n\n"
           "provider \"aws\" {\n  region     = \"eu-central-1\"\n  access_key = \"{{aws_key}}\"\n"
           "  secret_key = \"{{aws_secret}}\"\n}"),
    ("en", "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [insert into "
           "customer (email, username, created_by) values (?, ?, ?)]\n  Detail: Key (email)=({{email}}) already "
           "exists.\n\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert("
           "SQLStateConversionDelegate.java:95)\n\tat com.acme.crm.CustomerService.register(CustomerService.java:"
           "144)\nrequest by {{username}} from {{ip}}, trace {{md5}}"),
    ("en", "{{timestamp}} {{hostname}} sshd[41877]: Accepted publickey for {{username}} from {{ip}} port 52814 ssh2\n"
           "{{timestamp2}} {{hostname}} sshd[41903]: Failed password for invalid user admin from {{ip2}} port 40122 "
           "ssh2\n{{timestamp3}} {{hostname}} sudo: {{username}} : TTY=pts/0 ; PWD=/home/{{username}} ; USER=root ; "
           "COMMAND=/usr/bin/systemctl restart nginx\n{{timestamp3}} {{hostname}} CRON[41911]: (root) CMD "
           "(/usr/local/bin/backup.sh --target {{path}})"),
    ("en", "# deploy/helm/values-prod.yaml\nimage:\n  repository: ghcr.io/acme/portal\n  tag: \"{{version}}\"\n"
           "ingress:\n  host: portal.example.com\n  tls:\n    crt: |\n      -----BEGIN CERTIFICATE-----\n"
           "      {{b64data}}\n      -----END CERTIFICATE-----\n    keyFile: tls/portal.key\n"
           "registry:\n  pullToken: {{github}}\n\n$ cat tls/portal.key\n{{private_key}}"),
    ("de", "Hallo Kollegen,\n\nbeim Deployment von Version {{version}} auf {{hostname}} bricht der Job ab. Hier die "
           ".env vom Server (Auszug):\n\nDATABASE_URL=postgres://fibu:{{password}}@db-intern:5432/fibu\n"
           "GITLAB_TOKEN={{gitlab}}\nMAPS_KEY={{gcp}}\nBUILD_ID={{uuid}}\n\nFehlermeldung: \"permission denied "
           "for schema buchhaltung\". Könnt ihr euch das vor der Monatsabschluss-Buchung anschauen?\n\n"
           "Danke, {{first}}"),
    ("de", "benutzername;vorname;nachname;abteilung;initialkennwort;gueltig_bis\n{{username}};{{first}};{{last}};"
           "{{dept}};{{password}};{{date}}\n{{username2}};{{first2}};{{last2}};{{dept2}};{{password2}};{{date}}\n"
           "# Export aus dem Active Directory, Auftrag {{ticket}}"),
    ("fr", "Bonjour l'équipe,\nle paiement échoue en recette depuis la mise à jour {{version}}. Extrait de "
           "config/payment.yml :\n\nstripe:\n  secret_key: {{stripe}}\n  webhook_secret: whsec_{{token}}\n"
           "  account_country: FR\n\nLog : {{timestamp}} ERROR PaymentIntent {{uuid}} refusé (card_declined)\n"
           "Commit concerné : {{sha}}\nMerci de regarder, {{name}}"),
    ("es", "# sincroniza_clientes.py – no subir al repositorio\nimport requests\n\nGITHUB_TOKEN = \"{{github}}\"\n"
           "CLAVE_MAPAS = \"{{gcp}}\"  # proyecto crm-es-prod\n\ndef exportar(usuario=\"{{username}}\"):\n"
           "    r = requests.get(\"https://api.example.es/v1/clientes\", headers={\"X-Token\": \"{{token}}\"})\n"
           "    r.raise_for_status()\n    return r.json()  # checksum esperado {{sha256}}"),
    ("it", "2025-05-19 11:02:33,418 ERROR gestionale.sync [{{hostname}}] Connessione fallita a "
           "mysql://{{username}}:{{password}}@db-prod.interno:3306/gestionale\nTraceback (most recent call last):\n"
           "  File \"/opt/gestionale/sync/job.py\", line 57, in run\n    conn = pymysql.connect(**cfg)\n"
           "pymysql.err.OperationalError: (1045, \"Access denied for user '{{username}}'\")\n"
           "job_id={{uuid}} versione={{version}}"),
]

PROSE = [
    ("en", "HR CASE NOTE – confidential\nCase: {{ticket}}\nEmployee: {{name}} (personnel no. {{account}})\n"
           "Date of birth: {{dob_words}}\nRole: {{job}}, {{dept}}\nManager: {{name2}}\n\nMet on {{date}} to discuss "
           "the flexible-working request (4-day week from September). Agreed a 3-month trial; review in "
           "{{product}} workflow. Copy to {{internal_email}}."),
    ("en", "KYC ONBOARDING – INDIVIDUAL\nFULL NAME: {{name_uc}}\nDATE OF BIRTH: {{dob_iso}}\nCOUNTRY OF RESIDENCE: "
           "{{country}}\nRESIDENTIAL ADDRESS: {{street}}, {{townline}}\nOCCUPATION: {{job}}\nSOURCE OF FUNDS: "
           "salary\nIBAN: {{iban}}\nPEP: NO   SANCTIONS HIT: NO\nCHECKED BY: {{username}} on {{date}}"),
    ("en", "S: 58-year-old patient reports 3 days of productive cough, no fever.\nO: SpO2 96% on air, crackles "
           "right base. Patient: {{name}}, DOB {{dob}}, MRN {{mrn}}.\nA: Likely lower respiratory tract infection.\n"
           "P: Doxycycline 100 mg OD x 5 days, safety-netting advice given. Copy to GP, Dr {{last2}}.\n"
           "Signed: {{name3}}, ANP, {{date}}"),
    ("en", "Dear {{first}},\n\nThank you for your claim dated {{date}} under policy {{account}}. To complete our "
           "checks we hold the following details: policyholder {{name}}, born {{dob_words}}, online account "
           "{{username}}. If any of these are wrong, please reply to {{internal_email}} quoting reference "
           "{{ticket}}.\n\nYours sincerely,\nClaims Team, {{company}}"),
    ("en", "## Quarterly access review – {{product}} (prod)\n\n| User | Login | Manager | Last login | Decision |\n"
           "|---|---|---|---|---|\n| {{name}} | {{username}} | {{name4}} | {{date}} | keep |\n| {{name2}} | "
           "{{username2}} | {{name4}} | {{date2}} | revoke (left company) |\n| {{name3}} | {{username3}} | "
           "{{name4}} | never | revoke |\n\nReviewer sign-off: {{internal_email}}"),
    ("en", "Customer says she cannot reset her password for {{product}} since the {{version}} update. Verified "
           "identity: {{name}}, date of birth {{dob}}, customer number {{account}}, username {{username}}. "
           "Reset link sent to the address on file; ticket {{ticket}} linked to the known issue PLAT-4471."),
    ("en", "To whom it may concern,\n\nI confirm that {{name}}, born on {{dob_words}}, was employed by {{company}} "
           "as {{job}} from March 2019 to {{date_words}}. During this time {{first}} led the migration of our "
           "billing platform to {{product}} and managed a team of six.\n\nFor further information please "
           "contact me at {{email}}.\n\n{{name2}}\nHead of {{dept}}"),
    ("en", "Loan application {{ticket}} – summary for credit committee\nApplicant: {{name}}, DOB {{dob_iso}}\n"
           "Employer: {{company}} ({{job}}, 7 years)\nNet monthly income: EUR 4,380\nRequested: EUR 25,000 over "
           "60 months\nExisting customer since 2014, current account {{account}}, salary paid into {{iban}}\n"
           "Recommendation: approve at 6.9% APR."),
    ("de", "Vermerk zur Personalakte\nMitarbeiter: {{name}}\nPersonalnummer: {{account}}\nGeboren am: "
           "{{dob_words}}\nAbteilung: {{dept}}\n\nAm {{date}} wurde mit Herrn {{last}} die Versetzung an den "
           "Standort {{city}} besprochen. Er ist einverstanden; die Änderung des Arbeitsvertrags erfolgt zum "
           "Quartalsbeginn. Rückfragen an {{internal_email}}."),
    ("de", "Arztbrief\n\nSehr geehrte Frau Kollegin {{last2}},\n\nwir berichten über Ihren Patienten {{name}}, "
           "geb. {{dob}}, Fall-Nr. {{mrn}}, der sich vom {{date}} bis heute in unserer stationären Behandlung "
           "befand.\nDiagnosen: Pneumonie rechts basal, Diabetes mellitus Typ 2.\nMedikation bei Entlassung: "
           "Metformin 1000 mg 1-0-1, Ramipril 5 mg 1-0-0.\n\nMit kollegialen Grüßen\n{{name3}}, Oberarzt"),
    ("fr", "Note CRM – {{company}}\nInterlocuteur : {{name}}, {{job}}\nN° client : {{account}}\n\nAppel du {{date}} : "
           "le client souhaite passer à l'offre Premium au 1er du mois. Il demande un devis pour 120 postes "
           "{{product}}. Identifiant espace client : {{username}}. Relance prévue par {{internal_email}}."),
    ("fr", "CERTIFICAT DE TRAVAIL\n\nJe soussigné(e) {{name2}}, {{job2}} de la société {{company}}, certifie que "
           "{{name}}, né(e) le {{dob}}, a été employé(e) du 2 mai 2018 au {{date}} en qualité de {{job}}.\n"
           "{{first}} quitte l'entreprise libre de tout engagement.\n\nFait pour servir et valoir ce que de droit."),
    ("es", "Expediente de personal – {{name}}\nN.º de empleado: {{account}}\nFecha de nacimiento: {{dob}}\n"
           "Puesto: {{job}} ({{dept}})\nAlta: {{date}}\nUsuario corporativo: {{username}}\nObservaciones: solicita "
           "reducción de jornada por cuidado de menor; pendiente de aprobación por {{name2}}."),
    ("es", "Revisión KYC – banca privada\nTitular: {{name}}\nFecha de nacimiento: {{dob_words}}\nCuenta: {{iban}}\n"
           "Profesión declarada: {{job}}\nOrigen de fondos: venta de participaciones en {{company}}\nUsuario banca "
           "online: {{username}}\nResultado: riesgo medio, revisión anual."),
    ("it", "Cartella clinica – Pronto Soccorso\nPaziente: {{name}}\nData di nascita: {{dob}}\nN. cartella: {{mrn}}\n"
           "Accesso: {{date}}, codice colore verde\nAnamnesi: trauma distorsivo caviglia destra durante attività "
           "sportiva.\nEsito: dimesso con bendaggio, controllo ortopedico tra 10 giorni.\nMedico: {{name2}}"),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
