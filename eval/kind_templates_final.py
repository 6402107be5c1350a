"""FINAL templates of the generalisation corpus kinds (eval.kinds), for the `final` split.

Written after the held-out split had been scored once, by someone who never ran the engine on them,
and never to be tuned on: the lead scores them once (`python -m eval --split final`). They imitate
what enterprises send through an LLM gateway (mail threads, tickets, CRM and HR notes, chat and
call transcripts, shipping and invoice blocks, configs, CI logs, stack traces, dumps), with plenty
of ordinary text around the values (products, amounts, order and ticket numbers, timestamps,
versions, hashes) so that over-redaction is measured as well as recall.

Each kind maps to (language, template) pairs; `{{slot}}` names are eval.planted slots. No literal
personal value is written here (no names, e-mails, phone numbers, IP addresses or street
addresses): every one is a slot, so that it is labelled.
"""

from __future__ import annotations

SIGNATURE = [
    ("en", "Hi {{first2}},\n\nAttached is the countersigned SOW for the data platform migration. Let me know if Legal "
           "needs anything else from our side.\n\nRegards,\n{{first}} {{last}}\nSenior Solutions Architect\n"
           "{{company}}\nM: {{intl}}\nT: {{phone}}\n\nThis e-mail and any attachments are confidential and intended "
           "solely for the addressee. If you received it in error, please notify the sender and delete it.\n\n"
           "-----Original Message-----\nFrom: {{first2}} {{last2}} <{{email}}>\nSent: {{date}}\n"
           "Subject: RE: SOW countersignature"),
    ("en", "BEGIN:VCARD\nVERSION:3.0\nN:{{last}};{{first}};;;\nFN:{{first}} {{last}}\nORG:{{company}}\n"
           "TITLE:{{job}}\nTEL;TYPE=WORK,VOICE:{{intl}}\nTEL;TYPE=CELL:{{e164}}\nEMAIL;TYPE=INTERNET:{{email}}\n"
           "REV:2025-03-18T10:22:41Z\nUID:urn:uuid:{{uuid}}\nEND:VCARD"),
    ("en", "Profile\n{{first}} {{last}}\nTitle: {{job}}\nTeam: Payments Platform (EMEA)\nLocal time: 14:32\n"
           "Work phone: {{ext}}\nEmail: {{internal_email}}\nStatus: in a meeting until 3 pm, on call this week"),
    ("en", "contact_id,first_name,last_name,title,account,phone,mobile,email,last_activity\n"
           "{{uuid}},{{first}},{{last}},\"{{job}}\",\"{{company}}\",{{phone}},{{e164}},{{email}},2025-05-02\n"
           "{{uuid2}},{{first2}},{{last2}},Procurement Lead,\"{{company2}}\",{{local7}},{{intl}},"
           "{{internal_email}},2025-04-28"),
    ("en", "Automatic reply: Q4 forecast review\n\nThank you for your message. I am out of the office until {{date}} "
           "with limited access to e-mail. For anything urgent on the {{company}} account, please contact my "
           "colleague {{name2}} at {{email}} or {{intl}}.\n\nBest regards,\n{{name}}\n{{job}}"),
    ("de", "Mit freundlichen Grüßen\n\n{{first}} {{last}}\nTeamleiterin Debitorenbuchhaltung\n\n{{company}}\n"
           "{{street}}\n{{townline}}\nTelefon {{intl}}\nTelefax {{phone}}\nE-Mail {{email}}\n\n"
           "Sitz der Gesellschaft: {{city}} | Registergericht HRB 48213\nGeschäftsführung: {{name2}}, {{name3}}"),
    ("de", "Gesendet von meinem iPhone\n\n{{first}} {{last}}\nBereichsleiter Einkauf\nMobil {{e164}}\n\n"
           "Am {{date}} schrieb {{first2}} {{last2}} <{{email}}>:\n> Können Sie uns das Angebot für die 40 "
           "Rahmenverträge bis Freitag bestätigen?\n> Viele Grüße, {{first2}}"),
    ("fr", "Bonne journée,\n\n{{first}} {{last}}\nChargée de recrutement – Direction des Ressources Humaines\n"
           "{{company}}\nStandard : {{phone}}\nLigne directe : {{intl}}\nMobile : {{e164}}\n{{email}}\n\n"
           "Pensez à l'environnement avant d'imprimer ce courriel."),
    ("fr", "Réponse automatique : absente du bureau\n\nBonjour,\nJe suis en congés jusqu'au {{date}} inclus. Pour "
           "toute question sur la facturation, merci de contacter {{name2}} ({{email}}, {{phone}}).\n\n"
           "Cordialement,\n{{name}}\nComptable fournisseurs, {{company}}"),
    ("es", "Atentamente,\n\n{{first}} {{last}}\nJefe de Proyecto · Oficina Técnica\n{{company}}\nT. {{intl}}\n"
           "M. {{e164}}\n{{email}}\n\nAVISO LEGAL: Este mensaje y sus anexos se dirigen exclusivamente a su "
           "destinatario y pueden contener información confidencial."),
    ("it", "Cordialmente,\n{{first}} {{last}}\nKey Account Manager – Divisione Retail\n{{company}}\n"
           "Tel. {{phone}} | Mob. {{e164}}\nPEC: {{email}}\n\nAi sensi del Regolamento UE 2016/679 (GDPR), le "
           "informazioni contenute in questa comunicazione sono riservate."),
    ("it", "Da: {{first}} {{last}} <{{email}}>\nInviato: {{date}}\nA: Ufficio Acquisti\n"
           "Oggetto: R: Ordine n. 4500219877\n\nBuongiorno,\nconfermo la consegna per la settimana 14.\n\n"
           "Saluti,\n{{first}}\n--\n{{first}} {{last}} | Responsabile Logistica | {{company}}\n"
           "Tel. {{intl}} – Fax {{phone}}"),
]

ADDRESS = [
    ("en", "PACKING SLIP                      Order WEB-1048823\nShip date: {{date}}    Carrier: DHL Express, "
           "2 parcels, 7.4 kg\n\nSHIP TO\n{{name}}\n{{company}}\n{{street}}\n{{townline}}\n{{country}}\n\n"
           "SKU          Qty  Description\nHX-220-BLK     2  USB-C docking station, 100 W\nCB-USB4-1M     4  "
           "USB4 cable, 1 m\n\nQuestions? Customer service Mon-Fri 8:00-18:00."),
    ("en", "INVOICE INV-2025-00731\nInvoice date: {{date}}\nTerms: net 30\n\nBill to:\n{{company}}\n"
           "Attn: {{name}}, Accounts Payable\n{{street}}\n{{townline}}\n{{country}}\n\n"
           "Annual support subscription (Tier 2)    EUR 18,400.00\nOnboarding workshop (2 days)            "
           "EUR 3,200.00\nTotal due                               EUR 21,600.00\n\n"
           "Please remit to IBAN {{iban}} quoting INV-2025-00731."),
    ("en", "{\n  \"order_id\": \"{{uuid}}\",\n  \"created_at\": \"2025-06-03T11:47:09Z\",\n"
           "  \"status\": \"awaiting_fulfilment\",\n  \"shipping_address\": {\n    \"recipient\": \"{{name}}\",\n"
           "    \"line1\": \"{{street}}\",\n    \"city\": \"{{city}}\",\n    \"country\": \"{{country}}\"\n  },\n"
           "  \"items\": [{\"sku\": \"TSHIRT-ORG-M\", \"qty\": 3, \"unit_price\": 19.9}],\n"
           "  \"shipping_method\": \"standard\"\n}"),
    ("en", "CN23 CUSTOMS DECLARATION\nSender: {{company}}, Returns Department\nAddressee: {{name}}\n"
           "Street: {{street}}\nPostcode/Town: {{townline}}\nCountry: {{country}}\nContents: 1 x refurbished "
           "laptop (HS code 8471.30), value EUR 420.00\nCategory: returned goods"),
    ("en", "-- Dump of table customer_addresses (excerpt)\nINSERT INTO `customer_addresses` (`id`, `customer_ref`, "
           "`full_name`, `street`, `town`, `country`, `updated_at`) VALUES\n(48211, '{{account}}', '{{name}}', "
           "'{{street}}', '{{townline}}', '{{country}}', '2025-01-17 08:02:11'),\n(48212, '{{account2}}', "
           "'{{name2}}', '{{street2}}', '{{townline2}}', '{{country}}', '2025-01-17 08:04:56');"),
    ("de", "Lieferschein Nr. LS-884120\nKundennummer: {{account}}\nLieferdatum: {{date}}\n\nLieferanschrift:\n"
           "{{company}}\nz. Hd. {{name}}\n{{street}}\n{{townline}}\n{{country}}\n\nPos.  Menge  Artikel\n"
           "1     12     Fachbodenregal 1800 x 600 mm, verzinkt\n2      1     Montagematerial-Set\n\n"
           "Ware in einwandfreiem Zustand erhalten: ______________"),
    ("de", "Hallo zusammen,\n\nbitte im ERP die Rechnungsanschrift für Debitor {{account}} ändern. Neue Anschrift "
           "laut Schreiben vom {{date}}:\n\n{{company}}\n{{street}}\n{{townline}}\n\nDie Lieferanschrift bleibt "
           "{{street2}}, {{townline2}}.\n\nDanke und Gruß\n{{first}}"),
    ("fr", "Commande n° CMD-2025-04417 du {{date}}\n\nAdresse de facturation :\n{{company}}\nService comptabilité "
           "– à l'attention de {{name}}\n{{street}}\n{{townline}}\n{{country}}\n\nAdresse de livraison : "
           "identique\nRèglement : virement à 45 jours fin de mois"),
    ("fr", "Autorisation de retour RMA-77120\nProduit : casque sans fil, n° de série SN4F7K2290\n"
           "À renvoyer par :\n{{name}}\n{{street}}\n{{townline}}\n{{country}}\nTél. pour le transporteur : "
           "{{phone}}"),
    ("es", "Incidencia #58213 – Cambio de dirección de envío\nCliente: {{name}} (n.º de cliente {{account}})\n"
           "Dirección anterior: {{street}}, {{townline}}\nDirección nueva:\n{{street2}}\n{{townline2}}\n"
           "{{country}}\nEstado: pendiente de validar por Logística"),
    ("es", "FACTURA N.º F-2025/00934\nFecha de emisión: {{date}}\n\nCliente: {{company}}\nA la atención de: "
           "{{name}}\nDomicilio: {{street}}, {{townline}} ({{country}})\n\nConcepto: licencias anuales, 25 puestos\n"
           "Base imponible: 7.450,00 €\nIVA (21 %): 1.564,50 €\nTotal: 9.014,50 €\n"
           "Forma de pago: transferencia a {{iban}}"),
    ("it", "DOCUMENTO DI TRASPORTO n. 2025/1187\nCausale: vendita – Porto: franco\n\nDestinatario:\n{{name}}\n"
           "{{street}}\n{{townline}}\n{{country}}\n\nVettore: corriere espresso – Colli: 3 – Peso lordo: 41,5 kg\n"
           "Aspetto dei beni: scatole di cartone"),
]

DIALOGUE = [
    ("en", "Chat started: {{date}} 09:41 UTC\nVisitor: hi, I can't log in to the billing portal\n"
           "{{first}} (Support): Hi there! I'm {{first}}, happy to help. Could you confirm the name on the "
           "account?\nVisitor: {{name}}\n{{first}} (Support): Thanks. And the e-mail you registered with?\n"
           "Visitor: {{email}}, or maybe my work one, {{internal_email}}\n{{first}} (Support): Found it. I've "
           "sent a reset link; it expires in 30 minutes.\nVisitor: got it, thanks!\nChat ended by visitor"),
    ("en", "[00:00:04] {{first}} {{last}}: Okay, let's start. Agenda is the Q3 churn numbers and the renewal for "
           "{{company}}.\n[00:00:19] {{first2}} {{last2}}: Before that, {{first3}} from Legal can only stay ten "
           "minutes.\n[00:00:27] {{first3}} {{last3}}: Yes, sorry. Quick one: the DPA redlines went back to them "
           "on {{date}}.\n[00:01:02] {{first}} {{last}}: Thanks. {{last2}}, can you walk us through the "
           "dashboard?\n[00:01:10] {{first2}} {{last2}}: Sure, sharing my screen now."),
    ("en", "CALL 7F3E-22 | Queue: Claims | Duration 06:12\nAGENT: Thanks for calling {{company}} claims, this is "
           "{{first}}. May I have your policy number?\nCUSTOMER: Sure, it's {{account}}.\nAGENT: Thank you. And "
           "who am I speaking with?\nCUSTOMER: {{first2}} {{last2}}. My partner, {{first3}}, is the main "
           "policyholder.\nAGENT: Got it. What's the best number to call you back on?\nCUSTOMER: {{spelled}}\n"
           "AGENT: Perfect, a loss adjuster will call within two working days."),
    ("en", "#inc-2291-payments-latency\n{{first}}: paging {{first2}}, she's on call for the ledger service\n"
           "{{first2}}: here. {{last3}}'s deploy at 14:05 looks suspicious (build {{short_sha}})\n"
           "{{first}}: roll back to {{version}}?\n{{first2}}: done, error rate back under 0.1%. a customer "
           "called {{name4}} opened a ticket, I'll reply\n{{first}}: ty"),
    ("en", "Quick recap of the call: the customer, a Ms {{last}} from {{company}}, said her colleague {{first2}} "
           "{{last2}} had already raised this in March. {{first2}}'s direct line is {{intl}}. Nobody called {{first3}} "
           "back, which is why she escalated to the account director."),
    ("de", "#team-vertrieb\n{{first}} {{last}}  10:14\nHat jemand die aktuelle Preisliste für {{company}}? "
           "Der Einkäufer, Herr {{last2}}, will bis morgen ein Angebot.\n{{first3}} {{last3}}  10:16\nLiegt im "
           "SharePoint unter Vertrieb/2025/Preislisten. Ruf ihn am besten direkt an: {{intl}}\n"
           "{{first}} {{last}}  10:17\nDanke!"),
    ("de", "Gesprächsnotiz Hotline, {{date}}\nAnruferin: Frau {{name}}\nAnliegen: Zählerstand nachmelden, "
           "Vertragskonto {{account}}\nRückrufnummer (diktiert): {{spelled}}\nNotiz: Kundin bittet um Rückruf "
           "nach 16 Uhr, stimmt sich vorher mit ihrer Tochter {{first2}} ab."),
    ("fr", "[{{date}} 18:02] {{first}} {{last}} : Bonsoir, la livraison prévue aujourd'hui n'est pas arrivée\n"
           "[{{date}} 18:05] Service client {{company}} : Bonsoir {{first}}, pouvez-vous nous indiquer votre "
           "numéro de commande ?\n[{{date}} 18:06] {{first}} {{last}} : C'est la CMD-448291\n"
           "[{{date}} 18:09] Service client {{company}} : Merci. Le livreur vous appellera au {{spelled}} "
           "demain matin."),
    ("fr", "Compte rendu – point hebdo projet ERP\nPrésents : {{name}}, {{name2}}, {{name3}} ({{company}})\n\n"
           "{{name}} : la bascule est confirmée pour le week-end du {{date}}.\n{{name2}} : il faut encore valider "
           "les habilitations avec {{last3}}.\n{{name3}} : je m'en charge, je reviens vers vous d'ici jeudi."),
    ("es", "Agente ({{first}}): Buenas tardes, gracias por contactar con el soporte de {{company}}. ¿Con quién "
           "hablo?\nCliente: Soy {{first2}} {{last2}}, llamo por la factura de marzo.\nAgente ({{first}}): De "
           "acuerdo. ¿Me confirma un teléfono de contacto?\nCliente: Claro, {{spelled}}.\nAgente ({{first}}): "
           "Perfecto, {{first2}}. Le envío la factura rectificativa hoy mismo."),
    ("it", "Operatore: Buongiorno, assistenza clienti, sono {{first}}. Con chi parlo?\nCliente: Buongiorno, sono "
           "{{first2}} {{last2}}, chiamo per conto di mio padre, {{name3}}.\nOperatore: Mi serve la data di "
           "nascita dell'intestatario.\nCliente: È nato il {{dob}}.\nOperatore: Grazie. Un numero per "
           "richiamarvi?\nCliente: {{spelled}}\nOperatore: Bene, apro la pratica n. 2025-IT-04471."),
    ("it", "{{first}} {{last}} 09:12\nCiao {{first2}}, hai sentito {{name3}} di {{company}}? Dice che l'ordine "
           "non è ancora partito.\n{{first2}} {{last2}} 09:15\nSì, l'ho chiamato io ieri al {{intl}}. Parte oggi "
           "con il corriere.\n{{first}} {{last}} 09:16\nPerfetto, grazie!"),
]

CODE = [
    ("en", "# .env.production -- do NOT commit\nAPP_ENV=production\nAPP_VERSION={{version}}\n"
           "DB_HOST=orders-db.prod.internal\nDB_USER=orders_rw\nDB_PASSWORD={{password}}\n"
           "STRIPE_SECRET_KEY={{stripe}}\nSENTRY_RELEASE={{sha}}\nFEATURE_FLAGS=checkout_v2,invoice_pdf"),
    ("en", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-api-credentials\n  namespace: payments\n"
           "  labels:\n    app.kubernetes.io/version: \"{{version}}\"\ntype: Opaque\nstringData:\n"
           "  OPENAI_API_KEY: {{openai}}\n  SLACK_BOT_TOKEN: {{slack}}\n---\napiVersion: apps/v1\n"
           "kind: Deployment\nmetadata:\n  name: payments-api\nspec:\n  replicas: 3\n  template:\n    spec:\n"
           "      containers:\n        - name: api\n          image: ghcr.io/acme/payments-api@{{digest}}"),
    ("en", "Run actions/checkout@v4\n  with:\n    ref: {{sha}}\nSyncing repository: acme/billing-service\n"
           "Run ./scripts/deploy.sh\n+ export AWS_ACCESS_KEY_ID={{aws_key}}\n"
           "+ export AWS_SECRET_ACCESS_KEY={{aws_secret}}\n+ aws s3 sync dist/ s3://acme-billing-artifacts/"
           "{{short_sha}}/\nupload: dist/app.js to s3://acme-billing-artifacts/{{short_sha}}/app.js\n"
           "Error: Process completed with exit code 1."),
    ("en", "Traceback (most recent call last):\n  File \"/srv/app/billing/tasks.py\", line 88, in send_dunning_email\n"
           "    conn = psycopg2.connect(\"postgresql://billing:{{password}}@pg-primary.billing.svc:5432/billing\")\n"
           "  File \"/usr/lib/python3.11/site-packages/psycopg2/__init__.py\", line 122, in connect\n"
           "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\n"
           "psycopg2.OperationalError: connection to server at \"pg-primary.billing.svc\" failed: FATAL:  "
           "password authentication failed for user \"billing\"\n\ntask_id={{uuid}} recipient={{email}}"),
    ("en", "2025-04-22 07:31:18.442 ERROR 1 --- [nio-8080-exec-7] c.a.gateway.auth.JwtFilter : Rejected token for "
           "user '{{username}}' from {{ip}}\nio.jsonwebtoken.ExpiredJwtException: JWT expired at "
           "2025-04-22T07:01:18Z. Current time: 2025-04-22T07:31:18Z\n"
           "\tat io.jsonwebtoken.impl.DefaultJwtParser.parse(DefaultJwtParser.java:385)\n"
           "\tat com.acme.gateway.auth.JwtFilter.doFilterInternal(JwtFilter.java:61)\n"
           "Authorization header was: Bearer {{jwt}}\ntrace_id={{md5}}"),
    ("en", "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n-- Database: crm\nLOCK TABLES `users` WRITE;\n"
           "INSERT INTO `users` (`id`, `login`, `email`, `display_name`, `api_token`, `avatar_md5`, `last_login`) "
           "VALUES\n(1042,'{{username}}','{{email}}','{{name}}','{{token}}','{{md5}}','2025-03-02 17:45:10'),\n"
           "(1043,'{{username2}}','{{email2}}','{{name2}}','{{token2}}',NULL,'2025-02-27 09:03:52');\n"
           "UNLOCK TABLES;"),
    ("en", "# terraform.tfvars\nproject_id     = \"acme-data-prod\"\nregion         = \"europe-west3\"\n"
           "maps_api_key   = \"{{gcp}}\"\ngitlab_token   = \"{{gitlab}}\"\nstate_lock_id  = \"{{uuid}}\"\n"
           "module_version = \"{{version}}\""),
    ("en", "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"ConnectionStrings\": {\n"
           "    \"Reports\": \"DefaultEndpointsProtocol=https;AccountName=acmereports;AccountKey={{azure}};"
           "EndpointSuffix=core.windows.net\"\n  },\n  \"Build\": { \"Commit\": \"{{sha}}\", \"Version\": "
           "\"{{version}}\" }\n}"),
    ("en", "# ~/.npmrc\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken={{github}}\n"
           "always-auth=true\n\n$ npm ci\nadded 1284 packages, and audited 1285 packages in 41s\n"
           "found 0 vulnerabilities\nlockfile integrity sha512 ok ({{sha256}})"),
    ("en", "import anthropic\n\n# quick test from the hackathon, remove before merging\n"
           "client = anthropic.Anthropic(api_key=\"{{anthropic}}\")\nmsg = client.messages.create(\n"
           "    model=\"claude-sonnet-4\", max_tokens=512,\n    messages=[{\"role\": \"user\", \"content\": "
           "\"Summarise ticket 4471\"}],\n)\nprint(msg.id)  # run {{uuid}}"),
    ("en", "Ticket SUP-3318: deploy user cannot SSH into the bastion\n\nRegenerated the key twice, still "
           "\"Permission denied (publickey)\". Here is what is on the runner:\n\n$ cat ~/.ssh/id_deploy\n"
           "{{private_key}}\n\nRunner image {{digest}}, job started {{date}}."),
    ("en", "{{ip}} - - [12/May/2025:10:02:17 +0000] \"GET /api/v2/reports/{{uuid}}?access_token={{token}} "
           "HTTP/1.1\" 200 5120 \"-\" \"python-requests/2.31.0\"\n{{ip2}} - {{username}} "
           "[12/May/2025:10:02:19 +0000] \"POST /login HTTP/1.1\" 302 0 \"https://portal.example.com/\" "
           "\"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\""),
    ("en", "$ git remote -v\norigin  https://oauth2:{{gitlab}}@gitlab.acme.dev/platform/infra.git (fetch)\n"
           "$ git log --oneline -3\n{{short_sha}} fix(helm): bump chart to {{version}}\n"
           "{{short_sha2}} chore: rotate staging certificates\n{{short_sha3}} feat: add eu-central-1 runners"),
    ("en", "{\n  \"alerting\": {\n    \"channel\": \"#ops-alerts\",\n    \"webhook_url\": \"{{slack_hook}}\",\n"
           "    \"mention\": \"@oncall-payments\"\n  },\n  \"build\": {\"commit\": \"{{sha}}\", "
           "\"artifact_sha256\": \"{{sha256}}\"}\n}"),
    ("en", "def test_upload_roundtrip():\n    # fixture payload, not a secret\n    payload = base64.b64decode("
           "\"{{b64data}}\")\n    s3 = boto3.client(\"s3\", region_name=\"eu-west-1\",\n"
           "                      aws_access_key_id=\"{{aws_key}}\",\n"
           "                      aws_secret_access_key=\"{{aws_secret}}\")\n"
           "    s3.put_object(Bucket=\"qa-fixtures\", Key=\"uploads/{{uuid}}.bin\", Body=payload)"),
    ("de", "Hallo IT-Support,\n\nseit dem Update auf Version {{version}} kann ich mich nicht mehr am VPN "
           "anmelden. Meine Zugangsdaten: Benutzer {{username}}, Kennwort {{password}}. Fehlermeldung: "
           "\"Authentifizierung fehlgeschlagen (Code 691)\".\nRechnername: NB-FIBU-0427\n\nGruß\n"
           "{{first}} {{last}}\nFinanzbuchhaltung"),
    ("fr", "Bonjour,\nLe connecteur CRM renvoie une erreur 401 depuis ce matin. Voici la configuration actuelle :\n"
           "  url: https://crm.example.fr/api\n  login: {{username}}\n  mot_de_passe: {{password}}\n"
           "  cle_api: {{token}}\nLa dernière synchro réussie date du {{date}} (job {{uuid}}).\n"
           "Merci d'avance,\n{{name}}"),
    ("es", "[ERROR] 2025-02-03 16:20:44,117 integracion.sap - Fallo al renovar el token del usuario {{username}}\n"
           "Cabecera enviada: Authorization: Bearer {{jwt}}\nRespuesta: 401 Unauthorized (correlation-id "
           "{{uuid}})\nReintento 3/3 en 30 s"),
    ("it", "# application-prod.properties\nspring.datasource.url=jdbc:postgresql://db-prod.interno:5432/gestionale\n"
           "spring.datasource.username={{username}}\nspring.datasource.password={{password}}\n"
           "spring.mail.password={{password2}}\ngoogle.maps.key={{gcp}}\ninfo.build.version={{version}}\n"
           "info.build.commit={{short_sha}}"),
]

PROSE = [
    ("en", "HR onboarding checklist – new starter\nName: {{name}}\nPosition: {{job}}, reporting to the Head of "
           "Finance Operations\nStart date: {{date}}\nDate of birth: {{dob}}\nLogin: {{username}} (mailbox "
           "{{internal_email}} created)\nLaptop: ThinkPad T14 Gen 4, asset tag IT-004518\nBadge access: floors 3 "
           "and 4"),
    ("en", "Account note ({{company}}): spoke with {{name}}, {{job}}, about the renewal. Customer no. {{account}}. "
           "They move from the Standard to the Enterprise plan on {{date}} and want SSO for 450 seats. Follow up "
           "with {{internal_email}} (their IT admin) about the SAML metadata."),
    ("en", "REFERRAL\nTo: Cardiology Outpatients\nRe: {{name}}   DOB: {{dob}}   Hospital no.: {{mrn}}\n\n"
           "Dear colleague,\nThank you for seeing this patient with exertional chest pain since {{date}}. ECG "
           "shows sinus rhythm, rate 72. Current medication: ramipril 5 mg once daily, atorvastatin 20 mg.\n\n"
           "Yours sincerely,\nDr {{last2}}, GP"),
    ("en", "Claim summary\nPolicy: {{account}}\nPolicyholder: {{name}} (born {{dob}})\nIncident: water damage, "
           "reported {{date}}\nAssessor: {{company}}, ref. LA-22918\nPortal user: {{username}}\n"
           "Reserve: GBP 4,250.00"),
    ("en", "Access request AR-1187\nRequester: {{name}} ({{username}}), {{job}}\nSystem: Salesforce production, "
           "profile \"Sales Ops Read Only\"\nApprover: {{internal_email}}\nValid until: {{date}}\n"
           "Justification: quarterly pipeline review for {{company}}"),
    ("en", "KYC refresh – retail\nCustomer: {{name}}\nCustomer ID: {{account}}\nDOB: {{dob}}\nOccupation: {{job}}\n"
           "Employer: {{company}}\nDocuments checked on {{date}}: passport (valid), utility bill\nRisk rating "
           "unchanged (low). Online banking user {{username}} left active."),
    ("en", "Release {{version}} went out on {{date}}. Highlights: faster PDF export, new audit log filters, TLS 1.3 "
           "only on the public API. Known issue: CSV imports over 50 MB time out (PLAT-3381). Questions to "
           "{{name}} ({{internal_email}}). Build {{short_sha}}, artifact checksum {{sha256}}."),
    ("de", "Aktennotiz Personalabteilung\nMitarbeiterin: {{name}}\nGeburtsdatum: {{dob}}\nFunktion: {{job}}\n"
           "Eintritt: {{date}}\nVereinbart: Elternzeit ab dem Ersten des Folgemonats, danach Teilzeit mit 30 "
           "Wochenstunden.\nVerteiler: {{internal_email}}"),
    ("de", "Entlassungsbericht\nPatient: {{name}}, geb. {{dob}}\nFallnummer: {{mrn}}\nAufnahme: {{date}}\n"
           "Diagnose: distale Radiusfraktur links, konservativ versorgt\nProcedere: Gipskontrolle in 7 Tagen, "
           "Ibuprofen 400 mg bei Bedarf."),
    ("de", "Ticket #DE-20931 – Kündigung\nKunde {{name}} (Kundennummer {{account}}) möchte den Tarif \"Business "
           "Flex 50\" zum {{date}} kündigen. Login im Kundenportal: {{username}}. Rückfragen an "
           "{{internal_email}}. Hinweis: die Mindestlaufzeit von 24 Monaten ist noch nicht abgelaufen."),
    ("de", "Schadenmeldung vom {{date}}\nVersicherungsnehmer: {{name}}, geboren {{dob}}\n"
           "Versicherungsschein-Nr.: {{account}}\nSchadenart: Glasbruch Wohngebäude\nOnline-Zugang: {{username}}"),
    ("fr", "Compte rendu d'entretien annuel\nSalarié : {{name}}\nPoste : {{job}} – {{company}}\nDate de "
           "l'entretien : {{date}}\nDate de naissance : {{dob}}\nObjectifs : certification ITIL v4, reprise du "
           "portefeuille grands comptes.\nIdentifiant intranet : {{username}}"),
    ("fr", "Madame, Monsieur,\nNous accusons réception de votre demande de remboursement du {{date}}. Adhérent : "
           "{{name}}, n° d'adhérent {{account}}, né(e) le {{dob}}. Votre dossier sera traité sous 10 jours "
           "ouvrés.\nLe service gestion, {{company}}"),
    ("es", "Informe de alta\nPaciente: {{name}}\nFecha de nacimiento: {{dob}}\nN.º de historia clínica: {{mrn}}\n"
           "Fecha de ingreso: {{date}}\nJuicio clínico: neumonía adquirida en la comunidad, evolución favorable.\n"
           "Tratamiento: amoxicilina/clavulánico 875/125 mg cada 8 h durante 7 días."),
    ("es", "Nota de la oficina: el cliente {{name}} (n.º de cliente {{account}}), {{job}} en {{company}}, solicita "
           "ampliar el límite de su tarjeta. Fecha de nacimiento verificada: {{dob}}. Usuario de banca online: "
           "{{username}}."),
    ("it", "Lettera di dimissione\nPaziente: {{name}}, nato il {{dob}}\nN. nosologico: {{mrn}}\nRicoverato dal "
           "{{date}} presso U.O. Medicina Interna\nTerapia domiciliare: metformina 500 mg, 2 compresse al giorno\n"
           "Controllo ambulatoriale tra 3 mesi."),
    ("it", "Segnalazione n. 2025-0412\nCliente: {{name}}, codice cliente {{account}}\nUtente portale: {{username}}\n"
           "Problema: non riceve le fatture elettroniche dal {{date}}.\nInoltrare a {{internal_email}} (ufficio "
           "fatturazione)."),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
